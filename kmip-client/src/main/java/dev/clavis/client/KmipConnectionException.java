package dev.clavis.client;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The server could not be reached or the exchange with it broke: connection refused, TLS
 * handshake or certificate failure, a time-out, a closed connection, or a response frame that
 * breaks the framing rules (KMIP 1.4 §9.1). The connection it happened on is closed.
 *
 * <p>{@link #requestSent()} tells whether the request had been written when it happened: if so,
 * the server may have executed it, and the client never sends it again on its own.
 */
public final class KmipConnectionException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  private final boolean requestSent;

  public KmipConnectionException(String message, IOException cause, boolean requestSent) {
    super(message, cause);
    this.requestSent = requestSent;
  }

  /** Whether the request had been written (it may have been executed by the server). */
  public boolean requestSent() {
    return requestSent;
  }
}
