package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Create Request Payload (KMIP 1.4 §4.1 Table 163, KMIP 2.1 §6.1.8 Table 186).
 *
 * @param attributes Template-Attribute (1.x) or Attributes (2.x)
 * @param protectionStorageMasks rendered from KMIP 2.0; {@code null} when absent
 */
public record CreateRequestPayload(
    ObjectType objectType,
    Attributes attributes,
    TtlvItem.Structure protectionStorageMasks) implements RequestPayload {

  public CreateRequestPayload {
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(attributes, "attributes");
  }

  @Override
  public Operation operation() {
    return Operation.CREATE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static CreateRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Create Request Payload");
    ObjectType objectType = r.requireEnum(Tag.OBJECT_TYPE, ObjectType::fromValue);
    Attributes attributes = PayloadFields.require(r, Attributes.read(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES), Tag.ATTRIBUTES);
    TtlvItem.Structure protectionStorageMasks = r.optionalStructure(Tag.PROTECTION_STORAGE_MASKS);
    r.end();
    return new CreateRequestPayload(objectType, attributes, protectionStorageMasks);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .enumeration(Tag.OBJECT_TYPE, objectType == null ? null : objectType.value())
        .item(attributes == null ? null : PayloadFields.attributes(attributes, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, v))
        .item(FieldWriter.at(v, 2, 0) ? PayloadFields.forVersion(protectionStorageMasks, v) : null)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
