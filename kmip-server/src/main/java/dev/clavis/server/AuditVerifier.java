package dev.clavis.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Checks an audit file's hash chain (see {@link AuditEntry}): every line parses and matches its
 * own hash, sequence numbers run 1, 2, 3 … without a gap, and every {@code prev} is the hash of
 * the line before ({@link AuditEntry#GENESIS} for the first). An edited, deleted, inserted or
 * reordered entry breaks one of these at or after it; the first broken line is reported.
 *
 * <p>Removing entries from the <em>end</em> leaves a whole chain: compare the last sequence
 * number and hash ({@link Result#lastSeq()}, {@link Result#lastHash()}) with a copy kept
 * elsewhere (the audit table, or a value noted by monitoring) to detect it.
 */
public final class AuditVerifier {

  private AuditVerifier() {}

  /**
   * The outcome of a verification.
   *
   * @param records the number of valid entries before the first broken one (all of them when whole)
   * @param first the time of the first entry, or {@code null} when there is none
   * @param last the time of the last valid entry, or {@code null}
   * @param lastSeq the sequence number of the last valid entry (0 when none)
   * @param lastHash the hash of the last valid entry ({@link AuditEntry#GENESIS} when none)
   * @param broken the first broken line, or {@code null} when the chain is whole
   */
  public record Result(long records, Instant first, Instant last, long lastSeq, String lastHash, Broken broken) {
    public boolean whole() {
      return broken == null;
    }
  }

  /**
   * The first line that breaks the chain.
   *
   * @param line the 1-based line number in the file
   * @param seq the sequence number the line claims, or {@code null} when it does not parse
   * @param problem what is wrong
   * @param detail a sentence for people
   */
  public record Broken(long line, Long seq, AuditEntry.Problem problem, String detail) {
    @Override
    public String toString() {
      return "line " + line + (seq == null ? "" : " (seq " + seq + ")") + ": " + problem + ": " + detail;
    }
  }

  /**
   * Verifies one node's chain in the audit table ({@code audit_log}): each row's {@code line} as
   * a file line (own hash, sequence, {@code prev}), and every column against that line — an edited
   * column is {@link AuditEntry.Problem#COLUMN_MISMATCH}, since the line is what the hashes cover.
   * {@link Broken#line()} is then the row's position in sequence order (1-based).
   */
  public static Result verifyTable(dev.clavis.storage.ObjectStore store, String node) {
    long position = 0;
    long expectedSeq = 1;
    String prev = AuditEntry.GENESIS;
    Instant first = null;
    Instant last = null;
    long after = 0;
    final int page = 1_000;
    while (true) {
      java.util.List<dev.clavis.storage.AuditRow> rows = store.auditRows(node, after, page);
      for (dev.clavis.storage.AuditRow row : rows) {
        position++;
        AuditEntry e;
        try {
          e = AuditEntry.parse(row.line());
        } catch (AuditEntry.Malformed m) {
          return new Result(expectedSeq - 1, first, last, expectedSeq - 1, prev,
              new Broken(position, row.seq(), m.problem(), "line: " + m.getMessage()));
        }
        String column = columnMismatch(row, e);
        if (column != null) {
          return new Result(expectedSeq - 1, first, last, expectedSeq - 1, prev,
              new Broken(position, row.seq(), AuditEntry.Problem.COLUMN_MISMATCH, column));
        }
        if (e.seq() != expectedSeq) {
          String why = e.seq() > expectedSeq ? "rows missing before it" : "a row repeated or inserted";
          return new Result(expectedSeq - 1, first, last, expectedSeq - 1, prev, new Broken(position, e.seq(),
              AuditEntry.Problem.SEQ_GAP, "seq " + e.seq() + " (expected: " + expectedSeq + "): " + why));
        }
        if (!e.prev().equals(prev)) {
          return new Result(expectedSeq - 1, first, last, expectedSeq - 1, prev, new Broken(position, e.seq(),
              AuditEntry.Problem.PREV_MISMATCH, "prev " + AuditEntry.abbreviate(e.prev()) + " (expected: "
              + AuditEntry.abbreviate(prev) + ", the hash of the row before: a row before it was changed or replaced)"));
        }
        if (first == null) {
          first = e.record().time();
        }
        last = e.record().time();
        prev = e.hash();
        expectedSeq++;
        after = row.seq();
      }
      if (rows.size() < page) {
        return new Result(expectedSeq - 1, first, last, expectedSeq - 1, prev, null);
      }
    }
  }

  /** The first column of {@code row} that says something else than its line, or {@code null}. */
  private static String columnMismatch(dev.clavis.storage.AuditRow row, AuditEntry e) {
    AuditRecord r = e.record();
    String ids;
    try {
      ids = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(r.objectIds());
    } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
      ids = null;
    }
    Object[][] columns = {
        {"seq", row.seq(), e.seq()},
        // the column keeps microseconds; the database rounds the nanoseconds (H2, PostgreSQL)
        {"recorded_at", row.recordedAt(), storedTime(r.time(), row.recordedAt())},
        {"request_id", row.requestId(), r.requestId()},
        {"identity", row.identity(), r.identity()},
        {"peer", row.peer(), r.peer()},
        {"operation", row.operation(), r.operation()},
        {"object_ids", row.objectIds(), ids},
        {"result_status", row.resultStatus(), r.resultStatus()},
        {"result_reason", row.resultReason(), r.resultReason()},
        {"prev_hash", row.prevHash(), e.prev()},
        {"hash", row.hash(), e.hash()},
    };
    for (Object[] c : columns) {
      if (!java.util.Objects.equals(c[1], c[2])) {
        return "column " + c[0] + " is " + quote(c[1]) + " but the row's line says " + quote(c[2])
            + " (expected: equal; the column was changed after it was written)";
      }
    }
    return null;
  }

  /**
   * The line's time as a microsecond column holds it: truncated, or rounded half up (the
   * database's rounding of the nanoseconds), whichever {@code column} is; else the truncated one.
   */
  static java.time.Instant storedTime(java.time.Instant line, Object column) {
    java.time.Instant truncated = line.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    java.time.Instant rounded = line.plusNanos(500).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    return rounded.equals(column) ? rounded : truncated;
  }

  private static String quote(Object v) {
    if (v == null) {
      return "null";
    }
    String s = v.toString();
    return "'" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "'";
  }

  /** Verifies the file. */
  public static Result verify(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return verify(in);
    }
  }

  /** Verifies a stream of audit lines. */
  public static Result verify(InputStream in) throws IOException {
    long lineNo = 0;
    long expectedSeq = 1;
    String prev = AuditEntry.GENESIS;
    Instant first = null;
    Instant last = null;
    ByteArrayOutputStream buf = new ByteArrayOutputStream(512);
    while (true) {
      buf.reset();
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        buf.write(b);
      }
      boolean terminated = b == '\n';
      if (!terminated && buf.size() == 0) {
        break; // end of file
      }
      lineNo++;
      String line = buf.toString(StandardCharsets.UTF_8);
      AuditEntry e;
      try {
        e = AuditEntry.parse(line);
      } catch (AuditEntry.Malformed m) {
        boolean torn = !terminated && m.problem() == AuditEntry.Problem.UNPARSABLE;
        Broken broken = torn
            ? new Broken(lineNo, null, AuditEntry.Problem.TORN_LAST_LINE,
                "the last line has no line end and is incomplete (" + line.length() + " characters): a write interrupted"
                + " by a crash, not an edit of a whole entry; the entries before it are intact")
            : new Broken(lineNo, null, m.problem(), m.getMessage());
        return new Result(expectedSeq - 1, first, last, expectedSeq - 1, prev, broken);
      }
      if (e.seq() != expectedSeq) {
        String why = e.seq() > expectedSeq ? "entries missing before it" : "an entry repeated, inserted or moved";
        return new Result(expectedSeq - 1, first, last, expectedSeq - 1, prev, new Broken(lineNo, e.seq(),
            AuditEntry.Problem.SEQ_GAP, "seq " + e.seq() + " (expected: " + expectedSeq + "): " + why));
      }
      if (!e.prev().equals(prev)) {
        return new Result(expectedSeq - 1, first, last, expectedSeq - 1, prev, new Broken(lineNo, e.seq(),
            AuditEntry.Problem.PREV_MISMATCH, "prev " + AuditEntry.abbreviate(e.prev()) + " (expected: "
            + AuditEntry.abbreviate(prev) + ", the hash of the entry before: an entry before it was changed or replaced)"));
      }
      if (first == null) {
        first = e.record().time();
      }
      last = e.record().time();
      prev = e.hash();
      expectedSeq++;
      if (!terminated) {
        break; // a whole last entry without its line end: still valid
      }
    }
    return new Result(expectedSeq - 1, first, last, expectedSeq - 1, prev, null);
  }
}
