package dev.clavis.codec;

/**
 * The one exception of the codec: malformed, over-limit or unencodable input.
 *
 * <p>Messages have one shape, {@code "<what>: <actual> (expected: <constraint>)"}, followed by
 * the byte offset where the problem was found when there is one. Messages never contain value
 * bytes of the input (they could be key material).
 */
public final class TtlvException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Marks an exception that has no meaningful byte offset (XML, JSON, model errors). */
  public static final long NO_OFFSET = -1;

  private final long offset;
  private final String reason;

  public TtlvException(String reason, long offset) {
    super(offset >= 0 ? reason + " at offset " + offset : reason);
    this.reason = reason;
    this.offset = offset;
  }

  public TtlvException(String reason) {
    this(reason, NO_OFFSET);
  }

  public TtlvException(String reason, Throwable cause) {
    super(reason, cause);
    this.reason = reason;
    this.offset = NO_OFFSET;
  }

  /** The byte offset of the offending item in the input, or {@link #NO_OFFSET}. */
  public long offset() {
    return offset;
  }

  /** The message without the offset suffix. */
  public String reason() {
    return reason;
  }
}
