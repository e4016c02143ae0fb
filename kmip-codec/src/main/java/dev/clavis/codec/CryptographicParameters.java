package dev.clavis.codec;

import dev.clavis.codec.spec.BlockCipherMode;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.DigitalSignatureAlgorithm;
import dev.clavis.codec.spec.HashingAlgorithm;
import dev.clavis.codec.spec.KeyRoleType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.MaskGenerator;
import dev.clavis.codec.spec.PaddingMethod;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * Cryptographic Parameters (KMIP 1.4 §3.6 Table 65, KMIP 2.1 §4.16 Table 59), typed. Payloads keep
 * the structure as sent (so that it re-renders exactly); handlers read it with {@link #fromTtlv}.
 * Every field is optional ({@code null} when absent).
 */
public record CryptographicParameters(
    BlockCipherMode blockCipherMode,
    PaddingMethod paddingMethod,
    HashingAlgorithm hashingAlgorithm,
    KeyRoleType keyRoleType,
    DigitalSignatureAlgorithm digitalSignatureAlgorithm,
    CryptographicAlgorithm cryptographicAlgorithm,
    Boolean randomIv,
    Integer ivLength,
    Integer tagLength,
    Integer fixedFieldLength,
    Integer invocationFieldLength,
    Integer counterLength,
    Integer initialCounterValue,
    Integer saltLength,
    MaskGenerator maskGenerator,
    HashingAlgorithm maskGeneratorHashingAlgorithm,
    byte[] pSource,
    Integer trailerField) {

  /** Parameters with only these three set (the common case for block ciphers). */
  public static CryptographicParameters of(BlockCipherMode mode, PaddingMethod padding, CryptographicAlgorithm algorithm) {
    return new CryptographicParameters(
        mode, padding, null, null, null, algorithm, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** Reads a Cryptographic Parameters structure; {@code null} gives {@code null}. */
  public static CryptographicParameters fromTtlv(TtlvItem item) {
    if (item == null) {
      return null;
    }
    FieldReader r = FieldReader.of(item, Tag.CRYPTOGRAPHIC_PARAMETERS, "Cryptographic Parameters");
    CryptographicParameters p = new CryptographicParameters(
        r.optionalEnum(Tag.BLOCK_CIPHER_MODE, BlockCipherMode::fromValue),
        r.optionalEnum(Tag.PADDING_METHOD, PaddingMethod::fromValue),
        r.optionalEnum(Tag.HASHING_ALGORITHM, HashingAlgorithm::fromValue),
        r.optionalEnum(Tag.KEY_ROLE_TYPE, KeyRoleType::fromValue),
        r.optionalEnum(Tag.DIGITAL_SIGNATURE_ALGORITHM, DigitalSignatureAlgorithm::fromValue),
        r.optionalEnum(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm::fromValue),
        r.optionalBool(Tag.RANDOM_IV),
        r.optionalInt(Tag.IV_LENGTH),
        r.optionalInt(Tag.TAG_LENGTH),
        r.optionalInt(Tag.FIXED_FIELD_LENGTH),
        r.optionalInt(Tag.INVOCATION_FIELD_LENGTH),
        r.optionalInt(Tag.COUNTER_LENGTH),
        r.optionalInt(Tag.INITIAL_COUNTER_VALUE),
        r.optionalInt(Tag.SALT_LENGTH),
        r.optionalEnum(Tag.MASK_GENERATOR, MaskGenerator::fromValue),
        r.optionalEnum(Tag.MASK_GENERATOR_HASHING_ALGORITHM, HashingAlgorithm::fromValue),
        r.optionalBytes(Tag.P_SOURCE),
        r.optionalInt(Tag.TRAILER_FIELD));
    r.end();
    return p;
  }

  /** The structure for {@code v}: fields newer than {@code v} are left out. */
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    TtlvItem.Structure s = new FieldWriter()
        .enumeration(Tag.BLOCK_CIPHER_MODE, blockCipherMode == null ? null : blockCipherMode.value())
        .enumeration(Tag.PADDING_METHOD, paddingMethod == null ? null : paddingMethod.value())
        .enumeration(Tag.HASHING_ALGORITHM, hashingAlgorithm == null ? null : hashingAlgorithm.value())
        .enumeration(Tag.KEY_ROLE_TYPE, keyRoleType == null ? null : keyRoleType.value())
        .enumeration(Tag.DIGITAL_SIGNATURE_ALGORITHM, digitalSignatureAlgorithm == null ? null : digitalSignatureAlgorithm.value())
        .enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, cryptographicAlgorithm == null ? null : cryptographicAlgorithm.value())
        .bool(Tag.RANDOM_IV, randomIv)
        .integer(Tag.IV_LENGTH, ivLength)
        .integer(Tag.TAG_LENGTH, tagLength)
        .integer(Tag.FIXED_FIELD_LENGTH, fixedFieldLength)
        .integer(Tag.INVOCATION_FIELD_LENGTH, invocationFieldLength)
        .integer(Tag.COUNTER_LENGTH, counterLength)
        .integer(Tag.INITIAL_COUNTER_VALUE, initialCounterValue)
        .integer(Tag.SALT_LENGTH, saltLength)
        .enumeration(Tag.MASK_GENERATOR, maskGenerator == null ? null : maskGenerator.value())
        .enumeration(Tag.MASK_GENERATOR_HASHING_ALGORITHM,
            maskGeneratorHashingAlgorithm == null ? null : maskGeneratorHashingAlgorithm.value())
        .bytes(Tag.P_SOURCE, pSource)
        .integer(Tag.TRAILER_FIELD, trailerField)
        .build(Tag.CRYPTOGRAPHIC_PARAMETERS);
    TtlvItem kept = Items.forVersion(s, Tag.CRYPTOGRAPHIC_PARAMETERS, v);
    return kept == null ? TtlvItem.structure(Tag.CRYPTOGRAPHIC_PARAMETERS) : (TtlvItem.Structure) kept;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CryptographicParameters c
        && Objects.equals(toTtlv(KmipVersion.V2_1), c.toTtlv(KmipVersion.V2_1));
  }

  @Override
  public int hashCode() {
    return Objects.hash(blockCipherMode, paddingMethod, hashingAlgorithm, cryptographicAlgorithm, Arrays.hashCode(pSource));
  }

  @Override
  public String toString() {
    return "CryptographicParameters" + toTtlv(KmipVersion.V2_1).items();
  }
}
