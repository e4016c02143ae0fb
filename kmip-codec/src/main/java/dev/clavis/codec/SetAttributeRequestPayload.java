package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Set Attribute Request Payload (KMIP 2.1 §6.1.51 Table 322).
 *
 * @param uniqueIdentifier {@code null} when absent
 * @param attribute New Attribute
 */
public record SetAttributeRequestPayload(
    String uniqueIdentifier,
    Attribute attribute) implements RequestPayload {

  public SetAttributeRequestPayload {
    Objects.requireNonNull(attribute, "attribute");
  }

  @Override
  public Operation operation() {
    return Operation.SET_ATTRIBUTE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static SetAttributeRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Set Attribute Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    Attribute attribute = PayloadFields.newAttribute(r, true);
    r.end();
    return new SetAttributeRequestPayload(uniqueIdentifier, attribute);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .item(PayloadFields.newAttribute(attribute, v))
        .build(Tag.REQUEST_PAYLOAD);
  }
}
