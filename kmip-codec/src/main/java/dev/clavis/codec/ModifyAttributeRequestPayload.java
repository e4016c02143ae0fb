package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Modify Attribute Request Payload (KMIP 1.4 §4.15 Table 199, KMIP 2.1 §6.1.34 Table 259).
 * In 1.x one {@code Attribute} (name, index, new value); in 2.x an optional {@code Current
 * Attribute} naming the instance to change and a {@code New Attribute}.
 *
 * @param uniqueIdentifier {@code null} to use the ID Placeholder
 * @param currentAttribute the instance to modify (2.x), or {@code null}
 * @param newAttribute the new value (its {@link Attribute#index()} selects the instance in 1.x)
 */
public record ModifyAttributeRequestPayload(String uniqueIdentifier, Attribute currentAttribute, Attribute newAttribute)
    implements RequestPayload {

  public ModifyAttributeRequestPayload {
    Objects.requireNonNull(newAttribute, "newAttribute");
  }

  @Override
  public Operation operation() {
    return Operation.MODIFY_ATTRIBUTE;
  }

  public static ModifyAttributeRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Modify Attribute Request Payload");
    String uid = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    TtlvItem current = r.optionalAny(Tag.CURRENT_ATTRIBUTE);
    Attribute newAttribute = PayloadFields.newAttribute(r, true);
    r.end();
    return new ModifyAttributeRequestPayload(
        uid, current == null ? null : PayloadFields.single(current, Tag.CURRENT_ATTRIBUTE), newAttribute);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    boolean v2 = FieldWriter.at(v, 2, 0);
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .item(v2 ? PayloadFields.holder(currentAttribute, Tag.CURRENT_ATTRIBUTE, v) : null)
        .item(PayloadFields.newAttribute(newAttribute, v))
        .build(Tag.REQUEST_PAYLOAD);
  }
}
