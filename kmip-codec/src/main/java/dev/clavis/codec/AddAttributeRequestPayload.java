package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Add Attribute Request Payload (KMIP 1.4 §4.14 Table 200, KMIP 2.1 §6.1.2 Table 167).
 *
 * @param uniqueIdentifier {@code null} when absent
 * @param attribute Attribute (1.x) or New Attribute (2.x)
 */
public record AddAttributeRequestPayload(
    String uniqueIdentifier,
    Attribute attribute) implements RequestPayload {

  public AddAttributeRequestPayload {
    Objects.requireNonNull(attribute, "attribute");
  }

  @Override
  public Operation operation() {
    return Operation.ADD_ATTRIBUTE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static AddAttributeRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Add Attribute Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    Attribute attribute = PayloadFields.newAttribute(r, true);
    r.end();
    return new AddAttributeRequestPayload(uniqueIdentifier, attribute);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .item(PayloadFields.newAttribute(attribute, v))
        .build(Tag.REQUEST_PAYLOAD);
  }
}
