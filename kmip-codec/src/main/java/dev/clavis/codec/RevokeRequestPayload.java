package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;
import java.util.Objects;

/**
 * Revoke Request Payload (KMIP 1.4 §4.20 Table 212, KMIP 2.1 §6.1.44 Table 295).
 *
 * @param uniqueIdentifier {@code null} when absent
 * @param compromiseOccurrenceDate {@code null} when absent
 */
public record RevokeRequestPayload(
    String uniqueIdentifier,
    RevocationReason revocationReason,
    Instant compromiseOccurrenceDate) implements RequestPayload {

  public RevokeRequestPayload {
    Objects.requireNonNull(revocationReason, "revocationReason");
  }

  @Override
  public Operation operation() {
    return Operation.REVOKE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static RevokeRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Revoke Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    RevocationReason revocationReason = RevocationReason.fromTtlv(r.requireAny(Tag.REVOCATION_REASON));
    Instant compromiseOccurrenceDate = r.optionalDateTime(Tag.COMPROMISE_OCCURRENCE_DATE);
    r.end();
    return new RevokeRequestPayload(uniqueIdentifier, revocationReason, compromiseOccurrenceDate);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .item(revocationReason.toTtlv())
        .dateTime(Tag.COMPROMISE_OCCURRENCE_DATE, compromiseOccurrenceDate)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
