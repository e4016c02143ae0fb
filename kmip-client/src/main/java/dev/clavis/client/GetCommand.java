package dev.clavis.client;

import dev.clavis.codec.Certificate;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KeyMaterial;
import dev.clavis.codec.OpaqueObject;
import dev.clavis.codec.spec.KeyFormatType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clavis get}: Get an object (KMIP 1.4 §4.11, KMIP 2.1 §6.1.19) and print its metadata. The
 * key bytes are shown only when asked: {@code --show-secret} prints them in hex, {@code --out FILE}
 * writes them to a new file with mode 0600.
 */
@Command(name = "get",
    description = {"Get an object and print its metadata.",
        "Key bytes are printed only with --show-secret (hex), or written with --out FILE (a new file, mode 0600)."})
final class GetCommand extends KmipCommand {

  @Parameters(paramLabel = "UID", description = "Unique Identifier of the object.")
  String uid;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Key Format Type to ask for: raw, opaque, pkcs1, pkcs8, x509, transparent-symmetric-key, …")
  String format;

  @Option(names = "--show-secret", description = "Print the key bytes in hex.")
  boolean showSecret;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the key bytes to FILE (created, mode 0600; an existing file is not overwritten).")
  Path out;

  private KeyFormatType formatType;

  GetCommand() {
    this(Terminal.system());
  }

  GetCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  void prepare() {
    if (format != null) {
      formatType = SpecNames.parse(KeyFormatType.values(), KeyFormatType::specName, format, "--format");
    }
    if (out != null && Files.exists(out)) {
      throw new BadInputException("--out: " + out + " exists (expected: a new file; it is never overwritten)");
    }
  }

  @Override
  Output execute(KmipClient client) {
    GetResult g = client.get(uid, formatType);
    byte[] secret = null;
    try {
      Map<String, Object> json = object("uniqueIdentifier", g.uniqueIdentifier(), "objectType", g.objectType().specName());
      StringBuilder text = new StringBuilder();
      line(text, "Unique Identifier", g.uniqueIdentifier());
      line(text, "Object Type", g.objectType().specName());
      KeyBlock b = g.keyBlock();
      if (b != null) {
        json.put("keyFormatType", b.keyFormatType().specName());
        line(text, "Key Format Type", b.keyFormatType().specName());
        if (b.cryptographicAlgorithm() != null) {
          json.put("cryptographicAlgorithm", b.cryptographicAlgorithm().specName());
          line(text, "Cryptographic Algorithm", b.cryptographicAlgorithm().specName());
        }
        if (b.cryptographicLength() != null) {
          json.put("cryptographicLength", b.cryptographicLength());
          line(text, "Cryptographic Length", b.cryptographicLength() + " bits");
        }
        if (b.keyWrappingData() != null) {
          json.put("wrapped", true);
          line(text, "Key Wrapping", "wrapped");
        }
      }
      secret = secretBytes(g);
      if (secret == null) {
        if (b != null && b.keyMaterial() != null && b.keyMaterial().isTransparent()) {
          line(text, "Key Material", "transparent structure (not shown; ask for a byte format with --format)");
          json.put("keyMaterial", "transparent");
        }
      } else {
        json.put("keyMaterialBytes", secret.length);
        if (out != null) {
          write(out, secret);
          json.put("writtenTo", out.toString());
          line(text, "Key Material", secret.length + " bytes written to " + out);
        }
        if (showSecret) {
          json.put("keyMaterial", HexFormat.of().formatHex(secret));
          line(text, "Key Material", HexFormat.of().formatHex(secret));
        } else if (out == null) {
          line(text, "Key Material", secret.length + " bytes (hidden: --show-secret prints them, --out FILE writes them)");
        }
      }
      return new Output(json, text.toString());
    } finally {
      if (secret != null) {
        Arrays.fill(secret, (byte) 0);
      }
      g.wipe();
    }
  }

  /** The object's secret or value bytes (a copy), or {@code null} when it has none in byte form. */
  private static byte[] secretBytes(GetResult g) {
    KeyMaterial m = g.keyMaterial();
    if (m != null) {
      return m.isTransparent() ? null : m.bytes();
    }
    if (g.object() instanceof Certificate c) {
      return c.certificateValue().clone();
    }
    if (g.object() instanceof OpaqueObject o) {
      return o.opaqueDataValue().clone();
    }
    return null;
  }

  private static void line(StringBuilder sb, String label, Object value) {
    sb.append(String.format("%-24s %s%n", label + ":", value));
  }

  private static void write(Path file, byte[] bytes) {
    try {
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file);
      }
      try (OutputStream o = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        o.write(bytes);
      }
    } catch (FileAlreadyExistsException e) {
      throw new BadInputException("--out: " + file + " exists (expected: a new file; it is never overwritten)");
    } catch (IOException e) {
      throw new BadInputException("--out: cannot write " + file + ": " + KmipClient.describe(e));
    }
  }
}
