package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Log Request Payload (KMIP 2.1 §6.1.29 Table 250): a message for the server log.
 *
 * @param logMessage the text to log
 */
public record LogRequestPayload(String logMessage) implements RequestPayload {

  public LogRequestPayload {
    Objects.requireNonNull(logMessage, "logMessage");
  }

  @Override
  public Operation operation() {
    return Operation.LOG;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static LogRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Log Request Payload");
    String logMessage = r.text(Tag.LOG_MESSAGE);
    r.end();
    return new LogRequestPayload(logMessage);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.LOG_MESSAGE, logMessage)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
