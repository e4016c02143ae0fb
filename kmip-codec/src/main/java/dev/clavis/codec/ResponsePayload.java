package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;

/** A typed Response Payload (one record per operation, {@code <Operation>ResponsePayload}). */
public interface ResponsePayload {
  Operation operation();

  /** The Response Payload structure, shaped for protocol version {@code v}. */
  TtlvItem.Structure toTtlv(KmipVersion v);
}
