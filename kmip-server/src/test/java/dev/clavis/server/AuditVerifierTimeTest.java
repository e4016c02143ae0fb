package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The audit table's {@code recorded_at} keeps microseconds, and the database rounds the
 * nanoseconds of the line's time (H2 and PostgreSQL round half up): both that and truncation read
 * as the line's time, nothing else does (AuditTableTest and AuditIT failed on …302Z / …303Z).
 */
class AuditVerifierTimeTest {

  @Test
  void aColumnRoundedOrTruncatedToMicrosecondsMatchesTheLineOnly() {
    Instant line = Instant.parse("2026-11-28T20:36:13.101302600Z");
    Instant truncated = Instant.parse("2026-11-28T20:36:13.101302Z");
    Instant rounded = Instant.parse("2026-11-28T20:36:13.101303Z");
    assertThat(AuditVerifier.storedTime(line, rounded)).isEqualTo(rounded);
    assertThat(AuditVerifier.storedTime(line, truncated)).isEqualTo(truncated);
    // Any other value is compared with the truncated time, so it differs.
    Instant changed = Instant.parse("2026-11-28T20:36:13.101304Z");
    assertThat(AuditVerifier.storedTime(line, changed)).isEqualTo(truncated).isNotEqualTo(changed);
    // Below half a microsecond, rounding and truncation agree.
    Instant low = Instant.parse("2026-11-28T20:36:13.101302400Z");
    assertThat(AuditVerifier.storedTime(low, rounded)).isEqualTo(truncated);
  }
}
