package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tag facts read once from the bundled spec registry ({@code spec/kmip-registry.json}): the spec
 * name of each tag (which is also its KMIP 1.x Attribute Name, KMIP 1.4 §2.2 and §3), its item
 * type, the version it appeared in and the version it was removed in, and the same for every
 * enumeration value. Used to translate 1.x attributes and to render only what a protocol version
 * knows (KMIP 2.1 §4 "Attributes", DESIGN §4).
 */
public final class AttributeNames {
  private static final String RESOURCE = "/dev/clavis/codec/spec/kmip-registry.json";

  private record TagInfo(int tag, String name, ItemType type, KmipVersion since, KmipVersion removedIn) {}

  private record ValueInfo(KmipVersion since, KmipVersion removedIn) {}

  private static final Map<Integer, TagInfo> BY_TAG = new HashMap<>();
  private static final Map<String, TagInfo> BY_NAME = new HashMap<>();
  /** enumeration spec name (lower case) → value → versions. */
  private static final Map<String, Map<Integer, ValueInfo>> ENUMS = new HashMap<>();

  static {
    load();
  }

  private AttributeNames() {}

  @SuppressWarnings("unchecked") // the registry file's shape is fixed: objects of strings/lists
  private static void load() {
    String text;
    try (InputStream in = AttributeNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> root = (Map<String, Object>) MiniJson.parse(text);
    for (Object o : (List<Object>) root.get("tags")) {
      Map<String, Object> t = (Map<String, Object>) o;
      int value = Integer.decode((String) t.get("value"));
      String name = (String) t.get("name");
      ItemType type = itemType((String) t.get("type"));
      TagInfo info = new TagInfo(value, name, type, version(t.get("since")), version(t.get("removed_in")));
      BY_TAG.putIfAbsent(value, info);
      BY_NAME.putIfAbsent(name.toLowerCase(Locale.ROOT), info);
    }
    for (Object o : (List<Object>) root.get("enumerations")) {
      Map<String, Object> e = (Map<String, Object>) o;
      Map<Integer, ValueInfo> values = new HashMap<>();
      for (Object vo : (List<Object>) e.get("values")) {
        Map<String, Object> v = (Map<String, Object>) vo;
        values.putIfAbsent(
            (int) Long.decode((String) v.get("value")).longValue(),
            new ValueInfo(version(v.get("since")), version(v.get("removed_in"))));
      }
      ENUMS.put(((String) e.get("name")).toLowerCase(Locale.ROOT), values);
    }
  }

  private static ItemType itemType(String name) {
    if (name == null) {
      return null;
    }
    return ItemType.fromXmlName(name.replace(" ", "").replace("-", ""));
  }

  private static KmipVersion version(Object o) {
    if (!(o instanceof String s)) {
      return null;
    }
    int dot = s.indexOf('.');
    return KmipVersion.of(Integer.parseInt(s.substring(0, dot)), Integer.parseInt(s.substring(dot + 1)));
  }

  /** The tag whose spec name is {@code name} (case-insensitive), or -1. */
  public static int tag(String name) {
    TagInfo i = BY_NAME.get(name.toLowerCase(Locale.ROOT));
    return i == null ? -1 : i.tag;
  }

  /** The spec name of a tag (e.g. {@code "Cryptographic Algorithm"}), or {@code null}. */
  public static String name(int tag) {
    TagInfo i = BY_TAG.get(tag);
    return i == null ? null : i.name;
  }

  /** The item type the registry gives a tag, or {@code null} when unknown. */
  public static ItemType type(int tag) {
    TagInfo i = BY_TAG.get(tag);
    return i == null ? null : i.type;
  }

  /** The version a tag appeared in, or {@code null} for an unknown (e.g. extension) tag. */
  public static KmipVersion since(int tag) {
    TagInfo i = BY_TAG.get(tag);
    return i == null ? null : i.since;
  }

  /**
   * Whether {@code tag} exists in protocol version {@code v}: appeared at or before it and not
   * removed at or before it. Unknown tags (extensions, 0x54xxxx) count as present.
   */
  public static boolean tagIn(int tag, KmipVersion v) {
    TagInfo i = BY_TAG.get(tag);
    if (i == null) {
      return true;
    }
    return (i.since == null || v.atLeast(i.since)) && (i.removedIn == null || !v.atLeast(i.removedIn));
  }

  /**
   * Whether enumeration value {@code value} of the enumeration carried by {@code tag} exists in
   * {@code v}. Values the registry does not know (extensions 0x8xxxxxxx) count as present.
   */
  public static boolean enumerationValueIn(int tag, int value, KmipVersion v) {
    String name = name(tag);
    if (name == null) {
      return true;
    }
    Map<Integer, ValueInfo> values = ENUMS.get(name.toLowerCase(Locale.ROOT));
    if (values == null) {
      return true;
    }
    ValueInfo info = values.get(value);
    if (info == null) {
      return true;
    }
    return (info.since == null || v.atLeast(info.since))
        && (info.removedIn == null || !v.atLeast(info.removedIn));
  }
}
