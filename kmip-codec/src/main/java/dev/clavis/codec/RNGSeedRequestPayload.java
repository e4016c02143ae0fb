package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * RNG Seed Request Payload (KMIP 1.4 §4.36 Table 243, KMIP 2.1 §6.1.50 Table 319).
 */
public record RNGSeedRequestPayload(
    byte[] data) implements RequestPayload {

  public RNGSeedRequestPayload {
    Objects.requireNonNull(data, "data");
  }

  @Override
  public Operation operation() {
    return Operation.RNG_SEED;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static RNGSeedRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "RNG Seed Request Payload");
    byte[] data = r.bytes(Tag.DATA);
    r.end();
    return new RNGSeedRequestPayload(data);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .bytes(Tag.DATA, data)
        .build(Tag.REQUEST_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RNGSeedRequestPayload o && Arrays.equals(o.data, data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(data));
  }

  /** Prints byte fields as lengths only (they may hold key material or plaintext). */
  @Override
  public String toString() {
    return "RNGSeedRequestPayload[data=" + PayloadFields.describe(data) + "]";
  }
}
