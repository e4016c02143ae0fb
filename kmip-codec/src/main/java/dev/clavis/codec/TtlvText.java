package dev.clavis.codec;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntFunction;

/**
 * An indented, human-readable dump of a {@link TtlvItem} tree in the spirit of the spec's
 * examples (KMIP 1.4 §9.1.2): one line per item, two spaces per nesting level, the tag (as hex,
 * with its name when a resolver knows it), the item type and the value. Used by
 * {@code clavis ttlv convert --to text}.
 *
 * <pre>
 * Request Message (0x420078) Structure
 *   Request Header (0x420077) Structure
 *     Protocol Version Major (0x42006A) Integer: 1
 *   Operation (0x42005C) Enumeration: Create (0x00000001)
 *   Cryptographic Usage Mask (0x42002C) Integer: 12 (Encrypt | Decrypt)
 *   Unique Identifier (0x420094) Text String: "4c3f…"
 *   Key Material (0x420043) Byte String: &lt;redacted: 32 bytes&gt;
 * </pre>
 *
 * <p>With {@link Names}, an Enumeration is printed as its value name and hex, and a mask Integer
 * (Cryptographic Usage, Storage Status, Protection Storage Mask) as its decimal value and the
 * names of its bits; a KMIP 1.x {@code Attribute Value} takes the names of the attribute its
 * sibling {@code Attribute Name} names (KMIP 1.4 §2.1.1). Without names, Enumerations are hex
 * ({@code 0x00000003}). Byte Strings and Big Integers may be key material: they are printed as
 * {@code <redacted: N bytes>} unless {@code showSecrets} is set, then as hex. Date-Times are
 * ISO-8601 instants, Text Strings quoted with control characters escaped.
 */
public final class TtlvText {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private static final int ATTRIBUTE_NAME = 0x42000A;
  private static final int ATTRIBUTE_VALUE = 0x42000B;

  /** The display names a dump uses; each method answers {@code null} when it has no name. */
  public interface Names {

    /** No names: hex tags and values only. */
    Names NONE = of(tag -> null);

    /** A tag's display name, e.g. {@code "Object Type"}. */
    String tag(int tag);

    /** The name of an Enumeration value of {@code tag}, e.g. {@code "Symmetric Key"}. */
    String enumeration(int tag, int value);

    /**
     * The names of the bits of a mask Integer of {@code tag}, in bit order, a hex token for bits
     * without a name; {@code null} when {@code tag} is not a mask.
     */
    default List<String> mask(int tag, int value) {
      return null;
    }

    /** The tag of the attribute a KMIP 1.x {@code Attribute Name} names, or -1. */
    default int attributeTag(String attributeName) {
      return -1;
    }

    /** Tag names only. */
    static Names of(IntFunction<String> tagNames) {
      return new Names() {
        @Override
        public String tag(int tag) {
          return tagNames.apply(tag);
        }

        @Override
        public String enumeration(int tag, int value) {
          return null;
        }
      };
    }

    /**
     * Spec names from a registry: tag names, enumeration value names and mask bit names (KMIP 2.1
     * §11, §12), e.g. {@code SpecRegistry.withDrafts()} for a dump that also names the KMIP 3.0
     * draft entries.
     */
    static Names of(SpecRegistry registry) {
      return new Names() {
        @Override
        public String tag(int tag) {
          return registry.tag(tag).map(SpecRegistry.TagInfo::name).orElse(null);
        }

        @Override
        public String enumeration(int tag, int value) {
          return registry.vocabularyOf(tag).filter(v -> !v.isMask())
              .flatMap(v -> v.entry(value)).map(SpecRegistry.Value::name).orElse(null);
        }

        @Override
        public List<String> mask(int tag, int value) {
          SpecRegistry.Vocabulary v = registry.vocabularyOf(tag).filter(SpecRegistry.Vocabulary::isMask).orElse(null);
          if (v == null) {
            return null;
          }
          List<String> out = new ArrayList<>();
          int rest = value;
          for (SpecRegistry.Value bit : v.values()) {
            if (bit.value() != 0 && (rest & bit.value()) == bit.value()) {
              out.add(bit.name());
              rest &= ~bit.value();
            }
          }
          if (rest != 0) {
            out.add("0x" + HEX.toHexDigits(rest));
          }
          return out;
        }

        @Override
        public int attributeTag(String attributeName) {
          return registry.tagByName(attributeName).map(SpecRegistry.TagInfo::tag).orElse(-1);
        }
      };
    }
  }

  private TtlvText() {
  }

  /** The dump with hex tags only and secrets redacted. */
  public static String format(TtlvItem item) {
    return format(item, Names.NONE, false);
  }

  /**
   * The dump with tag names only (Enumerations in hex).
   *
   * @param tagNames a tag's display name, or {@code null} when unknown (then only hex is shown)
   * @param showSecrets print Byte Strings and Big Integers in hex instead of redacting them
   */
  public static String format(TtlvItem item, IntFunction<String> tagNames, boolean showSecrets) {
    return format(item, Names.of(tagNames), showSecrets);
  }

  /**
   * The dump.
   *
   * @param names tag, enumeration and mask names ({@link Names#of(SpecRegistry)})
   * @param showSecrets print Byte Strings and Big Integers in hex instead of redacting them
   */
  public static String format(TtlvItem item, Names names, boolean showSecrets) {
    StringBuilder sb = new StringBuilder(256);
    appendTo(sb, item, names, showSecrets);
    return sb.toString();
  }

