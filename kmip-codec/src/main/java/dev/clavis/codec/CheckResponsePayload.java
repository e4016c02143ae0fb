package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Check Response Payload (KMIP 1.4 §4.10 Table 193, KMIP 2.1 §6.1.7 Table 184).
 *
 * @param usageLimitsCount {@code null} when absent
 * @param cryptographicUsageMask {@code null} when absent
 * @param leaseTime {@code null} when absent
 */
public record CheckResponsePayload(
    String uniqueIdentifier,
    Long usageLimitsCount,
    Integer cryptographicUsageMask,
    Long leaseTime) implements ResponsePayload {

  public CheckResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.CHECK;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static CheckResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Check Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    Long usageLimitsCount = r.optionalLong(Tag.USAGE_LIMITS_COUNT);
    Integer cryptographicUsageMask = r.optionalInt(Tag.CRYPTOGRAPHIC_USAGE_MASK);
    Long leaseTime = r.optionalInterval(Tag.LEASE_TIME);
    r.end();
    return new CheckResponsePayload(uniqueIdentifier, usageLimitsCount, cryptographicUsageMask, leaseTime);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .longInteger(Tag.USAGE_LIMITS_COUNT, usageLimitsCount)
        .integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, cryptographicUsageMask)
        .interval(Tag.LEASE_TIME, leaseTime)
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
