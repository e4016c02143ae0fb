package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;

/**
 * Recover Request Payload (KMIP 1.4 §4.23 Table 218, KMIP 2.1 §6.1.42 Table 288).
 *
 * @param uniqueIdentifier {@code null} when absent
 */
public record RecoverRequestPayload(
    String uniqueIdentifier) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.RECOVER;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static RecoverRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Recover Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    r.end();
    return new RecoverRequestPayload(uniqueIdentifier);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
