package dev.clavis.server;

/** An audit record could not be stored, or an audit log could not be opened or read. */
public final class AuditException extends RuntimeException {

  public AuditException(String message) {
    super(message);
  }

  public AuditException(String message, Throwable cause) {
    super(message, cause);
  }
}
