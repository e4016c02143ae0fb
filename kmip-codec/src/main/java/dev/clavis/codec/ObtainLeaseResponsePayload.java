package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;
import java.util.Objects;

/**
 * Obtain Lease Response Payload (KMIP 1.4 §4.17 Table 207, KMIP 2.1 §6.1.35 Table 269).
 *
 * @param leaseTime the lease granted, in seconds (0: no lease limit)
 * @param lastChangeDate the object's Last Change Date
 */
public record ObtainLeaseResponsePayload(
    String uniqueIdentifier,
    long leaseTime,
    Instant lastChangeDate) implements ResponsePayload {

  public ObtainLeaseResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    Objects.requireNonNull(lastChangeDate, "lastChangeDate");
  }

  @Override
  public Operation operation() {
    return Operation.OBTAIN_LEASE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static ObtainLeaseResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Obtain Lease Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    Long leaseTime = r.optionalInterval(Tag.LEASE_TIME);
    Instant lastChangeDate = r.optionalDateTime(Tag.LAST_CHANGE_DATE);
    if (leaseTime == null) {
      throw r.missing(Tag.LEASE_TIME);
    }
    if (lastChangeDate == null) {
      throw r.missing(Tag.LAST_CHANGE_DATE);
    }
    r.end();
    return new ObtainLeaseResponsePayload(uniqueIdentifier, leaseTime, lastChangeDate);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .interval(Tag.LEASE_TIME, leaseTime)
        .dateTime(Tag.LAST_CHANGE_DATE, lastChangeDate)
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
