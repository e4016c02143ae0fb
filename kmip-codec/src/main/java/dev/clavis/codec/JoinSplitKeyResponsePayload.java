package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Join Split Key Response Payload (KMIP 1.4 §4.39 Table 250, KMIP 2.1 §6.1.27 Table 245).
 *
 * @param attributes Template-Attribute of attributes the server set implicitly (1.x); rendered before KMIP 2.0 only; {@code null} when absent
 */
public record JoinSplitKeyResponsePayload(
    String uniqueIdentifier,
    Attributes attributes) implements ResponsePayload {

  public JoinSplitKeyResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.JOIN_SPLIT_KEY;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static JoinSplitKeyResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Join Split Key Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    Attributes attributes = Attributes.read(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES);
    r.end();
    return new JoinSplitKeyResponsePayload(uniqueIdentifier, attributes);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .item(!FieldWriter.at(v, 2, 0) ? attributes == null ? null : PayloadFields.attributes(attributes, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, v) : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
