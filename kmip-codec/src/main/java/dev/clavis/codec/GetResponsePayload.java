package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Get Response Payload (KMIP 1.4 §4.11 Table 195, KMIP 2.1 §6.1.19 Table 221).
 */
public record GetResponsePayload(
    ObjectType objectType,
    String uniqueIdentifier,
    ManagedObject object) implements ResponsePayload {

  public GetResponsePayload {
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    Objects.requireNonNull(object, "object");
  }

  @Override
  public Operation operation() {
    return Operation.GET;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static GetResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Get Response Payload");
    ObjectType objectType = r.requireEnum(Tag.OBJECT_TYPE, ObjectType::fromValue);
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    ManagedObject object = ManagedObject.read(r, objectType);
    r.end();
    return new GetResponsePayload(objectType, uniqueIdentifier, object);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .enumeration(Tag.OBJECT_TYPE, objectType == null ? null : objectType.value())
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .item(object == null ? null : object.toTtlv(v))
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
