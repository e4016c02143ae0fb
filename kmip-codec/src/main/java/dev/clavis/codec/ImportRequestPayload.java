package dev.clavis.codec;

import dev.clavis.codec.spec.KeyWrapType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Import Request Payload (KMIP 1.4 §4.41, KMIP 2.1 §6.1.25 Table 238).
 *
 * @param replaceExisting {@code null} when absent
 * @param keyWrapType {@code null} when absent
 * @param attributes Attribute* (1.x) or Attributes (2.x)
 */
public record ImportRequestPayload(
    String uniqueIdentifier,
    ObjectType objectType,
    Boolean replaceExisting,
    KeyWrapType keyWrapType,
    Attributes attributes,
    ManagedObject object) implements RequestPayload {

  public ImportRequestPayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(object, "object");
  }

  @Override
  public Operation operation() {
    return Operation.IMPORT;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static ImportRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Import Request Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    ObjectType objectType = r.requireEnum(Tag.OBJECT_TYPE, ObjectType::fromValue);
    Boolean replaceExisting = r.optionalBool(Tag.REPLACE_EXISTING);
    KeyWrapType keyWrapType = r.optionalEnum(Tag.KEY_WRAP_TYPE, KeyWrapType::fromValue);
    Attributes attributes = PayloadFields.attributeList(r);
    ManagedObject object = ManagedObject.read(r, objectType);
    r.end();
    return new ImportRequestPayload(uniqueIdentifier, objectType, replaceExisting, keyWrapType, attributes, object);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .enumeration(Tag.OBJECT_TYPE, objectType == null ? null : objectType.value())
        .bool(Tag.REPLACE_EXISTING, replaceExisting)
        .enumeration(Tag.KEY_WRAP_TYPE, keyWrapType == null ? null : keyWrapType.value())
        .items(PayloadFields.attributeList(attributes, v, true))
        .item(object == null ? null : object.toTtlv(v))
        .build(Tag.REQUEST_PAYLOAD);
  }
}
