package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;

/** Log Response Payload (KMIP 2.1 §6.1.29 Table 251): empty. */
public record LogResponsePayload() implements ResponsePayload {

  @Override
  public Operation operation() {
    return Operation.LOG;
  }

  /** Reads the payload; any field is {@code Invalid Field}. */
  public static LogResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Log Response Payload");
    r.end();
    return new LogResponsePayload();
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter().build(Tag.RESPONSE_PAYLOAD);
  }
}
