package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;

/**
 * Login Request Payload (KMIP 2.1 §6.1.30 Table 253). The Lease Time is "the lease time Interval
 * or Date Time for the ticket": at most one of {@code leaseSeconds} and {@code leaseUntil} is set.
 *
 * @param leaseSeconds the Lease Time as an Interval, or {@code null}
 * @param leaseUntil the Lease Time as a Date Time, or {@code null}
 * @param requestCount the number of requests that may be made with the ticket, or {@code null}
 * @param usageLimits the Usage Limits structure as sent, or {@code null}
 */
public record LoginRequestPayload(
    Long leaseSeconds,
    Instant leaseUntil,
    Integer requestCount,
    TtlvItem usageLimits) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.LOGIN;
  }

  /** Reads the payload; an unknown field is {@code Invalid Field}. */
  public static LoginRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Login Request Payload");
    TtlvItem lease = r.optionalAny(Tag.LEASE_TIME);
    Integer requestCount = r.optionalInt(Tag.REQUEST_COUNT);
    TtlvItem usageLimits = r.optionalAny(Tag.USAGE_LIMITS);
    r.end();
    return new LoginRequestPayload(leaseSeconds(lease, "Login Request Payload"), leaseUntil(lease),
        requestCount, usageLimits);
  }

  /** The seconds of an Interval Lease Time; {@code Invalid Message} for a type other than Interval or Date Time. */
  static Long leaseSeconds(TtlvItem lease, String where) {
    if (lease == null || lease instanceof TtlvItem.DateTime) {
      return null;
    }
    if (lease instanceof TtlvItem.Interval i) {
      return i.seconds();
    }
    throw new KmipException(dev.clavis.codec.spec.ResultReason.INVALID_MESSAGE,
        where + ": Lease Time has type " + lease.type() + " (expected: Interval or Date-Time)");
  }

  static Instant leaseUntil(TtlvItem lease) {
    return lease instanceof TtlvItem.DateTime d ? d.instant() : null;
  }

  static TtlvItem lease(Long seconds, Instant until) {
    if (seconds != null) {
      return TtlvItem.interval(Tag.LEASE_TIME, seconds);
    }
    return until == null ? null : TtlvItem.dateTime(Tag.LEASE_TIME, until);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .item(lease(leaseSeconds, leaseUntil))
        .integer(Tag.REQUEST_COUNT, requestCount)
        .item(usageLimits)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
