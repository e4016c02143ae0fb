package dev.clavis.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The per-identity request rate limit ({@code limits.max-requests-per-second-per-identity}, DESIGN
 * §6): one token bucket per client identity, holding at most one second's worth of tokens and
 * refilled continuously at {@code ratePerSecond}. Each request message takes one token; a message
 * that finds the bucket empty is refused (its items fail) rather than queued, so a client over its
 * rate learns it at once and other identities are not slowed.
 *
 * <p>Buckets that are full again are dropped once the map grows past {@link #MAX_IDLE_BUCKETS}, so
 * the memory held is bounded by the identities active in the last second.
 */
final class RequestRateLimiter {

  static final int MAX_IDLE_BUCKETS = 10_000;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final int ratePerSecond;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  RequestRateLimiter(int ratePerSecond) {
    this(ratePerSecond, System::nanoTime);
  }

  RequestRateLimiter(int ratePerSecond, LongSupplier nanoTime) {
    if (ratePerSecond < 1) {
      throw new IllegalArgumentException("ratePerSecond: " + ratePerSecond + " (expected: >= 1)");
    }
    this.ratePerSecond = ratePerSecond;
    this.nanoTime = nanoTime;
  }

  int ratePerSecond() {
    return ratePerSecond;
  }

  /** Takes one token for {@code identity}; false when its bucket is empty. */
  boolean tryAcquire(String identity) {
    long now = nanoTime.getAsLong();
    if (buckets.size() > MAX_IDLE_BUCKETS) {
      buckets.values().removeIf(b -> b.full(now));
    }
    return buckets.computeIfAbsent(identity, k -> new Bucket(now)).take(now);
  }

  /** Tokens are counted in nanoseconds' worth: one token = {@code 1 s / rate}. */
  private final class Bucket {
    private long tokensNanos;
    private long last;

    Bucket(long now) {
      this.tokensNanos = NANOS_PER_SECOND;
      this.last = now;
    }

    synchronized boolean take(long now) {
      refill(now);
      long cost = NANOS_PER_SECOND / ratePerSecond;
      if (tokensNanos < cost) {
        return false;
      }
      tokensNanos -= cost;
      return true;
    }

    synchronized boolean full(long now) {
      refill(now);
      return tokensNanos >= NANOS_PER_SECOND;
    }

    private void refill(long now) {
      long elapsed = Math.max(0, now - last);
      last = now;
      tokensNanos = Math.min(NANOS_PER_SECOND, tokensNanos + elapsed);
    }
  }
}
