package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;

/**
 * Check Request Payload (KMIP 1.4 §4.10 Table 192, KMIP 2.1 §6.1.7 Table 183).
 *
 * @param uniqueIdentifier {@code null} when absent
 * @param usageLimitsCount {@code null} when absent
 * @param cryptographicUsageMask {@code null} when absent
 * @param leaseTime {@code null} when absent
 */
public record CheckRequestPayload(
    String uniqueIdentifier,
    Long usageLimitsCount,
    Integer cryptographicUsageMask,
    Long leaseTime) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.CHECK;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static CheckRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Check Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    Long usageLimitsCount = r.optionalLong(Tag.USAGE_LIMITS_COUNT);
    Integer cryptographicUsageMask = r.optionalInt(Tag.CRYPTOGRAPHIC_USAGE_MASK);
    Long leaseTime = r.optionalInterval(Tag.LEASE_TIME);
    r.end();
    return new CheckRequestPayload(uniqueIdentifier, usageLimitsCount, cryptographicUsageMask, leaseTime);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .longInteger(Tag.USAGE_LIMITS_COUNT, usageLimitsCount)
        .integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, cryptographicUsageMask)
        .interval(Tag.LEASE_TIME, leaseTime)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
