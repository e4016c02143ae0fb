package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Tag;
import java.time.Duration;
import java.util.Objects;

/**
 * The server's lease policy (KMIP 1.4 §3.20 and §4.17, KMIP 2.1 §4.30 and §6.1.32): the maximum
 * lease time it serves ({@code policy.lease-time}, default one hour).
 *
 * <p>"A server SHALL store in this attribute the maximum Lease Time it is able to serve": the
 * Lease Time attribute is set by the server on every cryptographic object when it is created or
 * registered (Table 100: Create, Create Key Pair, Register, Derive Key, Certify, Re-certify, Re-key,
 * Re-key Key Pair) and clients may not set or change it ({@link AttributeRules}). A lease time of
 * zero means no lease interval is in effect: the client may use the object without a lease limit
 * (KMIP 1.4 §4.17).
 *
 * @param maxLeaseTime the maximum lease the server grants, whole seconds from 0 to 2<sup>32</sup>−1
 *     (the range of a KMIP Interval)
 */
public record LeasePolicy(Duration maxLeaseTime) {

  /** One hour: the lease the OASIS reference server serves, and a safe default for clients' caches. */
  public static final Duration DEFAULT_LEASE_TIME = Duration.ofHours(1);

  /** The default policy. */
  public static final LeasePolicy DEFAULT = new LeasePolicy(DEFAULT_LEASE_TIME);

  private static final long MAX_INTERVAL_SECONDS = 0xFFFF_FFFFL;

  public LeasePolicy {
    Objects.requireNonNull(maxLeaseTime, "maxLeaseTime");
    if (maxLeaseTime.isNegative() || maxLeaseTime.getNano() != 0
        || maxLeaseTime.getSeconds() > MAX_INTERVAL_SECONDS) {
      throw new IllegalArgumentException("lease time: " + maxLeaseTime
          + " (expected: whole seconds from 0 to " + MAX_INTERVAL_SECONDS + ", 0 = no lease limit)");
    }
  }

  /** The maximum lease, in seconds. */
  long seconds() {
    return maxLeaseTime.getSeconds();
  }

  /**
   * Whether objects of {@code type} carry a Lease Time: every cryptographic object, not a Template
   * (KMIP 1.4 Table 100 and Appendix B; Templates are gone from KMIP 2.0).
   */
  static boolean appliesTo(ObjectType type) {
    return type != ObjectType.TEMPLATE;
  }

  /** The Lease Time attribute the server stores on a new object. */
  Attribute attribute() {
    return Attribute.of(TtlvItem.interval(Tag.LEASE_TIME, seconds()));
  }
}
