package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;

/**
 * Activate Request Payload (KMIP 1.4 §4.19 Table 210, KMIP 2.1 §6.1.1 Table 164).
 *
 * @param uniqueIdentifier {@code null} when absent
 */
public record ActivateRequestPayload(
    String uniqueIdentifier) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.ACTIVATE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static ActivateRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Activate Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    r.end();
    return new ActivateRequestPayload(uniqueIdentifier);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
