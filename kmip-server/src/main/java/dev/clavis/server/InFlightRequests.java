package dev.clavis.server;

import java.time.Duration;

/**
 * Counts the requests received and not yet answered (or dropped), server-wide, so that shutdown
 * can wait for them within its grace period.
 */
final class InFlightRequests {
  private int count;

  synchronized void begin() {
    count++;
  }

  synchronized void end() {
    if (--count == 0) {
      notifyAll();
    }
  }

  synchronized int count() {
    return count;
  }

  /** Waits until none is in flight or the time is up; true when none is left. */
  synchronized boolean awaitNone(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      long millis = Math.max(1, left / 1_000_000);
      wait(millis);
    }
    return true;
  }
}
