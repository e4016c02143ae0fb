package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket per identity, on a hand-driven clock. */
class RequestRateLimiterTest {

  final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  final RequestRateLimiter limiter = new RequestRateLimiter(4, nanos::get);

  @Test
  void aBurstOfOneSecondsWorthThenRefusedUntilRefilled() {
    for (int i = 0; i < 4; i++) {
      assertThat(limiter.tryAcquire("CN=a")).as("request %d", i).isTrue();
    }
    assertThat(limiter.tryAcquire("CN=a")).isFalse();
    nanos.addAndGet(250_000_000L); // a quarter second: one token
    assertThat(limiter.tryAcquire("CN=a")).isTrue();
    assertThat(limiter.tryAcquire("CN=a")).isFalse();
  }

  @Test
  void identitiesHaveTheirOwnBuckets() {
    for (int i = 0; i < 4; i++) {
      limiter.tryAcquire("CN=a");
    }
    assertThat(limiter.tryAcquire("CN=a")).isFalse();
    assertThat(limiter.tryAcquire("CN=b")).isTrue();
  }

  @Test
  void aLongPauseRefillsOnlyToOneSecondsWorth() {
    nanos.addAndGet(3_600_000_000_000L);
    int granted = 0;
    for (int i = 0; i < 10; i++) {
      granted += limiter.tryAcquire("CN=a") ? 1 : 0;
    }
    assertThat(granted).isEqualTo(4);
  }

  @Test
  void rateBelowOneIsRefused() {
    assertThatThrownBy(() -> new RequestRateLimiter(0)).hasMessage("ratePerSecond: 0 (expected: >= 1)");
  }
}
