package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;

/**
 * Create Key Pair Request Payload (KMIP 1.4 §4.2 Table 166, KMIP 2.1 §6.1.9 Table 189).
 *
 * @param commonAttributes {@code null} when absent
 * @param privateKeyAttributes {@code null} when absent
 * @param publicKeyAttributes {@code null} when absent
 * @param commonProtectionStorageMasks rendered from KMIP 2.0; {@code null} when absent
 * @param privateProtectionStorageMasks rendered from KMIP 2.0; {@code null} when absent
 * @param publicProtectionStorageMasks rendered from KMIP 2.0; {@code null} when absent
 */
public record CreateKeyPairRequestPayload(
    Attributes commonAttributes,
    Attributes privateKeyAttributes,
    Attributes publicKeyAttributes,
    TtlvItem.Structure commonProtectionStorageMasks,
    TtlvItem.Structure privateProtectionStorageMasks,
    TtlvItem.Structure publicProtectionStorageMasks) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.CREATE_KEY_PAIR;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static CreateKeyPairRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Create Key Pair Request Payload");
    Attributes commonAttributes = Attributes.read(r, Tag.COMMON_TEMPLATE_ATTRIBUTE, Tag.COMMON_ATTRIBUTES);
    Attributes privateKeyAttributes = Attributes.read(r, Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE, Tag.PRIVATE_KEY_ATTRIBUTES);
    Attributes publicKeyAttributes = Attributes.read(r, Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE, Tag.PUBLIC_KEY_ATTRIBUTES);
    TtlvItem.Structure commonProtectionStorageMasks = r.optionalStructure(Tag.COMMON_PROTECTION_STORAGE_MASKS);
    TtlvItem.Structure privateProtectionStorageMasks = r.optionalStructure(Tag.PRIVATE_PROTECTION_STORAGE_MASKS);
    TtlvItem.Structure publicProtectionStorageMasks = r.optionalStructure(Tag.PUBLIC_PROTECTION_STORAGE_MASKS);
    r.end();
    return new CreateKeyPairRequestPayload(commonAttributes, privateKeyAttributes, publicKeyAttributes, commonProtectionStorageMasks, privateProtectionStorageMasks, publicProtectionStorageMasks);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .item(commonAttributes == null ? null : PayloadFields.attributes(commonAttributes, Tag.COMMON_TEMPLATE_ATTRIBUTE, Tag.COMMON_ATTRIBUTES, v))
        .item(privateKeyAttributes == null ? null : PayloadFields.attributes(privateKeyAttributes, Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE, Tag.PRIVATE_KEY_ATTRIBUTES, v))
        .item(publicKeyAttributes == null ? null : PayloadFields.attributes(publicKeyAttributes, Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE, Tag.PUBLIC_KEY_ATTRIBUTES, v))
        .item(FieldWriter.at(v, 2, 0) ? PayloadFields.forVersion(commonProtectionStorageMasks, v) : null)
        .item(FieldWriter.at(v, 2, 0) ? PayloadFields.forVersion(privateProtectionStorageMasks, v) : null)
        .item(FieldWriter.at(v, 2, 0) ? PayloadFields.forVersion(publicProtectionStorageMasks, v) : null)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
