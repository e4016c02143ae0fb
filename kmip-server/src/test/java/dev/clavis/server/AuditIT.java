package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit of a whole node over real TLS: the real KMIP processor, H2 store, key protection. */
class AuditIT {

  @TempDir Path dataDir;

  @Test
  void createAndGetAreAuditedWithIdentityPeerAndObjectButNoKeyBytes() throws Exception {
    byte[] keyBytes;
    String uid;
    try (ServerFixture fixture = new ServerFixture(dataDir)) {
      ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
      CreateResponsePayload created = c.ok(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY,
          OperationsIT.aes(256, "audited"), null));
      uid = created.uniqueIdentifier();
      GetResponsePayload got = c.ok(new GetRequestPayload(uid, null, null, null, null));
      keyBytes = ((SymmetricKey) got.object()).keyBlock().keyMaterial().bytes();
    }
    Path file = dataDir.resolve(AuditLog.FILE);
    List<AuditRecord> records = Files.readAllLines(file).stream().map(l -> AuditEntry.parse(l).record()).toList();
    assertThat(records).extracting(AuditRecord::operation).containsExactly("Create", "Get");
    for (AuditRecord r : records) {
      assertThat(r.identity()).isEqualTo(TestPki.readChain(ServerFixture.PKI.trusted.clientCert()).get(0).getSubjectX500Principal().getName());
      assertThat(r.peer()).startsWith("127.0.0.1:");
      assertThat(r.objectIds()).containsExactly(uid);
      assertThat(r.resultStatus()).isEqualTo("Success");
    }
    AuditVerifier.Result verified = AuditVerifier.verify(file);
    assertThat(verified.whole()).isTrue();
    assertThat(verified.records()).isEqualTo(2);

    assertThat(keyBytes).hasSize(32);
    assertNoKey(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1), keyBytes);

    // The audit table (audit.table, default on) holds the same chain, and no key either.
    try (dev.clavis.storage.ObjectStore store = dev.clavis.storage.JdbcObjectStore.open(
        dev.clavis.storage.JdbcStoreConfig.h2File(dataDir))) {
      AuditVerifier.Result table = AuditVerifier.verifyTable(store, "default");
      assertThat(table.whole()).as("%s", table.broken()).isTrue();
      assertThat(table.lastSeq()).isEqualTo(verified.lastSeq());
      assertThat(table.lastHash()).isEqualTo(verified.lastHash());
      StringBuilder rows = new StringBuilder();
      for (dev.clavis.storage.AuditRow r : store.auditRows("default", 0, 100)) {
        rows.append(r).append('\n'); // every column
      }
      assertThat(rows).contains(uid, "Create", "Get");
      assertNoKey(rows.toString(), keyBytes);
    }
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = ClavisCommand.commandLine();
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    assertThat(cl.execute("audit", "verify", "--data-dir", dataDir.toString(), "--table")).as("%s", err).isZero();
    assertThat(out.toString()).contains("audit.log: chain whole: 2 entries", "audit table, node default: chain whole: 2 entries");
  }

  /** The key in raw bytes, lower- and upper-case hex and Base64 (each of the three byte alignments). */
  static void assertNoKey(String text, byte[] key) {
    assertThat(text).doesNotContain(new String(key, StandardCharsets.ISO_8859_1))
        .doesNotContain(HexFormat.of().formatHex(key))
        .doesNotContain(HexFormat.of().withUpperCase().formatHex(key));
    for (int skip = 0; skip < 3; skip++) {
      String b64 = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(key, skip, key.length));
      assertThat(text).doesNotContain(b64.substring(4, 24));
    }
  }
}
