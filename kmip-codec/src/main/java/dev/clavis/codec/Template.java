package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * Template (KMIP 1.0–1.4 §2.2.6 Table 50; deprecated in 1.3, removed in 2.0): a named managed
 * object holding only attributes ({@code Attribute}, at least one, repeatable), which a request
 * applies to a new object by naming the template in a Template-Attribute (KMIP 1.4 §2.1.8). It
 * has no 2.x form: it is always written with 1.x {@code Attribute} structures. It holds no secret.
 *
 * @param attributes the template's attributes, in order
 */
public record Template(Attributes attributes) implements ManagedObject {

  public Template {
    attributes = Attributes.of(attributes.list());
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.TEMPLATE;
  }

  static Template fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.TEMPLATE, "Template");
    List<TtlvItem> items = r.all(Tag.ATTRIBUTE);
    r.end();
    if (items.isEmpty()) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Template: no Attribute (expected: at least one)");
    }
    return new Template(Attributes.fromV1List(items));
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    List<TtlvItem> items = new ArrayList<>(attributes.size());
    for (Attribute a : attributes) {
      items.add(a.toV1());
    }
    return TtlvItem.structure(Tag.TEMPLATE, items);
  }

  @Override
  public String toString() {
    return "Template[" + attributes.size() + " attributes]";
  }
}
