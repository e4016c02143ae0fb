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

    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    assertThat(keyBytes).hasSize(32);
    assertThat(text).doesNotContain(new String(keyBytes, StandardCharsets.ISO_8859_1))
        .doesNotContain(HexFormat.of().formatHex(keyBytes))
        .doesNotContain(HexFormat.of().withUpperCase().formatHex(keyBytes))
        .doesNotContain(Base64.getEncoder().encodeToString(keyBytes).substring(0, 20));
  }
}
