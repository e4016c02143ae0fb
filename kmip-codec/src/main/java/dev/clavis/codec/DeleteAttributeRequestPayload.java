package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;

/**
 * Delete Attribute Request Payload (KMIP 1.4 §4.16 Table 201, KMIP 2.1 §6.1.13 Table 221). In 1.x
 * an Attribute Name and optional Attribute Index; in 2.x a {@code Current Attribute} (the
 * instance, by value) or an {@code Attribute Reference} (every instance).
 *
 * @param uniqueIdentifier {@code null} to use the ID Placeholder
 * @param attributeReference the attribute to delete by name/tag, or {@code null} when {@code
 *     currentAttribute} is given
 * @param attributeIndex the 1.x Attribute Index, or {@code null}
 * @param currentAttribute the 2.x instance to delete, or {@code null}
 */
public record DeleteAttributeRequestPayload(
    String uniqueIdentifier, AttributeReference attributeReference, Integer attributeIndex, Attribute currentAttribute)
    implements RequestPayload {

  public DeleteAttributeRequestPayload {
    if (attributeReference == null && currentAttribute == null) {
      throw new KmipException(
          ResultReason.INVALID_MESSAGE,
          "Delete Attribute Request Payload: no attribute (expected: Attribute Name, Current Attribute or Attribute Reference)");
    }
  }

  @Override
  public Operation operation() {
    return Operation.DELETE_ATTRIBUTE;
  }

  public static DeleteAttributeRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Delete Attribute Request Payload");
    String uid = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    String name = r.optionalText(Tag.ATTRIBUTE_NAME);
    Integer index = r.optionalInt(Tag.ATTRIBUTE_INDEX);
    TtlvItem current = r.optionalAny(Tag.CURRENT_ATTRIBUTE);
    TtlvItem ref = r.optionalAny(Tag.ATTRIBUTE_REFERENCE);
    r.end();
    AttributeReference reference = name != null
        ? AttributeReference.ofName(name)
        : ref != null ? AttributeReference.fromV2(ref) : null;
    return new DeleteAttributeRequestPayload(
        uid, reference, index, current == null ? null : PayloadFields.single(current, Tag.CURRENT_ATTRIBUTE));
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    FieldWriter w = new FieldWriter().text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier);
    if (FieldWriter.at(v, 2, 0)) {
      w.item(PayloadFields.holder(currentAttribute, Tag.CURRENT_ATTRIBUTE, v));
      w.item(currentAttribute == null ? attributeReference.toV2() : null);
    } else {
      String name = attributeReference != null ? attributeReference.name() : currentAttribute.name();
      Integer index = attributeIndex != null ? attributeIndex : currentAttribute == null ? null : currentAttribute.index();
      w.text(Tag.ATTRIBUTE_NAME, name).integer(Tag.ATTRIBUTE_INDEX, index);
    }
    return w.build(Tag.REQUEST_PAYLOAD);
  }
}
