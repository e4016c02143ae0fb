package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.Tag;
import java.util.List;
import java.util.Objects;

/**
 * Join Split Key Request Payload (KMIP 1.4 §4.39 Table 249, KMIP 2.1 §6.1.27 Table 244).
 *
 * @param uniqueIdentifiers the split key parts to combine, in order
 * @param secretDataType for a Secret Data result; {@code null} when absent
 * @param attributes Template-Attribute (1.x) or Attributes (2.x); {@code null} when absent
 * @param protectionStorageMasks rendered from KMIP 2.0; {@code null} when absent
 */
public record JoinSplitKeyRequestPayload(
    ObjectType objectType,
    List<String> uniqueIdentifiers,
    SecretDataType secretDataType,
    Attributes attributes,
    TtlvItem.Structure protectionStorageMasks) implements RequestPayload {

  public JoinSplitKeyRequestPayload {
    Objects.requireNonNull(objectType, "objectType");
    uniqueIdentifiers = uniqueIdentifiers == null ? List.of() : List.copyOf(uniqueIdentifiers);
  }

  @Override
  public Operation operation() {
    return Operation.JOIN_SPLIT_KEY;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static JoinSplitKeyRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Join Split Key Request Payload");
    ObjectType objectType = r.requireEnum(Tag.OBJECT_TYPE, ObjectType::fromValue);
    List<String> uniqueIdentifiers = r.allText(Tag.UNIQUE_IDENTIFIER);
    if (uniqueIdentifiers.isEmpty()) {
      throw r.missing(Tag.UNIQUE_IDENTIFIER);
    }
    SecretDataType secretDataType = r.optionalEnum(Tag.SECRET_DATA_TYPE, SecretDataType::fromValue);
    Attributes attributes = Attributes.read(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES);
    TtlvItem.Structure protectionStorageMasks = r.optionalStructure(Tag.PROTECTION_STORAGE_MASKS);
    r.end();
    return new JoinSplitKeyRequestPayload(objectType, uniqueIdentifiers, secretDataType, attributes, protectionStorageMasks);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .enumeration(Tag.OBJECT_TYPE, objectType.value())
        .texts(Tag.UNIQUE_IDENTIFIER, uniqueIdentifiers)
        .enumeration(Tag.SECRET_DATA_TYPE, secretDataType == null ? null : secretDataType.value())
        .item(attributes == null ? null : PayloadFields.attributes(attributes, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, v))
        .item(FieldWriter.at(v, 2, 0) ? PayloadFields.forVersion(protectionStorageMasks, v) : null)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
