package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateKeyPairRequestPayload;
import dev.clavis.codec.CreateKeyPairResponsePayload;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.LocateRequestPayload;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.RevocationReason;
import dev.clavis.codec.RevokeRequestPayload;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.RevocationReasonCode;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Veeam Backup &amp; Replication (KMIP 1.4 key management server for encrypted backups): Locate,
 * Create Key Pair RSA-2048, Get the public key, Activate, Get the private key, Destroy. Veeam's 1.x
 * parser broke on attributes inside a Key Value (Cosmian KMS PR #899): the guard refuses them.
 * Every response checked by {@link ResponseShapeGuard}; a restart of the node in the middle.
 */
class VeeamClientIT {

  static final KmipVersion V = KmipVersion.V1_4;

  @TempDir Path dataDir;

  @Test
  void veeamSequence() throws Exception {
    try (ClientSession s = new ClientSession(dataDir, false)) {
      LocateResponsePayload none = s.ok(V, byName("veeam-backup-key"));
      assertThat(none.uniqueIdentifiers()).isEmpty();
      assertThat(none.locatedItems()).as("Located Items, when sent, counts nothing").isIn(null, 0);

      CreateKeyPairResponsePayload pair = s.ok(V, new CreateKeyPairRequestPayload(
          Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.RSA.value()),
              integer(Tag.CRYPTOGRAPHIC_LENGTH, 2048)),
          Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.DECRYPT.value()),
              new Name("veeam-backup-key", NameType.UNINTERPRETED_TEXT_STRING).toTtlv()),
          Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.value())),
          null, null, null));
      String priv = pair.privateKeyUniqueIdentifier();
      String pub = pair.publicKeyUniqueIdentifier();

      GetResponsePayload publicKey = s.ok(V, new GetRequestPayload(pub, null, null, null, null));
      assertThat(publicKey.objectType()).isEqualTo(ObjectType.PUBLIC_KEY);
      KeyBlock pk = ClientSession.keyBlock(publicKey);
      assertThat(rsaBits(pk)).isEqualTo(2048);
      s.ok(V, new ActivateRequestPayload(priv));
      String privateDigest = s.digest(V, priv, null);

      s.restart();

      LocateResponsePayload found = s.ok(V, byName("veeam-backup-key"));
      assertThat(found.uniqueIdentifiers()).containsExactly(priv);
      GetResponsePayload privateKey = s.ok(V, new GetRequestPayload(priv, null, null, null, null));
      assertThat(privateKey.objectType()).isEqualTo(ObjectType.PRIVATE_KEY);
      assertThat(ClientSession.digest(ClientSession.keyBlock(privateKey))).as("the same key after the restart")
          .isEqualTo(privateDigest);
      s.ok(V, new DestroyRequestPayload(pub));
      s.ok(V, new RevokeRequestPayload(priv, new RevocationReason(RevocationReasonCode.CESSATION_OF_OPERATION,
          "backup job deleted"), null));
      s.ok(V, new DestroyRequestPayload(priv));
      assertThat(s.steps()).isEqualTo(10);
    }
  }

  /** The modulus size of an RSA public key as stored (PKCS#1) or as X.509 SubjectPublicKeyInfo. */
  static int rsaBits(KeyBlock kb) throws Exception {
    byte[] bytes = kb.keyMaterial().bytes();
    if (kb.keyFormatType() == KeyFormatType.PKCS_1) {
      return org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(bytes).getModulus().bitLength();
    }
    assertThat(kb.keyFormatType()).isEqualTo(KeyFormatType.X_509);
    RSAPublicKey k = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(bytes));
    return k.getModulus().bitLength();
  }

  static LocateRequestPayload byName(String name) {
    return new LocateRequestPayload(null, null, null, null,
        Attributes.of(new Name(name, NameType.UNINTERPRETED_TEXT_STRING).toTtlv()));
  }
}
