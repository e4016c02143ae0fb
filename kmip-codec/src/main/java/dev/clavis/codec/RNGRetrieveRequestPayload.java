package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * RNG Retrieve Request Payload (KMIP 1.4 §4.35 Table 241, KMIP 2.1 §6.1.49 Table 316).
 */
public record RNGRetrieveRequestPayload(
    Integer dataLength) implements RequestPayload {

  public RNGRetrieveRequestPayload {
    Objects.requireNonNull(dataLength, "dataLength");
  }

  @Override
  public Operation operation() {
    return Operation.RNG_RETRIEVE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static RNGRetrieveRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "RNG Retrieve Request Payload");
    Integer dataLength = r.integer(Tag.DATA_LENGTH);
    r.end();
    return new RNGRetrieveRequestPayload(dataLength);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .integer(Tag.DATA_LENGTH, dataLength)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
