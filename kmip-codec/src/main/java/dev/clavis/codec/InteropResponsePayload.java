package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;

/** Interop Response Payload (KMIP 2.1 §6.1.26 Table 242): empty. */
public record InteropResponsePayload() implements ResponsePayload {

  @Override
  public Operation operation() {
    return Operation.INTEROP;
  }

  /** Reads the payload; any field is {@code Invalid Field}. */
  public static InteropResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Interop Response Payload");
    r.end();
    return new InteropResponsePayload();
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter().build(Tag.RESPONSE_PAYLOAD);
  }
}
