package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * RNG Seed Response Payload (KMIP 1.4 §4.36 Table 244, KMIP 2.1 §6.1.50 Table 320).
 */
public record RNGSeedResponsePayload(
    Integer dataLength) implements ResponsePayload {

  public RNGSeedResponsePayload {
    Objects.requireNonNull(dataLength, "dataLength");
  }

  @Override
  public Operation operation() {
    return Operation.RNG_SEED;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static RNGSeedResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "RNG Seed Response Payload");
    Integer dataLength = r.integer(Tag.DATA_LENGTH);
    r.end();
    return new RNGSeedResponsePayload(dataLength);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .integer(Tag.DATA_LENGTH, dataLength)
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
