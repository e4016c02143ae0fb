package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clavis.client.ClientCommands;
import dev.clavis.client.CreateRequest;
import dev.clavis.client.GetResult;
import dev.clavis.client.KmipClient;
import dev.clavis.client.KmipClientException;
import dev.clavis.client.LocateRequest;
import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.ActivateResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The client commands and the client library end to end against a real Clavis node started in
 * process ({@link ServerFixture}: port 0, H2 store, software key protection, TLS with the test PKI).
 */
class ClientCommandsIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  ServerFixture fixture;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dir.resolve("data"));
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  record Run(int exit, String out, String err) {
    JsonNode json() throws IOException {
      return JSON.readTree(out);
    }
  }

  @CommandLine.Command(name = "clavis")
  static final class Root implements Runnable {
    @Override
    public void run() {}
  }

  Run clavis(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    CommandLine root = new CommandLine(new Root());
    ClientCommands.register(root, new ByteArrayInputStream(stdin), o, e);
    root.setOut(new PrintWriter(o, true));
    root.setErr(new PrintWriter(e, true));
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--port", String.valueOf(fixture.server.address().getPort()),
        "--cert", ServerFixture.PKI.trusted.clientCert().toString(),
        "--key", ServerFixture.PKI.trusted.clientKey().toString(),
        "--ca", ServerFixture.PKI.trusted.caCert().toString()));
    int exit = root.execute(all.toArray(String[]::new));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  Run clavis(String... args) {
    return clavis(new byte[0], args);
  }

  @Test
  void theCommandsDriveAKeyThroughItsLife() throws IOException {
    Run query = clavis("query", "--json");
    assertThat(query.exit()).as(query.err()).isZero();
    assertThat(query.json().get("operations").toString()).contains("\"Create\"", "\"Get\"", "\"Locate\"");
    Run versions = clavis("versions");
    assertThat(versions.exit()).as(versions.err()).isZero();
    assertThat(versions.out()).contains("1.4\n");

    Run created = clavis("create", "--name", "e2e-key", "--json");
    assertThat(created.exit()).as(created.err()).isZero();
    String id = created.json().get("uniqueIdentifier").asText();
    assertThat(clavis("activate", id).out()).isEqualTo("Activated " + id + "\n");

    Run got = clavis("get", id);
    assertThat(got.exit()).as(got.err()).isZero();
    assertThat(got.out()).contains("Cryptographic Algorithm: AES").contains("Cryptographic Length:    256 bits")
        .contains("32 bytes (hidden");
    Path keyFile = dir.resolve("key.bin");
    Run written = clavis("get", id, "--out", keyFile.toString());
    assertThat(written.exit()).as(written.err()).isZero();
    assertThat(Files.size(keyFile)).isEqualTo(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

    Run located = clavis("locate", "--name", "e2e-key");
    assertThat(located.exit()).as(located.err()).isZero();
    assertThat(located.out()).isEqualTo(id + "\n");
    Run attrs = clavis("attributes", id, "--json");
    assertThat(attrs.exit()).as(attrs.err()).isZero();
    assertThat(attrs.json().get("attributes").get("State").asText()).isEqualTo("Active");
    assertThat(attrs.json().get("attributes").get("Cryptographic Algorithm").asText()).isEqualTo("AES");

    // The same key bytes registered again come back unchanged.
    Run registered = clavis("register", "--file", keyFile.toString(), "--name", "e2e-imported", "--json");
    assertThat(registered.exit()).as(registered.err()).isZero();
    String imported = registered.json().get("uniqueIdentifier").asText();
    Run shown = clavis("get", imported, "--show-secret", "--json");
    assertThat(shown.exit()).as(shown.err()).isZero();
    assertThat(shown.json().get("keyMaterial").asText()).isEqualTo(HexFormat.of().formatHex(Files.readAllBytes(keyFile)));

    Run revoked = clavis("revoke", id, "--reason", "cessation-of-operation");
    assertThat(revoked.exit()).as(revoked.err()).isZero();
    Run destroyed = clavis("destroy", id);
    assertThat(destroyed.exit()).as(destroyed.err()).isZero();
    Run gone = clavis("get", id);
    assertThat(gone.exit()).isEqualTo(1);
    assertThat(gone.err()).startsWith("clavis get: Get: ").doesNotContain("\tat ");
    Run missing = clavis("get", "no-such-object", "--json");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.json().get("error").get("resultReason").asText()).isEqualTo(ResultReason.ITEM_NOT_FOUND.specName());
  }

  @Test
  void theLibrarySpeaks21AndBatchesAgainstTheServer() {
    try (KmipClient c = KmipClient.builder().port(fixture.server.address().getPort())
        .clientCertificate(ServerFixture.PKI.trusted.clientCert(), ServerFixture.PKI.trusted.clientKey())
        .trustedCa(ServerFixture.PKI.trusted.caCert()).kmipVersion(KmipVersion.V2_1).build()) {
      String id = c.create(CreateRequest.aes(128).name("lib-21").usage(CryptographicUsageMask.ENCRYPT));
      assertThat(c.getAttributes(id, "Cryptographic Length").integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(128);
      assertThat(c.locate(LocateRequest.all().name("lib-21")).uniqueIdentifiers()).containsExactly(id);
      KmipClient.Batch b = c.batch();
      b.add(new ActivateRequestPayload(id));
      b.add(new GetRequestPayload(id, null, null, null, null));
      KmipClient.BatchResult r = b.send();
      assertThat(r.payload(0, ActivateResponsePayload.class).uniqueIdentifier()).isEqualTo(id);
      GetResult g = new GetResult(r.payload(1, GetResponsePayload.class).objectType(), id, r.payload(1, GetResponsePayload.class).object());
      assertThat(g.keyMaterial().byteCount()).isEqualTo(16);
      assertThat(g.toString()).contains("16 bytes (redacted)");
      g.wipe();
      // Activating an Active key is refused (KMIP 1.4 §4.19); the reason reaches the caller and the connection stays.
      assertThatThrownBy(() -> c.activate(id)).isInstanceOf(KmipClientException.class)
          .satisfies(e -> assertThat(((KmipClientException) e).resultReason()).isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE));
      assertThat(c.connectionsOpened()).isEqualTo(1);
    }
  }
}
