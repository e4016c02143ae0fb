package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Add Attribute Response Payload (KMIP 1.4 §4.14 Table 201, KMIP 2.1 §6.1.2 Table 168).
 *
 * @param attribute the attribute added (1.x); rendered before KMIP 2.0 only; {@code null} when absent
 */
public record AddAttributeResponsePayload(
    String uniqueIdentifier,
    Attribute attribute) implements ResponsePayload {

  public AddAttributeResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.ADD_ATTRIBUTE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static AddAttributeResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Add Attribute Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    Attribute attribute = PayloadFields.v1Attribute(r);
    r.end();
    return new AddAttributeResponsePayload(uniqueIdentifier, attribute);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .item(!FieldWriter.at(v, 2, 0) ? attribute == null ? null : attribute.toV1() : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
