package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.List;

/**
 * Get Attributes Request Payload (KMIP 1.4 §4.12 Table 196, KMIP 2.1 §6.1.20 Table 223).
 *
 * @param uniqueIdentifier {@code null} when absent
 * @param attributeReferences the requested attributes: Attribute Name* (1.x) or Attribute Reference* (2.x); empty means all
 */
public record GetAttributesRequestPayload(
    String uniqueIdentifier,
    List<AttributeReference> attributeReferences) implements RequestPayload {

  public GetAttributesRequestPayload {
    attributeReferences = attributeReferences == null ? List.of() : List.copyOf(attributeReferences);
  }

  @Override
  public Operation operation() {
    return Operation.GET_ATTRIBUTES;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static GetAttributesRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Get Attributes Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    List<AttributeReference> attributeReferences = PayloadFields.references(r);
    r.end();
    return new GetAttributesRequestPayload(uniqueIdentifier, attributeReferences);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .items(PayloadFields.references(attributeReferences, v))
        .build(Tag.REQUEST_PAYLOAD);
  }
}
