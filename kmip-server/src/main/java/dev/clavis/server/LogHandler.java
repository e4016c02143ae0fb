package dev.clavis.server;

import dev.clavis.codec.LogRequestPayload;
import dev.clavis.codec.LogResponsePayload;
import dev.clavis.codec.ResponsePayload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log (KMIP 2.1 §6.1.29): writes the client's Log Message to the server log, with the client's
 * identity; the response payload is empty. The audit trail records the operation itself (who,
 * when, outcome) like any other. The message is the client's own text: it is logged on one line,
 * control characters replaced and cut at {@link #MAX_LOGGED_CHARS}, so a client cannot forge log
 * lines or flood the log. Nothing of the server's state (keys, secrets) is added to it.
 */
final class LogHandler implements OperationHandler<LogRequestPayload> {

  /** The longest message part written to the log; the rest is replaced by a length note. */
  static final int MAX_LOGGED_CHARS = 1024;

  private static final Logger log = LoggerFactory.getLogger(LogHandler.class);

  @Override
  public Class<LogRequestPayload> requestType() {
    return LogRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(LogRequestPayload request, RequestContext ctx) {
    log.info("client log message from {}: {}", ctx.owner(), printable(request.logMessage(), MAX_LOGGED_CHARS));
    return new LogResponsePayload();
  }

  /** {@code text} on one line: control characters as {@code \\uXXXX}, cut at {@code max} characters. */
  static String printable(String text, int max) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), max) + 32);
    int n = Math.min(text.length(), max);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (text.length() > max) {
      b.append("… (").append(text.length()).append(" characters)");
    }
    return b.toString();
  }
}
