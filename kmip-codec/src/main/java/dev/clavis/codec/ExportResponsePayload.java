package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Export Response Payload (KMIP 1.4 §4.40 Table 252, KMIP 2.1 §6.1.18 Table 218).
 *
 * @param attributes Attribute* (1.x) or Attributes (2.x)
 */
public record ExportResponsePayload(
    ObjectType objectType,
    String uniqueIdentifier,
    Attributes attributes,
    ManagedObject object) implements ResponsePayload {

  public ExportResponsePayload {
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(object, "object");
  }

  @Override
  public Operation operation() {
    return Operation.EXPORT;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static ExportResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Export Response Payload");
    ObjectType objectType = r.requireEnum(Tag.OBJECT_TYPE, ObjectType::fromValue);
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    Attributes attributes = PayloadFields.attributeList(r);
    ManagedObject object = ManagedObject.read(r, objectType);
    r.end();
    return new ExportResponsePayload(objectType, uniqueIdentifier, attributes, object);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .enumeration(Tag.OBJECT_TYPE, objectType == null ? null : objectType.value())
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .items(PayloadFields.attributeList(attributes, v, true))
        .item(object == null ? null : object.toTtlv(v))
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
