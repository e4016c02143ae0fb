package dev.clavis.codec;

import dev.clavis.codec.spec.RevocationReasonCode;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Revocation Reason (KMIP 1.4 §3.31 Table 94, KMIP 2.1 §4.51): a Revocation Reason Code and an
 * optional Revocation Message.
 */
public record RevocationReason(RevocationReasonCode code, String message) {

  public RevocationReason {
    Objects.requireNonNull(code, "code");
  }

  static RevocationReason fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.REVOCATION_REASON, "Revocation Reason");
    RevocationReason rr = new RevocationReason(
        r.requireEnum(Tag.REVOCATION_REASON_CODE, RevocationReasonCode::fromValue), r.optionalText(Tag.REVOCATION_MESSAGE));
    r.end();
    return rr;
  }

  TtlvItem.Structure toTtlv() {
    return new FieldWriter()
        .enumeration(Tag.REVOCATION_REASON_CODE, code.value())
        .text(Tag.REVOCATION_MESSAGE, message)
        .build(Tag.REVOCATION_REASON);
  }
}
