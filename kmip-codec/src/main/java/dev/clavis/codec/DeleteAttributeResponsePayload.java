package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Delete Attribute Response Payload (KMIP 1.4 §4.16 Table 202, KMIP 2.1 §6.1.13 Table 222).
 *
 * @param attribute the deleted attribute, rendered before 2.0 only; {@code null} when absent
 */
public record DeleteAttributeResponsePayload(String uniqueIdentifier, Attribute attribute) implements ResponsePayload {

  public DeleteAttributeResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.DELETE_ATTRIBUTE;
  }

  public static DeleteAttributeResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Delete Attribute Response Payload");
    DeleteAttributeResponsePayload p =
        new DeleteAttributeResponsePayload(r.text(Tag.UNIQUE_IDENTIFIER), PayloadFields.v1Attribute(r));
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
