package dev.clavis.codec;

import dev.clavis.codec.spec.ResultReason;
import java.util.Objects;

/**
 * The one exception that carries a KMIP Result Reason (KMIP 1.4 §11, KMIP 2.1 §11 "Error
 * Handling"). Thrown by the typed-message decoders (for example {@code Invalid Message} for a
 * malformed header, {@code Invalid Field} for an unexpected field, {@code Operation Not
 * Supported} for an unknown operation) and by the server's handlers; the server turns it into a
 * batch item with Result Status {@code Operation Failed}, this reason and this message.
 *
 * <p>Messages follow {@code "<what>: <actual> (expected: <constraint>)"} and never contain value
 * bytes (they could be key material).
 */
public final class KmipException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ResultReason reason;

  public KmipException(ResultReason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public KmipException(ResultReason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The Result Reason to report for this failure. */
  public ResultReason reason() {
    return reason;
  }
}
