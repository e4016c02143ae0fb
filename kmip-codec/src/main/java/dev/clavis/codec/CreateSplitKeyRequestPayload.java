package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.SplitKeyMethod;
import dev.clavis.codec.spec.Tag;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Create Split Key Request Payload (KMIP 1.4 §4.38 Table 247, KMIP 2.1 §6.1.10 Table 193).
 *
 * @param uniqueIdentifier the key to split; {@code null} when the server generates the key
 * @param primeFieldSize for Polynomial Sharing Prime Field only; {@code null} when absent
 * @param attributes Template-Attribute (1.x) or Attributes (2.x)
 * @param protectionStorageMasks rendered from KMIP 2.0; {@code null} when absent
 */
public record CreateSplitKeyRequestPayload(
    ObjectType objectType,
    String uniqueIdentifier,
    int splitKeyParts,
    int splitKeyThreshold,
    SplitKeyMethod splitKeyMethod,
    BigInteger primeFieldSize,
    Attributes attributes,
    TtlvItem.Structure protectionStorageMasks) implements RequestPayload {

  public CreateSplitKeyRequestPayload {
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(splitKeyMethod, "splitKeyMethod");
    Objects.requireNonNull(attributes, "attributes");
  }

  @Override
  public Operation operation() {
    return Operation.CREATE_SPLIT_KEY;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static CreateSplitKeyRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Create Split Key Request Payload");
    ObjectType objectType = r.requireEnum(Tag.OBJECT_TYPE, ObjectType::fromValue);
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    int parts = r.integer(Tag.SPLIT_KEY_PARTS);
    int threshold = r.integer(Tag.SPLIT_KEY_THRESHOLD);
    SplitKeyMethod method = r.requireEnum(Tag.SPLIT_KEY_METHOD, SplitKeyMethod::fromValue);
    TtlvItem.BigInt prime = r.optional(Tag.PRIME_FIELD_SIZE, TtlvItem.BigInt.class);
    Attributes attributes = PayloadFields.require(r, Attributes.read(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES), Tag.ATTRIBUTES);
    TtlvItem.Structure protectionStorageMasks = r.optionalStructure(Tag.PROTECTION_STORAGE_MASKS);
    r.end();
    return new CreateSplitKeyRequestPayload(objectType, uniqueIdentifier, parts, threshold, method,
        prime == null ? null : prime.value(), attributes, protectionStorageMasks);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .enumeration(Tag.OBJECT_TYPE, objectType.value())
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .integer(Tag.SPLIT_KEY_PARTS, splitKeyParts)
        .integer(Tag.SPLIT_KEY_THRESHOLD, splitKeyThreshold)
        .enumeration(Tag.SPLIT_KEY_METHOD, splitKeyMethod.value())
        .item(primeFieldSize == null ? null : TtlvItem.bigInteger(Tag.PRIME_FIELD_SIZE, primeFieldSize))
        .item(PayloadFields.attributes(attributes, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, v))
        .item(FieldWriter.at(v, 2, 0) ? PayloadFields.forVersion(protectionStorageMasks, v) : null)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
