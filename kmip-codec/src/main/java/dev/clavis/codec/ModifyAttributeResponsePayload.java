package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Modify Attribute Response Payload (KMIP 1.4 §4.15 Table 200, KMIP 2.1 §6.1.34 Table 260).
 *
 * @param attribute the modified attribute, rendered before 2.0 only; {@code null} when absent
 */
public record ModifyAttributeResponsePayload(String uniqueIdentifier, Attribute attribute) implements ResponsePayload {

  public ModifyAttributeResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.MODIFY_ATTRIBUTE;
  }

  public static ModifyAttributeResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Modify Attribute Response Payload");
    ModifyAttributeResponsePayload p =
        new ModifyAttributeResponsePayload(r.text(Tag.UNIQUE_IDENTIFIER), PayloadFields.v1Attribute(r));
    r.end();
    return p;
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .item(!FieldWriter.at(v, 2, 0) && attribute != null ? attribute.toV1() : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
