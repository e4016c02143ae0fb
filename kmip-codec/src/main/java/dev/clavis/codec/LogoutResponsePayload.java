package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;

/** Logout Response Payload (KMIP 2.1 §6.1.31 Table 257): empty. */
public record LogoutResponsePayload() implements ResponsePayload {

  @Override
  public Operation operation() {
    return Operation.LOGOUT;
  }

  /** Reads the payload; any field is {@code Invalid Field}. */
  public static LogoutResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Logout Response Payload");
    r.end();
    return new LogoutResponsePayload();
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter().build(Tag.RESPONSE_PAYLOAD);
  }
}
