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
