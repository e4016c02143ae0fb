package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Tag;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Key Value (KMIP 1.4 §2.1.4, KMIP 2.1 §3.2): a structure of Key Material and optional
 * attributes, or — when the key is wrapped with TTLV encoding — a Byte String holding the wrapped
 * structure.
 */
public sealed interface KeyValue {

  /** Zeroes the key bytes held here. */
  void wipe();

  TtlvItem toTtlv(KmipVersion v);

  static KeyValue fromTtlv(TtlvItem item) {
    if (item instanceof TtlvItem.Bytes b) {
      return new Wrapped(b.value());
    }
    FieldReader r = FieldReader.of(item, Tag.KEY_VALUE, "Key Value");
    KeyMaterial m = KeyMaterial.fromTtlv(r.requireAny(Tag.KEY_MATERIAL));
    List<TtlvItem> v1 = r.all(Tag.ATTRIBUTE);
    TtlvItem v2 = r.optionalAny(Tag.ATTRIBUTES);
    r.end();
    Attributes attrs = Attributes.fromV1List(v1);
    if (v2 != null) {
      for (Attribute a : Attributes.fromAttributes(v2)) {
        attrs = attrs.with(a);
      }
    }
    return new Plain(m, attrs);
  }

  /**
   * A plaintext (or No-Encoding wrapped) Key Value structure. Attributes inside a Key Value are
   * accepted from either version; they are never rendered for 1.x (strict 1.x clients break on
   * them, DESIGN §4) and rendered as an {@code Attributes} structure for 2.x.
   */
  record Plain(KeyMaterial keyMaterial, Attributes attributes) implements KeyValue {
    public Plain {
      Objects.requireNonNull(keyMaterial, "keyMaterial");
      Objects.requireNonNull(attributes, "attributes");
    }

    public static Plain of(KeyMaterial m) {
      return new Plain(m, Attributes.empty());
    }

    @Override
    public void wipe() {
      keyMaterial.wipe();
    }

    @Override
    public TtlvItem toTtlv(KmipVersion v) {
      List<TtlvItem> items = new ArrayList<>(2);
      items.add(keyMaterial.toTtlv(Tag.KEY_MATERIAL));
      if (v.atLeast(KmipVersion.of(2, 0)) && !attributes.forVersion(v).list().isEmpty()) {
        items.add(attributes.toAttributes(Tag.ATTRIBUTES, v));
      }
      return TtlvItem.structure(Tag.KEY_VALUE, items);
    }

    @Override
    public String toString() {
      return "KeyValue[" + keyMaterial + ", " + attributes.size() + " attributes]";
    }
  }

  /** A wrapped Key Value: the Byte String form. The array is owned by this object. */
  record Wrapped(byte[] bytes) implements KeyValue {
    public Wrapped {
      Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public void wipe() {
      java.util.Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public TtlvItem toTtlv(KmipVersion v) {
      return TtlvItem.bytes(Tag.KEY_VALUE, bytes);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Wrapped w && MessageDigest.isEqual(w.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return bytes.length;
    }

    @Override
    public String toString() {
      return "KeyValue[wrapped, " + bytes.length + " bytes]";
    }
  }
}
