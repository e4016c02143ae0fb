package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.DecryptRequestPayload;
import dev.clavis.codec.DecryptResponsePayload;
import dev.clavis.codec.EncryptRequestPayload;
import dev.clavis.codec.EncryptResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.BlockCipherMode;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.PaddingMethod;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MongoDB's KMIP provider (libmongocrypt / kms-message): a 96-byte customer master key registered
 * as Secret Data, activated and fetched with KMIP 1.0 headers; an AES-256 key created and used by
 * Encrypt / Decrypt (with an IV) with KMIP 1.2 headers — one connection, two versions. Every
 * response checked by {@link ResponseShapeGuard}; a restart of the node in the middle.
 */
class MongoDbClientIT {

  static final KmipVersion OLD = KmipVersion.V1_0;
  static final KmipVersion NEW = KmipVersion.V1_2;

  @TempDir Path dataDir;

  @Test
  void libmongocryptSequenceMixingVersionsOnOneConnection() throws Exception {
    byte[] secret = new byte[96];
    new SecureRandom().nextBytes(secret);
    String registered = ClientSession.digest(KeyBlock.of(KeyFormatType.OPAQUE, secret.clone(), null, null));
    try (ClientSession s = new ClientSession(dataDir, false)) {
      RegisterResponsePayload reg = s.ok(OLD, new RegisterRequestPayload(ObjectType.SECRET_DATA,
          Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.value()
              | CryptographicUsageMask.DECRYPT.value())),
          new SecretData(SecretDataType.SEED, KeyBlock.of(KeyFormatType.OPAQUE, secret, null, null)), null));
      String cmk = reg.uniqueIdentifier();
      s.ok(OLD, new ActivateRequestPayload(cmk));
      GetResponsePayload got = s.ok(OLD, new GetRequestPayload(cmk, null, null, null, null));
      assertThat(got.objectType()).isEqualTo(ObjectType.SECRET_DATA);
      assertThat(ClientSession.keyBlock(got).keyMaterial().byteCount()).isEqualTo(96);
      assertThat(ClientSession.digest(ClientSession.keyBlock(got))).isEqualTo(registered);

      s.restart();

      assertThat(s.digest(OLD, cmk, null)).as("the same secret after the restart").isEqualTo(registered);
      CreateResponsePayload created = s.ok(NEW, new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, Attributes.of(
          enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
          integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
          integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.value()
              | CryptographicUsageMask.DECRYPT.value())), null));
      String dek = created.uniqueIdentifier();
      s.ok(NEW, new ActivateRequestPayload(dek));
      encryptAndDecrypt(s, dek);
      assertThat(s.digest(OLD, cmk, null)).as("a 1.0 request after 1.2 ones on the same connection").isEqualTo(registered);
      assertThat(s.steps()).isEqualTo(9);
    }
  }

  /** Encrypt and Decrypt (AES-CBC, PKCS#5 padding, a client IV) as libmongocrypt sends them. */
  static void encryptAndDecrypt(ClientSession s, String dek) throws Exception {
    byte[] iv = new byte[16];
    new SecureRandom().nextBytes(iv);
    byte[] plaintext = new byte[64];
    new SecureRandom().nextBytes(plaintext);
    TtlvItem.Structure cbc = CryptographicParameters.of(BlockCipherMode.CBC, PaddingMethod.PKCS5,
        CryptographicAlgorithm.AES).toTtlv(NEW);
    EncryptResponsePayload enc = s.ok(NEW, new EncryptRequestPayload(dek, cbc, plaintext.clone(), iv, null, null, null,
        null));
    assertThat(enc.uniqueIdentifier()).isEqualTo(dek);
    assertThat(enc.data().length).as("64 bytes and a full padding block").isEqualTo(80);
    assertThat(enc.ivCounterNonce()).as("the client's IV is not echoed").isNull();
    DecryptResponsePayload dec = s.ok(NEW, new DecryptRequestPayload(dek, cbc, enc.data(), iv, null, null, null, null,
        null));
    assertThat(Arrays.equals(dec.data(), plaintext)).as("Decrypt returns the plaintext").isTrue();
  }
}
