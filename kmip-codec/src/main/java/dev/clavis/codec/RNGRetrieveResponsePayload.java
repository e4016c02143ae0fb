package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * RNG Retrieve Response Payload (KMIP 1.4 §4.35 Table 242, KMIP 2.1 §6.1.49 Table 317).
 */
public record RNGRetrieveResponsePayload(
    byte[] data) implements ResponsePayload {

  public RNGRetrieveResponsePayload {
    Objects.requireNonNull(data, "data");
  }

  @Override
  public Operation operation() {
    return Operation.RNG_RETRIEVE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static RNGRetrieveResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "RNG Retrieve Response Payload");
    byte[] data = r.bytes(Tag.DATA);
    r.end();
    return new RNGRetrieveResponsePayload(data);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .bytes(Tag.DATA, data)
        .build(Tag.RESPONSE_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RNGRetrieveResponsePayload o && Arrays.equals(o.data, data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(data));
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "RNGRetrieveResponsePayload[data=" + PayloadFields.describe(data) + "]";
  }
}
