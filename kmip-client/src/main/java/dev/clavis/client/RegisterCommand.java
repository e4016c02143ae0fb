package dev.clavis.client;

import dev.clavis.codec.Attributes;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.Name;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clavis register}: Register a key or secret the caller already has (KMIP 1.4 §4.3, KMIP
 * 2.1 §6.1.43). The bytes come from {@code --file} or standard input, never from an argument: a
 * value on the command line lands in the shell history and in every process listing.
 */
@Command(name = "register",
    description = {"Register a symmetric key or secret data read from a file or standard input; print its Unique Identifier.",
        "Key bytes are never taken from the command line (shell history, process listings): use --file FILE or pipe them in."})
final class RegisterCommand extends KmipCommand {

  /** Most key bytes accepted (a symmetric key or a secret is far smaller). */
  static final int MAX_INPUT_BYTES = 64 * 1024;

  enum Type { SYMMETRIC, SECRET }

  @Option(names = "--type", defaultValue = "symmetric", paramLabel = "TYPE",
      description = "symmetric (a Symmetric Key) or secret (Secret Data) (default: ${DEFAULT-VALUE}).")
  String type;

  @Option(names = "--file", paramLabel = "FILE", description = "Read the bytes from FILE (default: standard input; - also means standard input).")
  Path file;

  @Option(names = "--hex", description = "The input is hex text (white space ignored) instead of raw bytes.")
  boolean hex;

  @Option(names = "--algorithm", defaultValue = "AES", paramLabel = "ALG", description = "Cryptographic Algorithm of a symmetric key (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = "--secret-type", defaultValue = "password", paramLabel = "TYPE", description = "Secret Data Type: password or seed (default: ${DEFAULT-VALUE}).")
  String secretType;

  @Option(names = "--name", paramLabel = "NAME", description = "Name of the object (may be repeated).")
  List<String> names = new ArrayList<>();

  @Option(names = "--usage", split = ",", paramLabel = "USAGE", description = "Cryptographic Usage Mask, comma-separated (default: encrypt,decrypt for keys).")
  List<String> usage = new ArrayList<>();

  private ManagedObject object;
  private Attributes attributes;
  private int byteCount;

  RegisterCommand() {
    this(Terminal.system());
  }

  RegisterCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  void prepare() {
    Type t = SpecNames.parse(Type.values(), Enum::name, type, "--type");
    byte[] bytes = read();
    byteCount = bytes.length;
    Attributes attrs = Attributes.empty();
    for (String n : names) {
      attrs = attrs.with(new Name(n, NameType.UNINTERPRETED_TEXT_STRING).toTtlv());
    }
    if (t == Type.SYMMETRIC) {
      CryptographicAlgorithm alg = SpecNames.parse(CryptographicAlgorithm.values(), CryptographicAlgorithm::specName,
          algorithm, "--algorithm");
      attrs = attrs.with(TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, alg.value()))
          .with(TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, bytes.length * 8))
          .with(TtlvItem.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK,
              CryptographicUsageMask.bits(List.of(CreateCommand.usage(usage, alg.specName().startsWith("HMAC"))))));
      object = new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, bytes, alg, bytes.length * 8));
    } else {
      SecretDataType st = SpecNames.parse(SecretDataType.values(), SecretDataType::specName, secretType, "--secret-type");
      if (!usage.isEmpty()) {
        attrs = attrs.with(TtlvItem.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK,
            CryptographicUsageMask.bits(List.of(CreateCommand.usage(usage, false)))));
      }
      object = new SecretData(st, KeyBlock.of(KeyFormatType.OPAQUE, bytes, null, null));
    }
    attributes = attrs;
  }

  private byte[] read() {
    byte[] input;
    String from = file == null || file.toString().equals("-") ? "standard input" : file.toString();
    try (InputStream in = file == null || file.toString().equals("-") ? terminal.in() : Files.newInputStream(file)) {
      input = in.readNBytes(MAX_INPUT_BYTES + 1);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + from + ": " + KmipClient.describe(e));
    }
    if (input.length > MAX_INPUT_BYTES) {
      Arrays.fill(input, (byte) 0);
      throw new BadInputException(from + ": more than " + MAX_INPUT_BYTES + " bytes (expected: a key or secret)");
    }
    byte[] bytes = hex ? unhex(input, from) : input;
    if (hex) {
      Arrays.fill(input, (byte) 0);
    }
    if (bytes.length == 0) {
      throw new BadInputException(from + ": empty (expected: the key bytes" + (hex ? " in hex" : "") + ")");
    }
    return bytes;
  }

  private static byte[] unhex(byte[] text, String from) {
    byte[] buf = new byte[text.length / 2];
    int n = 0;
    int high = -1;
    for (byte b : text) {
      char c = (char) (b & 0xFF);
      if (Character.isWhitespace(c)) {
        continue;
      }
      int d = Character.digit(c, 16);
      if (d < 0 || (high >= 0 && n == buf.length)) {
        Arrays.fill(buf, (byte) 0);
        // Do not echo the character: it is part of a secret.
        throw new BadInputException(from + ": not hex (expected: hex digits and white space)");
      }
      if (high < 0) {
        high = d;
      } else {
        buf[n++] = (byte) (high << 4 | d);
        high = -1;
      }
    }
    if (high >= 0) {
      Arrays.fill(buf, (byte) 0);
      throw new BadInputException(from + ": an odd number of hex digits (expected: two per byte)");
    }
    byte[] out = Arrays.copyOf(buf, n);
    Arrays.fill(buf, (byte) 0);
    return out;
  }

  @Override
  Output execute(KmipClient client) {
    try {
      String id = client.register(object, attributes);
      String kind = object.objectType().specName();
      return new Output(object("uniqueIdentifier", id, "objectType", kind, "byteCount", byteCount),
          "Registered " + kind + " " + id + " (" + byteCount + " bytes)\n");
    } finally {
      object.wipe();
    }
  }
}
