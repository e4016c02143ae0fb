package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.spec.CertificateType;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.EncodingOption;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.SplitKeyMethod;
import dev.clavis.codec.spec.Tag;
import dev.clavis.codec.spec.WrappingMethod;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No type that holds key material, plaintext or passwords prints them (BRIEF: no key bytes in toString). */
class RedactionTest {

  /** A recognisable 32-byte secret. */
  static byte[] secret() {
    byte[] b = new byte[32];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (0xA0 + i);
    }
    return b;
  }

  static void assertRedacted(Object o, int length) {
    String s = o.toString();
    byte[] k = secret();
    assertThat(s).as(o.getClass().getSimpleName())
        .doesNotContainIgnoringCase(HexFormat.of().formatHex(k).substring(0, 16))
        .doesNotContain(Arrays.toString(k).substring(1, 20))
        .doesNotContain(new String(k, java.nio.charset.StandardCharsets.ISO_8859_1).substring(0, 8))
        .doesNotContain("[B@")
        .contains(length + " bytes");
  }

  static KeyBlock block() {
    return KeyBlock.of(KeyFormatType.RAW, secret(), CryptographicAlgorithm.AES, 256);
  }

  @Test
  void everyKeyBearingTypePrintsLengthsOnly() {
    KmipVersion v = KmipVersion.V2_1;
    List<Object> objects = List.of(
        KeyMaterial.of(secret()),
        KeyValue.Plain.of(KeyMaterial.of(secret())),
        new KeyValue.Wrapped(secret()),
        block(),
        new SymmetricKey(block()),
        new PublicKey(block()),
        new PrivateKey(block()),
        new SecretData(SecretDataType.PASSWORD, block()),
        new SplitKey(3, 1, 2, SplitKeyMethod.XOR, null, block()),
        new PGPKey(4, block()),
        new OpaqueObject(0x80000001, secret()),
        new Certificate(CertificateType.X_509, secret()),
        new GetResponsePayload(ObjectType.SYMMETRIC_KEY, "u", new SymmetricKey(block())),
        new RegisterRequestPayload(ObjectType.SYMMETRIC_KEY, Attributes.empty(), new SymmetricKey(block()), null),
        new EncryptRequestPayload("u", null, secret(), null, null, null, null, null),
        new EncryptResponsePayload("u", secret(), null, null, null),
        new DecryptResponsePayload("u", secret(), null),
        new SignResponsePayload("u", secret(), null),
        new MACResponsePayload("u", secret(), null),
        new HashRequestPayload(TtlvItem.structure(Tag.CRYPTOGRAPHIC_PARAMETERS), secret(), null, null, null),
        new RNGRetrieveResponsePayload(secret()),
        new RNGSeedRequestPayload(secret()),
        new KeyBlock(KeyFormatType.RAW, null, new KeyValue.Wrapped(secret()), CryptographicAlgorithm.AES, 256,
            new KeyWrappingData(WrappingMethod.ENCRYPT, new KeyWrappingData.KeyInformation("kek", null), null,
                secret(), secret(), EncodingOption.NO_ENCODING)),
        TtlvItem.bytes(Tag.KEY_MATERIAL, secret()));
    for (Object o : objects) {
      assertRedacted(o, 32);
    }
    // Messages and batch items carrying such payloads print no payload bytes either.
    RequestBatchItem item = RequestBatchItem.of(
        new EncryptRequestPayload("u", null, secret(), null, null, null, null, null), null, v);
    assertThat(item.toString()).doesNotContainIgnoringCase("a0a1a2a3");
    assertThat(new RequestMessage(RequestHeader.of(v, 1), List.of(item)).toString()).doesNotContainIgnoringCase("a0a1a2a3");
  }

  @Test
  void transparentKeysPrintFieldCountsOnly() {
    KeyMaterial m = KeyMaterial.transparent(TtlvItem.structure(Tag.KEY_MATERIAL,
        TtlvItem.bigInteger(Tag.MODULUS, new BigInteger(1, secret())),
        TtlvItem.bigInteger(Tag.PRIVATE_EXPONENT, new BigInteger(1, secret()))));
    assertThat(m.toString()).isEqualTo("KeyMaterial[transparent, 2 fields]");
    assertThat(m.bigInteger(Tag.MODULUS)).isEqualTo(new BigInteger(1, secret()));
    assertThat(m.bigInteger(Tag.PUBLIC_EXPONENT)).isNull();
    KeyMaterial sym = KeyMaterial.transparent(TtlvItem.structure(Tag.KEY_MATERIAL, TtlvItem.bytes(Tag.KEY, secret())));
    assertThat(sym.byteField(Tag.KEY)).isEqualTo(secret());
    assertThat(sym.toString()).isEqualTo("KeyMaterial[transparent, 1 fields]");
    assertThat(m.structure().toString()).doesNotContain(new BigInteger(1, secret()).toString());
  }

  @Test
  void credentialsPrintTheirTypeOnly() {
    Credential c = Credential.usernameAndPassword("alice", "s3cret-pw");
    assertThat(c.toString()).isEqualTo("Credential[USERNAME_AND_PASSWORD]");
    assertThat(c.password()).isEqualTo("s3cret-pw");
    assertThat(RequestHeader.of(KmipVersion.V1_4, 1).withAuthentication(List.of(c)).toString()).doesNotContain("s3cret-pw");
  }

  @Test
  void wipeZeroesTheKeyBytes() {
    byte[] owned = secret();
    SymmetricKey k = new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, owned, CryptographicAlgorithm.AES, 256));
    byte[] copy = k.keyBlock().keyMaterial().bytes();
    assertThat(copy).isEqualTo(secret());
    k.wipe();
    assertThat(owned).containsOnly(0);
    assertThat(k.keyBlock().keyMaterial().bytes()).containsOnly(0);
    assertThat(copy).isEqualTo(secret()); // the caller's copy is the caller's to wipe

    byte[] wrapped = secret();
    new KeyValue.Wrapped(wrapped).wipe();
    assertThat(wrapped).containsOnly(0);
    byte[] opaque = secret();
    new OpaqueObject(0x80000001, opaque).wipe();
    assertThat(opaque).containsOnly(0);
  }
}
