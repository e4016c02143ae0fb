package dev.clavis.client;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The figures of one {@code clavis bench} run: operations completed inside the measured window
 * (warm-up excluded), failures, throughput and latency percentiles in milliseconds.
 *
 * @param mode the bench mode, e.g. {@code get}
 * @param conns connections (one per worker thread)
 * @param ops operations that succeeded in the measured window
 * @param errors operations that failed in the measured window
 * @param seconds length of the measured window
 * @param p50Ms median latency of the successful operations
 * @param p90Ms 90th percentile
 * @param p99Ms 99th percentile
 * @param maxMs slowest operation
 */
record BenchResult(String mode, int conns, long ops, long errors, double seconds,
    double p50Ms, double p90Ms, double p99Ms, double maxMs) {

  /** Highest latency the histogram tracks: 10 minutes, in microseconds (longer values are clamped). */
  static final long HIGHEST_MICROS = 600_000_000L;

  /** A histogram for operation latencies in microseconds, 3 significant digits (0.1 % resolution). */
  static Histogram histogram() {
    return new Histogram(1, HIGHEST_MICROS, 3);
  }

  /** Records one latency, in nanoseconds, into a {@link #histogram()}. */
  static void record(Histogram h, long nanos) {
    h.recordValue(Math.max(1, Math.min(HIGHEST_MICROS, nanos / 1_000)));
  }

  /** The result for a measured window of {@code seconds} and the latencies (µs) of its successful operations. */
  static BenchResult of(String mode, int conns, long errors, double seconds, Histogram latenciesMicros) {
    long ops = latenciesMicros.getTotalCount();
    return new BenchResult(mode, conns, ops, errors, seconds,
        millis(ops == 0 ? 0 : latenciesMicros.getValueAtPercentile(50)),
        millis(ops == 0 ? 0 : latenciesMicros.getValueAtPercentile(90)),
        millis(ops == 0 ? 0 : latenciesMicros.getValueAtPercentile(99)),
        millis(ops == 0 ? 0 : latenciesMicros.getMaxValue()));
  }

  private static double millis(long micros) {
    return micros / 1_000.0;
  }

  /** Successful operations per second of the measured window. */
  double opsPerSec() {
    return seconds <= 0 ? 0 : ops / seconds;
  }

  /**
   * One JSON line: {@code {"mode":…,"conns":…,"ops":…,"errors":…,"ops_per_sec":…,"p50_ms":…,
   * "p90_ms":…,"p99_ms":…,"max_ms":…}} (no spaces, no newline).
   */
  String json() {
    return String.format(Locale.ROOT,
        "{\"mode\":\"%s\",\"conns\":%d,\"ops\":%d,\"errors\":%d,\"ops_per_sec\":%.1f,"
            + "\"p50_ms\":%.3f,\"p90_ms\":%.3f,\"p99_ms\":%.3f,\"max_ms\":%.3f}",
        mode, conns, ops, errors, opsPerSec(), p50Ms, p90Ms, p99Ms, maxMs);
  }

  /** The same figures as a few lines of text. */
  String text() {
    return String.format(Locale.ROOT,
        "mode         %s%nconnections  %d%nduration     %.1f s (warm-up excluded)%nops          %,d%nerrors       %,d%n"
            + "ops/s        %,.1f%nlatency ms   p50 %.3f  p90 %.3f  p99 %.3f  max %.3f%n",
        mode, conns, seconds, ops, errors, opsPerSec(), p50Ms, p90Ms, p99Ms, maxMs);
  }
}
