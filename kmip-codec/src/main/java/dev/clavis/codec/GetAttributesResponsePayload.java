package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Get Attributes Response Payload (KMIP 1.4 §4.12 Table 197, KMIP 2.1 §6.1.20 Table 224).
 *
 * @param attributes Attribute* (1.x) or Attributes (2.x)
 */
public record GetAttributesResponsePayload(
    String uniqueIdentifier,
    Attributes attributes) implements ResponsePayload {

  public GetAttributesResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    Objects.requireNonNull(attributes, "attributes");
  }

  @Override
  public Operation operation() {
    return Operation.GET_ATTRIBUTES;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static GetAttributesResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Get Attributes Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    Attributes attributes = PayloadFields.attributeList(r);
    r.end();
    return new GetAttributesResponsePayload(uniqueIdentifier, attributes);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .items(PayloadFields.attributeList(attributes, v, true))
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
