package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;

/**
 * Destroy Request Payload (KMIP 1.4 §4.21 Table 214, KMIP 2.1 §6.1.15 Table 208).
 *
 * @param uniqueIdentifier {@code null} when absent
 */
public record DestroyRequestPayload(
    String uniqueIdentifier) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.DESTROY;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static DestroyRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Destroy Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    r.end();
    return new DestroyRequestPayload(uniqueIdentifier);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
