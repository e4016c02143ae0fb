package dev.clavis.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.TtlvLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TtlvCommandTest {

  /** KMIP 1.1 Create request (Test Cases v1.1 §3.1.1), from ttlv-examples.txt. */
  static final String CREATE_11 = "42007801000001204200770100000038420069010000002042006A0200000004000000010000000042006B02"
      + "00000004000000010000000042000D0200000004000000010000000042000F01000000D842005C05000000040000000100000000"
      + "42007901000000C04200570500000004000000020000000042009101000000A8420008010000003042000A07000000174372797074"
      + "6F6772617068696320416C676F726974686D0042000B05000000040000000300000000420008010000003042000A07000000144372"
      + "7970746F67726170686963204C656E6774680000000042000B02000000040000008000000000420008010000003042000A07000000"
      + "1843727970746F67726170686963205573616765204D61736B42000B02000000040000000C00000000";

  record Run(int exit, byte[] out, String err) {
    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    CommandLine root = new CommandLine(new Root());
    root.addSubcommand("ttlv", new TtlvCommand(new ByteArrayInputStream(stdin), out, errStream, TtlvLimits.DEFAULT));
    root.setErr(new java.io.PrintWriter(errStream, true));
    List<String> all = new ArrayList<>(List.of("ttlv", "convert"));
    all.addAll(List.of(args));
    int exit = root.execute(all.toArray(String[]::new));
    return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  @CommandLine.Command(name = "clavis")
  static final class Root implements Runnable {
    @Override
    public void run() {}
  }

  @Test
  void hexToXmlNamesEverything() {
    Run r = run(CREATE_11, "--from", "hex", "--to", "xml");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.outText()).startsWith("<RequestMessage>")
        .contains("<Operation type=\"Enumeration\" value=\"Create\"/>")
        .contains("<AttributeValue type=\"Enumeration\" value=\"AES\"/>")
        .contains("<AttributeValue type=\"Integer\" value=\"Encrypt Decrypt\"/>");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void everyConversionPathRoundTripsTheSpecMessage() {
    byte[] wire = HexFormat.of().parseHex(CREATE_11);
    Run xml = run(wire, "--from", "ttlv", "--to", "xml");
    Run json = run(xml.out(), "--from", "xml", "--to", "json");
    assertThat(json.outText()).contains("\"tag\" : \"RequestMessage\"");
    Run hex = run(json.out(), "--from", "json", "--to", "hex");
    assertThat(hex.outText().strip()).isEqualTo(CREATE_11);
    Run bin = run(hex.out(), "--from", "hex", "--to", "ttlv");
    assertThat(bin.out()).isEqualTo(wire);
  }

  @Test
  void hexMayHoldSpacesBarsNewlinesAndComments() {
    Run r = run("# Integer 8\n42 00 20 | 02 | 00 00 00 04 |\n 00 00 00 08 00 00 00 00\n", "--from", "hex", "--to", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.outText()).contains("\"tag\" : \"CompromiseDate\"").contains("\"value\" : 8");
  }

  @Test
  void aSequenceConvertsToASequence() {
    String two = CREATE_11 + "\n" + CREATE_11 + "\n";
    Run xml = run(two, "--from", "hex", "--to", "xml");
    assertThat(xml.outText()).startsWith("<KMIP>\n").endsWith("</KMIP>\n");
    assertThat(xml.outText().split("<RequestMessage>", -1)).hasSize(3);
    Run back = run(xml.out(), "--from", "xml", "--to", "hex");
    assertThat(back.outText()).isEqualTo(two);
    Run json = run(xml.out(), "--from", "xml", "--to", "json");
    assertThat(json.outText()).startsWith("[");
    Run text = run(two, "--from", "hex", "--to", "text");
    assertThat(text.outText().split("Request Message \\(0x420078\\)", -1)).hasSize(3);
  }

  @Test
  void textNamesEnumerationsAndMasksOfTheSpecMessage() {
    Run text = run(CREATE_11, "--from", "hex", "--to", "text");
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.outText())
        .contains("\n    Operation (0x42005C) Enumeration: Create (0x00000001)\n")
        .contains("\n      Object Type (0x420057) Enumeration: Symmetric Key (0x00000002)\n")
        .contains("\n          Attribute Value (0x42000B) Enumeration: AES (0x00000003)\n")
        .contains("\n          Attribute Value (0x42000B) Integer: 12 (Encrypt | Decrypt)\n");
    // KMIP 3.0 csd01 draft names, as the 3.0 test files use them.
    Run draft = run("<Operation type=\"Enumeration\" value=\"CreateUser\"/>", "--from", "xml", "--to", "text");
    assertThat(draft.outText()).isEqualTo("Operation (0x42005C) Enumeration: Create User (0x0000003E)\n");
  }

  @Test
  void textRedactsSecretsUnlessAsked() {
    String keyBlock = "<KeyMaterial type=\"ByteString\" value=\"00112233445566778899aabbccddeeff\"/>";
    Run redacted = run(keyBlock, "--from", "xml", "--to", "text");
    assertThat(redacted.outText()).contains("Key Material").contains("redacted").doesNotContain("00112233").doesNotContain("8899AABB");
    Run shown = run(keyBlock, "--from", "xml", "--to", "text", "--show-secrets");
    assertThat(shown.outText().toLowerCase()).contains("00112233445566778899aabbccddeeff");
  }

  @Test
  void badInputGivesExitTwoAndOneLineWithOffsetAndReason() {
    Run badHex = run("42 00 2G", "--from", "hex", "--to", "xml");
    assertThat(badHex.exit()).isEqualTo(2);
    assertThat(badHex.err().strip()).doesNotContain("\n").contains("'G'").contains("at offset 7").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(badHex.out()).isEmpty();

    Run truncated = run(CREATE_11.substring(0, 40), "--from", "hex", "--to", "xml");
    assertThat(truncated.exit()).isEqualTo(2);
    assertThat(truncated.err().strip()).doesNotContain("\n").contains("offset").startsWith("clavis ttlv convert: hex input:");

    Run badXml = run("<BatchCount type=\"Integer\" value=\"x\"/>", "--from", "xml", "--to", "hex");
    assertThat(badXml.exit()).isEqualTo(2);
    assertThat(badXml.err().strip()).doesNotContain("\n").contains("BatchCount value: \"x\"").contains("at offset");

    Run badJson = run("{\"tag\": ", "--from", "json", "--to", "hex");
    assertThat(badJson.exit()).isEqualTo(2);
    assertThat(badJson.err().strip()).doesNotContain("\n").contains("JSON: not well-formed");

    Run placeholder = run("<UniqueIdentifier type=\"TextString\" value=\"$UNIQUE_IDENTIFIER_0\"/>", "--from", "xml", "--to", "ttlv");
    assertThat(placeholder.exit()).isEqualTo(2);
    assertThat(placeholder.err().strip()).doesNotContain("\n").startsWith("clavis ttlv convert: ttlv output: unresolved placeholder: $UNIQUE_IDENTIFIER_0");

    Run badFormat = run("", "--from", "yaml", "--to", "xml");
    assertThat(badFormat.exit()).isEqualTo(2);
    assertThat(badFormat.err()).contains("format: yaml (expected: ttlv, hex, xml, json or text)");
  }

  @Test
  void readsAFileArgument(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("m.ttlv");
    Files.write(f, HexFormat.of().parseHex(CREATE_11));
    Run r = run("", "--from", "ttlv", "--to", "xml", f.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.outText()).contains("<RequestMessage>");
    Run missing = run("", "--from", "ttlv", "--to", "xml", dir.resolve("nope").toString());
    assertThat(missing.exit()).isEqualTo(TtlvCommand.EXIT_IO);
    assertThat(missing.err()).contains("cannot read").doesNotContain("\tat ");
  }

  @Test
  void convertsEverySpecExample() throws IOException {
    String shared = System.getProperty("clavis.shared.dir");
    Path examples = shared == null ? null : Path.of(shared, "conformance", "ttlv-examples.txt");
    Assumptions.assumeTrue(examples != null && Files.isRegularFile(examples),
        "clavis.shared.dir/conformance/ttlv-examples.txt is not available");
    int converted = 0;
    for (String line : Files.readAllLines(examples)) {
      if (!line.startsWith("EXAMPLE|") && !line.startsWith("MESSAGE|")) {
        continue;
      }
      String hex = line.substring(line.lastIndexOf('|') + 1);
      Run xml = run(hex, "--from", "hex", "--to", "xml");
      assertThat(xml.exit()).as(line + ": " + xml.err()).isZero();
      Run back = run(xml.out(), "--from", "xml", "--to", "hex");
      assertThat(back.outText().strip()).as(line).isEqualToIgnoringCase(hex);
      converted++;
    }
    assertThat(converted).isGreaterThanOrEqualTo(12);
  }
}
