package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.List;
import java.util.Objects;

/**
 * Get Attribute List Response Payload (KMIP 1.4 §4.13 Table 199, KMIP 2.1 §6.1.21 Table 227).
 *
 * @param attributeReferences Attribute Name* (1.x) or Attribute Reference* (2.x)
 */
public record GetAttributeListResponsePayload(
    String uniqueIdentifier,
    List<AttributeReference> attributeReferences) implements ResponsePayload {

  public GetAttributeListResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    attributeReferences = attributeReferences == null ? List.of() : List.copyOf(attributeReferences);
  }

  @Override
  public Operation operation() {
    return Operation.GET_ATTRIBUTE_LIST;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static GetAttributeListResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Get Attribute List Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    List<AttributeReference> attributeReferences = PayloadFields.references(r);
    r.end();
    return new GetAttributeListResponsePayload(uniqueIdentifier, attributeReferences);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .items(PayloadFields.references(attributeReferences, v))
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
