package dev.clavis.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clavis.codec.ActivateResponsePayload;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.DestroyResponsePayload;
import dev.clavis.codec.DiscoverVersionsResponsePayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.LocateRequestPayload;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.RevokeRequestPayload;
import dev.clavis.codec.RevokeResponsePayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.RevocationReasonCode;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The client commands, run through picocli with captured streams, against the test-only {@link KmipResponder}. */
class ClientCommandsTest {

  static final String KEY_HEX = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
  static final ObjectMapper JSON = new ObjectMapper();

  static TestPki pki;
  static TestPki.Issued server;
  @TempDir static Path dataDir;

  KmipResponder responder;

  @BeforeAll
  static void pki() {
    pki = new TestPki("commands CA");
    server = pki.server("127.0.0.1", "localhost");
    pki.writeClientFiles(dataDir.resolve("pki"), pki.client("cli", false), false);
  }

  @BeforeEach
  void start() throws IOException {
    responder = new KmipResponder(pki.context(server));
  }

  @AfterEach
  void stop() throws IOException {
    responder.close();
  }

  record Run(int exit, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }
  }

  @CommandLine.Command(name = "clavis")
  static final class Root implements Runnable {
    @Override
    public void run() {}
  }

  static Run exec(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    Terminal t = new Terminal(new ByteArrayInputStream(stdin), o, e);
    CommandLine root = new CommandLine(new Root());
    root.addSubcommand("create", new CreateCommand(t));
    root.addSubcommand("register", new RegisterCommand(t));
    root.addSubcommand("get", new GetCommand(t));
    root.addSubcommand("activate", new ActivateCommand(t));
    root.addSubcommand("revoke", new RevokeCommand(t));
    root.addSubcommand("destroy", new DestroyCommand(t));
    root.addSubcommand("locate", new LocateCommand(t));
    root.addSubcommand("attributes", new AttributesCommand(t));
    root.addSubcommand("query", new QueryCommand(t));
    root.addSubcommand("versions", new VersionsCommand(t));
    root.setOut(new PrintWriter(o, true));
    root.setErr(new PrintWriter(e, true));
    int exit = root.execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  Run run(String... args) {
    return runIn(new byte[0], args);
  }

  Run runIn(byte[] stdin, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--port", String.valueOf(responder.port()), "--data-dir", dataDir.toString()));
    return exec(stdin, all.toArray(String[]::new));
  }

  static void assertOneErrorLine(Run r) {
    assertThat(r.err()).endsWith("\n");
    assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("\tat ").doesNotContain("Exception:");
  }

  // ---------------------------------------------------------------- operations

  @Test
  void queryUsesTheDataDirPkiAndPrintsTextOrJson() {
    responder.answer(Operation.QUERY, new QueryResponsePayload(List.of(Operation.CREATE, Operation.GET, Operation.QUERY),
        List.of(ObjectType.SYMMETRIC_KEY, ObjectType.SECRET_DATA), "Clavis test", null, null, null, null, null, null, null, null,
        null, null, null));
    Run text = run("query");
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains("Vendor:              Clavis test")
        .contains("Operations:          Create, Get, Query")
        .contains("Object types:        Symmetric Key, Secret Data")
        .contains("(KMIP 1.4)");
    assertThat(text.err()).isEmpty();
    Run json = run("query", "--json", "--kmip-version", "2.1");
    assertThat(json.exit()).isZero();
    JsonNode j = json.json();
    assertThat(j.get("vendorIdentification").asText()).isEqualTo("Clavis test");
    assertThat(j.get("operations").toString()).isEqualTo("[\"Create\",\"Get\",\"Query\"]");
    assertThat(j.get("kmipVersion").asText()).isEqualTo("2.1");
    assertThat(responder.requests.get(1).version()).isEqualTo(KmipVersion.V2_1);
    assertThat(responder.lastPayload().items()).hasSize(3);
  }

  @Test
  void createSendsAlgorithmLengthNameAndUsage() {
    responder.answer(Operation.CREATE, new CreateResponsePayload(ObjectType.SYMMETRIC_KEY, "key-1", null));
    Run r = run("create", "--algorithm", "aes", "--length", "128", "--name", "db-tde", "--usage", "encrypt,decrypt,wrap-key");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("Created AES-128 symmetric key key-1\n");
    CreateRequestPayload sent = (CreateRequestPayload) responder.requests.get(0).batchItems().get(0).payload(KmipVersion.V1_4);
    Attributes a = sent.attributes();
    assertThat(a.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM)).contains(CryptographicAlgorithm.AES.value());
    assertThat(a.integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(128);
    assertThat(a.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK)).contains(4 | 8 | 16);
    assertThat(a.names()).containsExactly(new Name("db-tde", NameType.UNINTERPRETED_TEXT_STRING));

    Run hmac = run("create", "--algorithm", "HMAC-SHA256", "--json");
    assertThat(hmac.exit()).isZero();
    assertThat(hmac.json().get("uniqueIdentifier").asText()).isEqualTo("key-1");
    assertThat(hmac.json().get("cryptographicAlgorithm").asText()).isEqualTo("HMAC-SHA256");
    CreateRequestPayload sent2 = (CreateRequestPayload) responder.requests.get(1).batchItems().get(0).payload(KmipVersion.V1_4);
    assertThat(sent2.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK)).contains(0x80 | 0x100);

    Run bad = run("create", "--algorithm", "ROT13");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("clavis create: --algorithm: ROT13 (expected: one of DES, 3DES, AES");
    assertOneErrorLine(bad);
    assertThat(responder.requests).hasSize(2);
  }

  @Test
  void registerReadsKeyBytesFromAFileOrStandardInputNeverFromArguments(@TempDir Path tmp) throws IOException {
    responder.answer(Operation.REGISTER, new RegisterResponsePayload("reg-1", null));
    Path keyFile = tmp.resolve("k.bin");
    Files.write(keyFile, HexFormat.of().parseHex(KEY_HEX));
    Run fromFile = run("register", "--file", keyFile.toString(), "--name", "imported");
    assertThat(fromFile.exit()).as(fromFile.err()).isZero();
    assertThat(fromFile.out()).isEqualTo("Registered Symmetric Key reg-1 (32 bytes)\n");
    RegisterRequestPayload sent = (RegisterRequestPayload) responder.requests.get(0).batchItems().get(0).payload(KmipVersion.V1_4);
    SymmetricKey key = (SymmetricKey) sent.object();
    assertThat(HexFormat.of().formatHex(key.keyBlock().keyMaterial().bytes())).isEqualTo(KEY_HEX);
    assertThat(key.keyBlock().cryptographicLength()).isEqualTo(256);
    assertThat(sent.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(256);

    Run fromStdin = runIn(("  " + KEY_HEX.substring(0, 32) + "\n").getBytes(StandardCharsets.US_ASCII),
        "register", "--type", "secret", "--secret-type", "seed", "--hex", "--json");
    assertThat(fromStdin.exit()).as(fromStdin.err()).isZero();
    assertThat(fromStdin.json().get("objectType").asText()).isEqualTo("Secret Data");
    assertThat(fromStdin.json().get("byteCount").asInt()).isEqualTo(16);
    SecretData secret = (SecretData) ((RegisterRequestPayload) responder.requests.get(1).batchItems().get(0)
        .payload(KmipVersion.V1_4)).object();
    assertThat(secret.secretDataType()).isEqualTo(SecretDataType.SEED);
    assertThat(HexFormat.of().formatHex(secret.keyBlock().keyMaterial().bytes())).isEqualTo(KEY_HEX.substring(0, 32));

    for (Run r : List.of(fromFile, fromStdin)) {
      assertThat(r.out() + r.err()).doesNotContain(KEY_HEX.substring(0, 16));
    }
    // A key value is not an option: picocli refuses the unknown argument before anything is sent.
    Run asArgument = run("register", KEY_HEX);
    assertThat(asArgument.exit()).isEqualTo(2);
    Run notHex = runIn("zz".getBytes(StandardCharsets.US_ASCII), "register", "--hex");
    assertThat(notHex.exit()).isEqualTo(2);
    assertThat(notHex.err()).contains("standard input: not hex").doesNotContain("zz");
    Run empty = run("register");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("standard input: empty");
    assertThat(responder.requests).hasSize(2);
  }

  @Test
  void getHidesKeyBytesUnlessAskedAndWritesThemToANewPrivateFile(@TempDir Path tmp) throws IOException {
    responder.answer(Operation.GET, new GetResponsePayload(ObjectType.SYMMETRIC_KEY, "key-1",
        new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, HexFormat.of().parseHex(KEY_HEX), CryptographicAlgorithm.AES, 256))));
    Run plain = run("get", "key-1");
    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(plain.out()).contains("Unique Identifier:       key-1")
        .contains("Object Type:             Symmetric Key")
        .contains("Cryptographic Algorithm: AES")
        .contains("Cryptographic Length:    256 bits")
        .contains("Key Material:            32 bytes (hidden")
        .doesNotContain(KEY_HEX.substring(0, 8));
    Run json = run("get", "key-1", "--json");
    assertThat(json.json().get("keyMaterialBytes").asInt()).isEqualTo(32);
    assertThat(json.json().has("keyMaterial")).isFalse();
    assertThat(json.out()).doesNotContain(KEY_HEX.substring(0, 8));

    Run shown = run("get", "key-1", "--show-secret", "--json");
    assertThat(shown.json().get("keyMaterial").asText()).isEqualTo(KEY_HEX);

    Path out = tmp.resolve("key.bin");
    Run written = run("get", "key-1", "--out", out.toString(), "--format", "raw");
    assertThat(written.exit()).as(written.err()).isZero();
    assertThat(written.out()).contains("32 bytes written to " + out).doesNotContain(KEY_HEX.substring(0, 8));
    assertThat(HexFormat.of().formatHex(Files.readAllBytes(out))).isEqualTo(KEY_HEX);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
    assertThat(responder.lastPayload().find(Tag.KEY_FORMAT_TYPE)).contains(TtlvItem.enumeration(Tag.KEY_FORMAT_TYPE, 1));

    Run again = run("get", "key-1", "--out", out.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("exists (expected: a new file");
    assertThat(responder.requests).hasSize(4);
  }

  @Test
  void lifecycleCommands() {
    responder.answer(Operation.ACTIVATE, new ActivateResponsePayload("key-1"))
        .answer(Operation.REVOKE, new RevokeResponsePayload("key-1"))
        .answer(Operation.DESTROY, new DestroyResponsePayload("key-1"));
    assertThat(run("activate", "key-1").out()).isEqualTo("Activated key-1\n");
    Run revoked = run("revoke", "key-1", "--reason", "key-compromise", "--message", "laptop lost",
        "--compromise-date", "2026-01-31T12:00:00Z");
    assertThat(revoked.exit()).as(revoked.err()).isZero();
    assertThat(revoked.out()).isEqualTo("Revoked key-1 (Key Compromise)\n");
    RevokeRequestPayload sent = (RevokeRequestPayload) responder.requests.get(1).batchItems().get(0).payload(KmipVersion.V1_4);
    assertThat(sent.revocationReason().code()).isEqualTo(RevocationReasonCode.KEY_COMPROMISE);
    assertThat(sent.revocationReason().message()).isEqualTo("laptop lost");
    assertThat(sent.compromiseOccurrenceDate()).isEqualTo(java.time.Instant.parse("2026-01-31T12:00:00Z"));
    Run destroyed = run("destroy", "key-1", "--json");
    assertThat(destroyed.json().get("uniqueIdentifier").asText()).isEqualTo("key-1");

    Run noReason = run("revoke", "key-1");
    assertThat(noReason.exit()).isEqualTo(2);
    assertThat(noReason.err()).contains("--reason");
    Run badReason = run("revoke", "key-1", "--reason", "bored");
    assertThat(badReason.exit()).isEqualTo(2);
    assertThat(badReason.err()).contains("--reason: bored (expected: one of Unspecified, Key Compromise");
    assertThat(responder.requests).hasSize(3);
  }

  @Test
  void locatePrintsOneIdentifierPerLine() {
    responder.answer(Operation.LOCATE, new LocateResponsePayload(3, List.of("a", "b")));
    Run r = run("locate", "--name", "db-tde", "--type", "symmetric-key", "--state", "active", "--max", "2", "--offset", "1");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("a\nb\n");
    LocateRequestPayload sent = (LocateRequestPayload) responder.requests.get(0).batchItems().get(0).payload(KmipVersion.V1_4);
    assertThat(sent.maximumItems()).isEqualTo(2);
    assertThat(sent.offsetItems()).isEqualTo(1);
    assertThat(sent.attributes().enumeration(Tag.OBJECT_TYPE)).contains(ObjectType.SYMMETRIC_KEY.value());
    assertThat(sent.attributes().enumeration(Tag.STATE)).contains(State.ACTIVE.value());
    assertThat(sent.attributes().names()).extracting(Name::value).containsExactly("db-tde");
    Run json = run("locate", "--json");
    assertThat(json.json().get("locatedItems").asInt()).isEqualTo(3);
    assertThat(json.json().get("uniqueIdentifiers").toString()).isEqualTo("[\"a\",\"b\"]");
  }

  @Test
  void attributesPrintsSpecNames() {
    Attributes attrs = Attributes.of(
        TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, 3), TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
        TtlvItem.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 12), TtlvItem.enumeration(Tag.STATE, 2),
        new Name("a", NameType.UNINTERPRETED_TEXT_STRING).toTtlv(), new Name("b", NameType.UNINTERPRETED_TEXT_STRING).toTtlv());
    responder.answer(Operation.GET_ATTRIBUTES, new GetAttributesResponsePayload("key-1", attrs));
    Run r = run("attributes", "key-1");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Cryptographic Algorithm:  AES\n")
        .contains("Cryptographic Usage Mask: Encrypt, Decrypt\n")
        .contains("State:                    Active\n")
        .contains("Name:                     a\n")
        .contains("Name:                     b\n");
    Run json = run("attributes", "key-1", "--json", "--name", "State", "--name", "Cryptographic Algorithm");
    JsonNode a = json.json().get("attributes");
    assertThat(a.get("Cryptographic Usage Mask").toString()).isEqualTo("[\"Encrypt\",\"Decrypt\"]");
    assertThat(a.get("Cryptographic Length").asInt()).isEqualTo(256);
    assertThat(a.get("Name").size()).isEqualTo(2);
    assertThat(a.get("Name").get(1).get("Name Value").asText()).isEqualTo("b");
    assertThat(responder.lastPayload().items()).hasSize(3);
    Run badName = run("attributes", "key-1", "--name", "Colour");
    assertThat(badName.exit()).isEqualTo(2);
    assertThat(badName.err()).contains("Colour");
  }

  @Test
  void versionsListsTheServersVersions() {
    responder.answer(Operation.DISCOVER_VERSIONS,
        new DiscoverVersionsResponsePayload(List.of(new ProtocolVersion(2, 1), new ProtocolVersion(1, 4))));
    Run r = run("versions");
    assertThat(r.out()).isEqualTo("2.1\n1.4\n");
    assertThat(run("versions", "--json").json().get("protocolVersions").toString()).isEqualTo("[\"2.1\",\"1.4\"]");
  }

  // ---------------------------------------------------------------- errors and exit codes

  @Test
  void aKmipErrorExitsOneWithReasonAndMessage() {
    responder.fail(Operation.GET, ResultReason.ITEM_NOT_FOUND, "no object key-9");
    Run r = run("get", "key-9");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("clavis get: Get: Item Not Found: no object key-9\n");
    assertThat(r.out()).isEmpty();
    Run json = run("get", "key-9", "--json");
    assertThat(json.exit()).isEqualTo(1);
    JsonNode e = json.json().get("error");
    assertThat(e.get("resultReason").asText()).isEqualTo("Item Not Found");
    assertThat(e.get("resultMessage").asText()).isEqualTo("no object key-9");
    assertThat(json.json().get("exitCode").asInt()).isEqualTo(1);
  }

  @Test
  void connectionAndTlsFailuresExitThree() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    Run refused = exec(new byte[0], "query", "--port", String.valueOf(closedPort), "--data-dir", dataDir.toString());
    assertThat(refused.exit()).isEqualTo(3);
    assertThat(refused.err()).startsWith("clavis query: 127.0.0.1:" + closedPort + ": cannot connect: ConnectException");
    assertOneErrorLine(refused);

    try (KmipResponder other = new KmipResponder(pki.context(pki.server("elsewhere.example")))) {
      Run tls = exec(new byte[0], "query", "--port", String.valueOf(other.port()), "--data-dir", dataDir.toString(), "--json");
      assertThat(tls.exit()).isEqualTo(3);
      assertThat(tls.err()).contains("cannot connect: SSLHandshakeException");
      assertOneErrorLine(tls);
      assertThat(tls.json().get("error").get("kind").asText()).isEqualTo("connection");
    }
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path empty) {
    Run noPki = exec(new byte[0], "query", "--data-dir", empty.toString());
    assertThat(noPki.exit()).isEqualTo(2);
    assertThat(noPki.err()).contains("client certificate: " + empty.resolve("pki").resolve("client.pem") + " not found");
    assertOneErrorLine(noPki);
    Run badVersion = run("query", "--kmip-version", "3.0");
    assertThat(badVersion.exit()).isEqualTo(2);
    assertThat(badVersion.err()).contains("KMIP version: 3.0 (expected: 1.0, 1.1, 1.2, 1.3, 1.4, 2.0 or 2.1)");
    Run unknownOption = run("query", "--colour");
    assertThat(unknownOption.exit()).isEqualTo(2);
    assertThat(responder.requests).isEmpty();
  }

  @Test
  void helpDocumentsTheExitCodes() {
    Run help = exec(new byte[0], "get", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Exit codes:").contains("1   the server answered with a KMIP error")
        .contains("3   connection or TLS failure").contains("--show-secret").contains("--data-dir");
  }
}
