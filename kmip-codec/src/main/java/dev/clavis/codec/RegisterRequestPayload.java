package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Register Request Payload (KMIP 1.4 §4.3 Table 169, KMIP 2.1 §6.1.43 Table 291).
 *
 * @param attributes Template-Attribute (1.x) or Attributes (2.x)
 * @param protectionStorageMasks rendered from KMIP 2.0; {@code null} when absent
 */
public record RegisterRequestPayload(
    ObjectType objectType,
    Attributes attributes,
    ManagedObject object,
    TtlvItem.Structure protectionStorageMasks) implements RequestPayload {

  public RegisterRequestPayload {
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(object, "object");
  }

  @Override
  public Operation operation() {
    return Operation.REGISTER;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static RegisterRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Register Request Payload");
    ObjectType objectType = r.requireEnum(Tag.OBJECT_TYPE, ObjectType::fromValue);
    Attributes attributes = PayloadFields.require(r, Attributes.read(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES), Tag.ATTRIBUTES);
    ManagedObject object = ManagedObject.read(r, objectType);
    TtlvItem.Structure protectionStorageMasks = r.optionalStructure(Tag.PROTECTION_STORAGE_MASKS);
    r.end();
    return new RegisterRequestPayload(objectType, attributes, object, protectionStorageMasks);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .enumeration(Tag.OBJECT_TYPE, objectType == null ? null : objectType.value())
        .item(attributes == null ? null : PayloadFields.attributes(attributes, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, v))
        .item(object == null ? null : object.toTtlv(v))
        .item(FieldWriter.at(v, 2, 0) ? PayloadFields.forVersion(protectionStorageMasks, v) : null)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
