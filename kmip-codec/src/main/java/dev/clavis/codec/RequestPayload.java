package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;

/** A typed Request Payload (one record per operation, {@code <Operation>RequestPayload}). */
public interface RequestPayload {
  Operation operation();

  /** The Request Payload structure, shaped for protocol version {@code v}. */
  TtlvItem.Structure toTtlv(KmipVersion v);
}
