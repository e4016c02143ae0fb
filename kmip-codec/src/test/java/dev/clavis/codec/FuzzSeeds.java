package dev.clavis.codec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the seed corpora of the fuzz tests from the OASIS test vectors: every
 * {@value #STRIDE}th vector file (sorted by path) gives its first request and first response
 * message, written as XML ({@link XmlTtlvFuzzTest}), JSON ({@link JsonTtlvFuzzTest}) and binary
 * TTLV ({@link MessageFuzzTest}; messages with placeholders such as {@code $NOW} have no binary
 * form and are skipped there). A one-off tool, run from the repository root after {@code
 * ./mvnw test-compile -pl kmip-codec}:
 *
 * <pre>
 * java -cp kmip-codec/target/test-classes:kmip-codec/target/classes:$(cat /tmp/cp.txt) \
 *   dev.clavis.codec.FuzzSeeds ../shared/conformance/oasis kmip-codec/src/test/resources/dev/clavis/codec
 * </pre>
 *
 * (with {@code /tmp/cp.txt} from {@code ./mvnw dependency:build-classpath -pl kmip-codec
 * -Dmdep.outputFile=/tmp/cp.txt}). The seeds are committed; this is not run by the build.
 */
public final class FuzzSeeds {

  static final int STRIDE = 12;

  private FuzzSeeds() {}

  public static void main(String[] args) throws IOException {
    Path oasis = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path xmlDir = Files.createDirectories(out.resolve("XmlTtlvFuzzTestInputs/readThenRoundTrip"));
    Path jsonDir = Files.createDirectories(out.resolve("JsonTtlvFuzzTestInputs/readThenRoundTrip"));
    Path binDir = Files.createDirectories(out.resolve("MessageFuzzTestInputs/decodeMessageAndPayloads"));
    List<Path> files;
    try (Stream<Path> s = Files.walk(oasis)) {
      files = s.filter(p -> p.toString().endsWith(".xml") && !p.toString().contains("3.0-profiles")).sorted().toList();
    }
    XmlTtlv xml = new XmlTtlv();
    JsonTtlv json = new JsonTtlv();
    int written = 0;
    for (int i = 0; i < files.size(); i += STRIDE) {
      Path f = files.get(i);
      List<TtlvItem> items;
      try (InputStream in = Files.newInputStream(f)) {
        items = xml.read(in);
      }
      String base = "oasis-" + f.getFileName().toString().replace(".xml", "");
      List<TtlvItem> picked = new ArrayList<>();
      items.stream().filter(m -> m.tag() == 0x420078).findFirst().ifPresent(picked::add);
      items.stream().filter(m -> m.tag() == 0x42007B).findFirst().ifPresent(picked::add);
      for (TtlvItem m : picked) {
        String name = base + (m.tag() == 0x420078 ? "-request" : "-response");
        Files.writeString(xmlDir.resolve(name), xml.write(m), StandardCharsets.UTF_8);
        Files.writeString(jsonDir.resolve(name), json.write(m), StandardCharsets.UTF_8);
        try {
          Files.write(binDir.resolve(name), TtlvEncoder.encode(m));
        } catch (RuntimeException placeholder) {
          // a placeholder has no TTLV encoding: no binary seed for this message
        }
        written++;
      }
    }
    System.out.println("messages written: " + written + " from " + files.size() + " files");
  }
}