  /** Appends the dump of {@code item} to {@code sb}, one line per item, each ending in {@code \n}. */
  public static void appendTo(StringBuilder sb, TtlvItem item, IntFunction<String> tagNames,
      boolean showSecrets) {
    appendTo(sb, item, Names.of(tagNames), showSecrets);
  }

  /** Appends the dump of {@code item} to {@code sb}, one line per item, each ending in {@code \n}. */
  public static void appendTo(StringBuilder sb, TtlvItem item, Names names, boolean showSecrets) {
    line(sb, 0, item, item.tag(), names, showSecrets);
    if (!(item instanceof TtlvItem.Structure root)) {
      return;
    }
    // Explicit stack: any depth is safe. Per level, the last Attribute Name seen (KMIP 1.x).
    List<?>[] lists = new List<?>[8];
    int[] next = new int[8];
    String[] attributeNames = new String[8];
    int depth = 0;
    lists[depth++] = root.items();
    while (depth > 0) {
      List<?> list = lists[depth - 1];
      int i = next[depth - 1];
      if (i == list.size()) {
        lists[--depth] = null;
        next[depth] = 0;
        attributeNames[depth] = null;
        continue;
      }
      next[depth - 1] = i + 1;
      TtlvItem child = (TtlvItem) list.get(i);
      int namesTag = child.tag();
      if (child.tag() == ATTRIBUTE_VALUE && attributeNames[depth - 1] != null) {
        int t = names.attributeTag(attributeNames[depth - 1]);
        namesTag = t >= 0 ? t : namesTag;
      }
      line(sb, depth, child, namesTag, names, showSecrets);
      if (child.tag() == ATTRIBUTE_NAME && child instanceof TtlvItem.Text t) {
        attributeNames[depth - 1] = t.value();
      }
      if (child instanceof TtlvItem.Structure s) {
        if (depth == lists.length) {
          lists = Arrays.copyOf(lists, depth * 2);
          next = Arrays.copyOf(next, depth * 2);
          attributeNames = Arrays.copyOf(attributeNames, depth * 2);
        }
        lists[depth++] = s.items();
      }
    }
  }

  /** One line; {@code namesTag} is the tag whose enumeration or mask names the value. */
  private static void line(StringBuilder sb, int depth, TtlvItem item, int namesTag, Names names,
      boolean showSecrets) {
    sb.repeat("  ", depth);
    String name = names.tag(item.tag());
    if (name != null) {
      sb.append(name).append(" (").append(TtlvDecoder.hexTag(item.tag())).append(')');
    } else {
      sb.append(TtlvDecoder.hexTag(item.tag()));
    }
    sb.append(' ').append(TtlvDecoder.typeName(item.type()));
    switch (item) {
      case TtlvItem.Structure s -> { }
      case TtlvItem.Int i -> {
        sb.append(": ").append(i.value());
        List<String> bits = i.value() == 0 ? null : names.mask(namesTag, i.value());
        if (bits != null) {
          sb.append(" (").append(String.join(" | ", bits)).append(')');
        }
      }
      case TtlvItem.LongInt l -> sb.append(": ").append(l.value());
      case TtlvItem.Enumeration e -> {
        String n = names.enumeration(namesTag, e.value());
        sb.append(": ");
        if (n != null) {
          sb.append(n).append(" (0x").append(HEX.toHexDigits(e.value())).append(')');
        } else {
          sb.append("0x").append(HEX.toHexDigits(e.value()));
        }
      }
      case TtlvItem.Bool b -> sb.append(": ").append(b.value());
      case TtlvItem.Interval i -> sb.append(": ").append(i.seconds());
      case TtlvItem.DateTime d -> {
        sb.append(": ");
        if (d.epochSeconds() >= Instant.MIN.getEpochSecond() && d.epochSeconds() <= Instant.MAX.getEpochSecond()) {
          sb.append(d.instant());
        } else {
          sb.append(d.epochSeconds()).append(" s since the epoch (beyond ISO-8601 years)");
        }
      }
      case TtlvItem.DateTimeExtended d -> sb.append(": ").append(Instant.ofEpochSecond(
          Math.floorDiv(d.epochMicros(), 1_000_000L), Math.floorMod(d.epochMicros(), 1_000_000L) * 1000L));
      case TtlvItem.Text t -> quote(sb.append(": "), t.value());
      case TtlvItem.Bytes b -> {
        sb.append(": ");
        if (showSecrets) {
          byte[] v = b.value();
          sb.append(HEX.formatHex(v));
          Arrays.fill(v, (byte) 0);
        } else {
          sb.append("<redacted: ").append(b.byteCount()).append(" bytes>");
        }
      }
      case TtlvItem.BigInt b -> {
        sb.append(": ");
        if (showSecrets) {
          BigInteger v = b.value();
          sb.append(v.signum() < 0 ? "-0x" : "0x").append(v.abs().toString(16).toUpperCase());
        } else {
          sb.append("<redacted: ").append(((b.value().bitLength() / 8 + 1 + 7) & ~7)).append(" bytes>");
        }
      }
      case TtlvItem.Placeholder p -> sb.append(": ").append(p.expression());
    }
    sb.append('\n');
  }

  private static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
