package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Create Response Payload (KMIP 1.4 §4.1 Table 164, KMIP 2.1 §6.1.8 Table 187).
 *
 * @param attributes Template-Attribute of attributes the server set implicitly (1.x); rendered before KMIP 2.0 only; {@code null} when absent
 */
public record CreateResponsePayload(
    ObjectType objectType,
    String uniqueIdentifier,
    Attributes attributes) implements ResponsePayload {

  public CreateResponsePayload {
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.CREATE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static CreateResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Create Response Payload");
    ObjectType objectType = r.requireEnum(Tag.OBJECT_TYPE, ObjectType::fromValue);
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    Attributes attributes = Attributes.read(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES);
    r.end();
    return new CreateResponsePayload(objectType, uniqueIdentifier, attributes);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .enumeration(Tag.OBJECT_TYPE, objectType == null ? null : objectType.value())
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .item(!FieldWriter.at(v, 2, 0) ? attributes == null ? null : PayloadFields.attributes(attributes, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, v) : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
