package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An ordered, immutable collection of {@link Attribute}s: the one internal attribute model for
 * both protocol families (DESIGN §4).
 *
 * <ul>
 *   <li>KMIP 1.x: {@code Template-Attribute} and its Common/Private Key/Public Key variants (KMIP
 *       1.4 §2.1.8: Name* of templates, then Attribute*), and bare lists of {@code Attribute}
 *       structures (Locate, Get Attributes).
 *   <li>KMIP 2.x: {@code Attributes} and its Common/Private Key/Public Key variants (KMIP 2.1 §5.1
 *       to §5.4): one typed item per attribute, vendor attributes as {@code Attribute}.
 * </ul>
 *
 * <p>Rendering for a version drops every attribute the version does not know (tag newer or
 * removed, enumeration value newer, see {@link Attribute#forVersion}); template names exist only
 * in 1.x and are dropped for 2.x.
 *
 * @param templateNames the 1.x {@code Name} structures naming templates in a Template-Attribute
 *     (deprecated since 1.3, removed in 2.0); accepted and kept, usually empty
 */
public record Attributes(List<Attribute> list, List<TtlvItem.Structure> templateNames) implements Iterable<Attribute> {

  private static final Attributes EMPTY = new Attributes(List.of(), List.of());

  public Attributes {
    list = List.copyOf(list);
    templateNames = List.copyOf(templateNames);
  }

  public static Attributes empty() {
    return EMPTY;
  }

  public static Attributes of(List<Attribute> list) {
    return new Attributes(list, List.of());
  }

  /** Attributes from typed items, e.g. {@code Attributes.of(enumeration(CRYPTOGRAPHIC_ALGORITHM, 3), …)}. */
  public static Attributes of(TtlvItem... values) {
    List<Attribute> l = new ArrayList<>(values.length);
    for (TtlvItem v : values) {
      l.add(Attribute.of(v));
    }
    return of(l);
  }

  @Override
  public Iterator<Attribute> iterator() {
    return list.iterator();
  }

  public int size() {
    return list.size();
  }

  public boolean isEmpty() {
    return list.isEmpty() && templateNames.isEmpty();
  }

  /** A copy with {@code a} added at the end (a further instance for multi-valued attributes). */
  public Attributes with(Attribute a) {
    List<Attribute> l = new ArrayList<>(list);
    l.add(a);
    return new Attributes(l, templateNames);
  }

  /** A copy with {@code value} added as an attribute. */
  public Attributes with(TtlvItem value) {
    return with(Attribute.of(value));
  }

  /** A copy where every instance of {@code a}'s attribute is replaced by {@code a} (single-valued set). */
  public Attributes set(Attribute a) {
    List<Attribute> l = new ArrayList<>(list.size() + 1);
    boolean placed = false;
    for (Attribute x : list) {
      if (sameAttribute(x, a)) {
        if (!placed) {
          l.add(a);
          placed = true;
        }
      } else {
        l.add(x);
      }
    }
    if (!placed) {
      l.add(a);
    }
    return new Attributes(l, templateNames);
  }

  /** A copy without any instance of the attribute with this tag. */
  public Attributes without(int tag) {
    return filter(a -> a.tag() != tag);
  }

  /** A copy with only the attributes that satisfy {@code keep}. */
  public Attributes filter(Predicate<Attribute> keep) {
    List<Attribute> l = new ArrayList<>(list.size());
    for (Attribute a : list) {
      if (keep.test(a)) {
        l.add(a);
      }
    }
    return new Attributes(l, templateNames);
  }

  /**
   * The attributes named by {@code references}, in this collection's order (Get Attributes,
   * KMIP 2.1 §6.1.20); an empty list selects every attribute.
   */
  public Attributes select(List<AttributeReference> references) {
    if (references.isEmpty()) {
      return this;
    }
    return filter(a -> references.stream().anyMatch(r -> r.matches(a)));
  }

  /** One reference per distinct attribute, in order (Get Attribute List, KMIP 2.1 §6.1.21). */
  public List<AttributeReference> references() {
    java.util.LinkedHashSet<AttributeReference> out = new java.util.LinkedHashSet<>();
    for (Attribute a : list) {
      out.add(AttributeReference.of(a));
    }
    return List.copyOf(out);
  }

  private static boolean sameAttribute(Attribute x, Attribute a) {
    if (x.tag() != a.tag()) {
      return false;
    }
    return !a.isVendor()
        || (x.vendorIdentification().equals(a.vendorIdentification()) && x.attributeName().equals(a.attributeName()));
  }

  /** Every instance of the standard attribute with this tag, in order. */
  public List<Attribute> all(int tag) {
    List<Attribute> out = new ArrayList<>();
    for (Attribute a : list) {
      if (a.tag() == tag) {
        out.add(a);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The value of the first instance of the attribute with this tag. */
  public Optional<TtlvItem> get(int tag) {
    for (Attribute a : list) {
      if (a.tag() == tag) {
        return Optional.of(a.value());
      }
    }
    return Optional.empty();
  }

  /** The value of a vendor/custom attribute. */
  public Optional<TtlvItem> vendor(String vendorIdentification, String attributeName) {
    for (Attribute a : list) {
      if (a.isVendor() && a.vendorIdentification().equals(vendorIdentification) && a.attributeName().equals(attributeName)) {
        return Optional.of(a.value());
      }
    }
    return Optional.empty();
  }

  public Optional<String> text(int tag) {
    return get(tag).filter(TtlvItem.Text.class::isInstance).map(i -> ((TtlvItem.Text) i).value());
  }

  public Optional<Integer> integer(int tag) {
    return get(tag).filter(TtlvItem.Int.class::isInstance).map(i -> ((TtlvItem.Int) i).value());
  }

  public Optional<Integer> enumeration(int tag) {
    return get(tag).filter(TtlvItem.Enumeration.class::isInstance).map(i -> ((TtlvItem.Enumeration) i).value());
  }

  public Optional<Boolean> bool(int tag) {
    return get(tag).filter(TtlvItem.Bool.class::isInstance).map(i -> ((TtlvItem.Bool) i).value());
  }

  public Optional<Instant> dateTime(int tag) {
    return get(tag).filter(TtlvItem.DateTime.class::isInstance).map(i -> ((TtlvItem.DateTime) i).instant());
  }

  /** The Name attributes (KMIP 2.1 §4.36). */
  public List<Name> names() {
    List<Name> out = new ArrayList<>();
    for (Attribute a : all(Tag.NAME)) {
      out.add(Name.fromTtlv(a.value()));
    }
    return out;
  }

  /** The Link attributes (KMIP 2.1 §4.35). */
  public List<Link> links() {
    List<Link> out = new ArrayList<>();
    for (Attribute a : all(Tag.LINK)) {
      out.add(Link.fromTtlv(a.value()));
    }
    return out;
  }

  /**
   * A copy where the second and later instances of each attribute carry their 1.x Attribute Index
   * (1, 2, …; the first instance, index 0, carries none), as KMIP 1.x servers return
   * multi-instance attributes (KMIP 1.4 §2.1.1). Indices already set are kept.
   */
  public Attributes withInstanceIndices() {
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    List<Attribute> l = new ArrayList<>(list.size());
    for (Attribute a : list) {
      int n = seen.merge(a.name(), 1, Integer::sum) - 1;
      l.add(a.index() == null && n > 0 ? a.withIndex(n) : a);
    }
    return new Attributes(l, templateNames);
  }

  // ---- reading ----

  /** Reads a 1.x Template-Attribute (or Common/Private/Public Key Template-Attribute). */
  public static Attributes fromTemplateAttribute(TtlvItem item) {
    if (!(item instanceof TtlvItem.Structure s)) {
      throw new KmipException(
          dev.clavis.codec.spec.ResultReason.INVALID_MESSAGE,
          FieldReader.label(item.tag()) + " type: " + item.type() + " (expected: STRUCTURE)");
    }
    FieldReader r = new FieldReader(s, FieldReader.label(s.tag()));
    List<TtlvItem.Structure> names = r.all(Tag.NAME, TtlvItem.Structure.class);
    List<Attribute> l = new ArrayList<>();
    for (TtlvItem a : r.all(Tag.ATTRIBUTE)) {
      l.add(Attribute.fromV1(a));
    }
    r.end();
    return new Attributes(l, names);
  }

  /** Reads 1.x {@code Attribute} structures. */
  public static Attributes fromV1List(List<TtlvItem> attributes) {
    List<Attribute> l = new ArrayList<>(attributes.size());
    for (TtlvItem a : attributes) {
      l.add(Attribute.fromV1(a));
    }
    return of(l);
  }

  /** Reads a 2.x Attributes (or Common/Private/Public Key Attributes) structure. */
  public static Attributes fromAttributes(TtlvItem item) {
    if (!(item instanceof TtlvItem.Structure s)) {
      throw new KmipException(
          dev.clavis.codec.spec.ResultReason.INVALID_MESSAGE,
          FieldReader.label(item.tag()) + " type: " + item.type() + " (expected: STRUCTURE)");
    }
    List<Attribute> l = new ArrayList<>(s.items().size());
    for (TtlvItem a : s.items()) {
      l.add(Attribute.fromV2(a));
    }
    return of(l);
  }

  /**
   * Reads whichever form is present: the 1.x structure tagged {@code tag1x} or the 2.x one tagged
   * {@code tag2x} (both forms are accepted in every version); {@code null} when neither is.
   */
  static Attributes read(FieldReader r, int tag1x, int tag2x) {
    TtlvItem t1 = tag1x < 0 ? null : r.optionalAny(tag1x);
    TtlvItem t2 = r.optionalAny(tag2x);
    if (t1 != null && t2 != null) {
      throw new KmipException(
          dev.clavis.codec.spec.ResultReason.INVALID_MESSAGE,
          FieldReader.label(tag1x) + " and " + FieldReader.label(tag2x) + " both given (expected: one)");
    }
    if (t1 != null) {
      return fromTemplateAttribute(t1);
    }
    return t2 == null ? null : fromAttributes(t2);
  }

  // ---- rendering ----

  /** The attributes protocol version {@code v} knows (see {@link Attribute#forVersion}). */
  public Attributes forVersion(KmipVersion v) {
    List<Attribute> l = new ArrayList<>(list.size());
    for (Attribute a : list) {
      Attribute k = a.forVersion(v);
      if (k != null) {
        l.add(k);
      }
    }
    return new Attributes(l, v.atLeast(KmipVersion.of(2, 0)) ? List.of() : templateNames);
  }

  /** The 1.x Template-Attribute form under {@code tag}, for {@code v}. */
  public TtlvItem.Structure toTemplateAttribute(int tag, KmipVersion v) {
    Attributes a = forVersion(v);
    List<TtlvItem> items = new ArrayList<>(a.templateNames);
    for (Attribute x : a.list) {
      items.add(x.toV1());
    }
    return TtlvItem.structure(tag, items);
  }

  /** The 2.x Attributes form under {@code tag}, for {@code v}. */
  public TtlvItem.Structure toAttributes(int tag, KmipVersion v) {
    List<TtlvItem> items = new ArrayList<>();
    for (Attribute x : forVersion(v).list) {
      items.add(x.toV2());
    }
    return TtlvItem.structure(tag, items);
  }

  /** The form for {@code v}: {@code tag1x} as a Template-Attribute before 2.0, {@code tag2x} from 2.0. */
  public TtlvItem.Structure toTtlv(int tag1x, int tag2x, KmipVersion v) {
    return v.atLeast(KmipVersion.of(2, 0)) ? toAttributes(tag2x, v) : toTemplateAttribute(tag1x, v);
  }

  /** The bare list of 1.x {@code Attribute} structures for {@code v}. */
  public List<TtlvItem> toV1List(KmipVersion v) {
    List<TtlvItem> items = new ArrayList<>();
    for (Attribute x : forVersion(v).list) {
      items.add(x.toV1());
    }
    return items;
  }

  @Override
  public String toString() {
    return "Attributes" + list;
  }
}
