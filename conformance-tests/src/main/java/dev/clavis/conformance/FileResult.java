package dev.clavis.conformance;

import dev.clavis.conformance.Tolerances.Rule;
import java.util.Set;

/**
 * The outcome of one test-case file.
 *
 * @param status pass, fail or skip
 * @param detail for a failure the first difference (with the exchange it happened in), for a
 *     skip its reason, for a pass a summary
 * @param pairs the file's request/response exchanges
 * @param passedPairs how many matched before the first difference
 * @param tolerances the tolerances the comparison needed
 */
public record FileResult(Status status, String detail, int pairs, int passedPairs, Set<Rule> tolerances) {

  /** The three outcomes; only {@link #PASS} counts as passed. */
  public enum Status {
    PASS, FAIL, SKIP;

    /** Lower case, as in the report. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public FileResult {
    tolerances = Set.copyOf(tolerances);
  }

  static FileResult skip(String reason, int pairs) {
    return new FileResult(Status.SKIP, reason, pairs, 0, Set.of());
  }

  static FileResult fail(String detail, int pairs, int passed, Set<Rule> tolerances) {
    return new FileResult(Status.FAIL, detail, pairs, passed, tolerances);
  }
}
