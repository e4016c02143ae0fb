package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Set Attribute Response Payload (KMIP 2.1 §6.1.51 Table 323).
 */
public record SetAttributeResponsePayload(
    String uniqueIdentifier) implements ResponsePayload {

  public SetAttributeResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.SET_ATTRIBUTE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static SetAttributeResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Set Attribute Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    r.end();
    return new SetAttributeResponsePayload(uniqueIdentifier);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
