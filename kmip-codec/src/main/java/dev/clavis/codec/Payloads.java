package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;

/** Typed payloads by operation (KMIP 1.4 §4, KMIP 2.1 §6.1). */
public final class Payloads {
  private Payloads() {}

  public static RequestPayload request(Operation op, TtlvItem.Structure payload, KmipVersion v) {
    throw unsupported(op);
  }

  public static ResponsePayload response(Operation op, TtlvItem.Structure payload, KmipVersion v) {
    throw unsupported(op);
  }

  static KmipException unsupported(Operation op) {
    return new KmipException(ResultReason.OPERATION_NOT_SUPPORTED, "Operation: " + op + " (expected: a supported operation)");
  }
}
