package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;

/**
 * Get Attribute List Request Payload (KMIP 1.4 §4.13 Table 198, KMIP 2.1 §6.1.21 Table 226).
 *
 * @param uniqueIdentifier {@code null} when absent
 */
public record GetAttributeListRequestPayload(
    String uniqueIdentifier) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.GET_ATTRIBUTE_LIST;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static GetAttributeListRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Get Attribute List Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    r.end();
    return new GetAttributeListRequestPayload(uniqueIdentifier);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
