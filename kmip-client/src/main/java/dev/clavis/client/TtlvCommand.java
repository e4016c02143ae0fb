package dev.clavis.client;

import dev.clavis.codec.JsonTtlv;
import dev.clavis.codec.SpecRegistry;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvException;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.TtlvText;
import dev.clavis.codec.XmlTtlv;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clavis ttlv}: debugging tools for KMIP encodings.
 *
 * <p>{@code clavis ttlv convert --from ttlv|hex|xml|json --to ttlv|hex|xml|json|text [FILE]}
 * reads FILE (or standard input) and writes standard output. A sequence converts to a sequence:
 * binary messages laid end to end, an OASIS {@code <KMIP>} document, a JSON array, one hex line
 * per message. Hex input may hold whitespace, newlines and {@code |} separators, as the spec's
 * examples do ({@code 42 00 20 | 02 | 00 00 00 04 | …}). {@code text} is the spec-style indented
 * dump ({@link TtlvText}) with the registry's names for tags, enumeration values and mask bits
 * (KMIP 3.0 draft entries included); Byte Strings and Big Integers are redacted unless
 * {@code --show-secrets}.
 *
 * <p>Bad input exits with code {@value #EXIT_BAD_INPUT} and one line on standard error naming the
 * offset and the reason; an unreadable file exits with {@value #EXIT_IO}.
 */
@Command(
    name = "ttlv",
    mixinStandardHelpOptions = true,
    description = "KMIP encoding tools: convert between TTLV, hex, XML, JSON and a readable dump.")
public final class TtlvCommand implements Runnable {

  /** Exit code for malformed or unconvertible input. */
  public static final int EXIT_BAD_INPUT = 2;
  /** Exit code for an unreadable input file or unwritable output. */
  public static final int EXIT_IO = 1;

  /** The input and output forms. */
  public enum Format {
    TTLV, HEX, XML, JSON, TEXT
  }

  private final InputStream stdin;
  private final OutputStream stdout;
  private final PrintStream stderr;
  private final TtlvLimits limits;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Reads {@code System.in}, writes {@code System.out} and {@code System.err}. */
  public TtlvCommand() {
    this(System.in, System.out, System.err, TtlvLimits.DEFAULT);
  }

  /** With explicit streams (tests, embedding). */
  public TtlvCommand(InputStream stdin, OutputStream stdout, PrintStream stderr, TtlvLimits limits) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.limits = limits;
  }

  @Override
  public void run() {
    spec.commandLine().usage(stderr);
  }

  @Command(
      name = "convert",
      mixinStandardHelpOptions = true,
      description = "Convert KMIP messages between encodings (stdin to stdout when no FILE).")
  int convert(
      @Option(names = "--from", required = true, paramLabel = "FORMAT",
          description = "Input: ttlv, hex, xml or json.", converter = FormatConverter.class) Format from,
      @Option(names = "--to", required = true, paramLabel = "FORMAT",
          description = "Output: ttlv, hex, xml, json or text.", converter = FormatConverter.class) Format to,
      @Option(names = "--show-secrets",
          description = "In text output, print Byte Strings and Big Integers instead of redacting them.") boolean showSecrets,
      @Parameters(arity = "0..1", paramLabel = "FILE", description = "Input file (default: standard input).") Path file) {
    if (from == Format.TEXT) {
      stderr.println("clavis ttlv convert: --from text: not readable (expected: ttlv, hex, xml or json)");
      return EXIT_BAD_INPUT;
    }
    byte[] input;
    try {
      input = readInput(file);
    } catch (IOException e) {
      stderr.println("clavis ttlv convert: cannot read " + (file == null ? "standard input" : file) + ": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
      return EXIT_IO;
    } catch (TtlvException e) {
      stderr.println("clavis ttlv convert: " + oneLine(e.getMessage()));
      return EXIT_BAD_INPUT;
    }
    List<TtlvItem> items;
    try {
      items = parse(from, input);
    } catch (TtlvException e) {
      stderr.println("clavis ttlv convert: " + from.name().toLowerCase(Locale.ROOT) + " input: " + oneLine(e.getMessage()));
      return EXIT_BAD_INPUT;
    }
    byte[] output;
    try {
      output = render(to, items, showSecrets);
    } catch (TtlvException e) {
      // For example a placeholder ($NOW) has no binary form, or a control character no XML form.
      stderr.println("clavis ttlv convert: " + to.name().toLowerCase(Locale.ROOT) + " output: " + oneLine(e.getMessage()));
      return EXIT_BAD_INPUT;
    }
    try {
      stdout.write(output);
      stdout.flush();
    } catch (IOException e) {
      stderr.println("clavis ttlv convert: cannot write output: " + e.getMessage());
      return EXIT_IO;
    }
    return 0;
  }

  private byte[] readInput(Path file) throws IOException {
    if (file == null) {
      return readBounded(stdin);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readBounded(in);
    }
  }

  private byte[] readBounded(InputStream in) throws IOException {
    long max = new XmlTtlv(SpecRegistry.withDrafts(), limits).maxDocumentBytes();
    byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (b.length > max) {
      throw new TtlvException("input size: more than " + max + " bytes (expected: <= " + max + ")");
    }
    return b;
  }

  private List<TtlvItem> parse(Format from, byte[] input) {
    return switch (from) {
      case TTLV -> decodeAll(input);
      case HEX -> decodeAll(unhex(input));
      case XML -> new XmlTtlv(SpecRegistry.withDrafts(), limits).read(new ByteArrayInputStream(input));
      case JSON -> new JsonTtlv(SpecRegistry.withDrafts(), limits).read(new ByteArrayInputStream(input));
      case TEXT -> throw new IllegalArgumentException("text is an output form only");
    };
  }

  private List<TtlvItem> decodeAll(byte[] bytes) {
    if (bytes.length == 0) {
      throw new TtlvException("input: empty (expected: at least one TTLV item)", 0);
    }
    return TtlvDecoder.decodeAll(bytes, limits);
  }

  /**
   * Hex digits with any whitespace and {@code |} between them, as the spec prints examples. Lines
   * starting with {@code #} are comments.
   */
  static byte[] unhex(byte[] text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 2);
    int high = -1;
    boolean comment = false;
    boolean lineStart = true;
    for (int i = 0; i < text.length; i++) {
      char c = (char) (text[i] & 0xFF);
      if (comment) {
        if (c == '\n') {
          comment = false;
          lineStart = true;
        }
        continue;
      }
      if (lineStart && c == '#') {
        comment = true;
        continue;
      }
      lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t' || c == '\r'));
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '|') {
        continue;
      }
      int d = Character.digit(c, 16);
      if (d < 0) {
        throw new TtlvException("hex character: " + (c >= 0x21 && c < 0x7F ? "'" + c + "'" : String.format("0x%02X", (int) c))
            + " (expected: hex digits, whitespace or |)", i);
      }
      if (high < 0) {
        high = d;
      } else {
        out.write(high << 4 | d);
        high = -1;
      }
    }
    if (high >= 0) {
      throw new TtlvException("hex digits: an odd count (expected: two per byte)", text.length);
    }
    return out.toByteArray();
  }

  private byte[] render(Format to, List<TtlvItem> items, boolean showSecrets) {
    SpecRegistry registry = SpecRegistry.withDrafts();
    return switch (to) {
      case TTLV -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (TtlvItem i : items) {
          out.writeBytes(TtlvEncoder.encode(i));
        }
        yield out.toByteArray();
      }
      case HEX -> {
        StringBuilder sb = new StringBuilder();
        HexFormat hex = HexFormat.of().withUpperCase();
        for (TtlvItem i : items) {
          sb.append(hex.formatHex(TtlvEncoder.encode(i))).append('\n');
        }
        yield utf8(sb.toString());
      }
      case XML -> {
        XmlTtlv xml = new XmlTtlv(registry, limits);
        yield utf8(items.size() == 1 ? xml.write(items.get(0)) : xml.writeAll(items));
      }
      case JSON -> {
        JsonTtlv json = new JsonTtlv(registry, limits);
        yield utf8(items.size() == 1 ? json.write(items.get(0)) : json.writeAll(items));
      }
      case TEXT -> {
        TtlvText.Names names = TtlvText.Names.of(registry);
        StringBuilder sb = new StringBuilder();
        for (TtlvItem i : items) {
          if (!sb.isEmpty()) {
            sb.append('\n');
          }
          sb.append(TtlvText.format(i, names, showSecrets));
        }
        yield utf8(sb.toString());
      }
    };
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ");
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "format: " + value + " (expected: ttlv, hex, xml, json or text)");
      }
    }
  }
}
