package dev.clavis.codec;

import java.math.BigInteger;
import java.time.Instant;
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
 *     Unique Identifier (0x420094) Text String: "4c3f…"
 *     Key Material (0x420043) Byte String: &lt;redacted: 32 bytes&gt;
 * </pre>
 *
 * <p>Byte Strings and Big Integers may be key material: they are printed as
 * {@code <redacted: N bytes>} unless {@code showSecrets} is set, then as hex. Enumerations are
 * printed as hex ({@code 0x00000003}), Date-Times as ISO-8601 instants, Text Strings quoted
 * with control characters escaped.
 */
public final class TtlvText {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private TtlvText() {
  }

  /** The dump with hex tags only and secrets redacted. */
  public static String format(TtlvItem item) {
    return format(item, tag -> null, false);
  }

  /**
   * The dump.
   *
   * @param tagNames a tag's display name, or {@code null} when unknown (then only hex is shown)
   * @param showSecrets print Byte Strings and Big Integers in hex instead of redacting them
   */
  public static String format(TtlvItem item, IntFunction<String> tagNames, boolean showSecrets) {
    StringBuilder sb = new StringBuilder(256);
    appendTo(sb, item, tagNames, showSecrets);
    return sb.toString();
  }

  /** Appends the dump of {@code item} to {@code sb}, one line per item, each ending in {@code \n}. */
  public static void appendTo(StringBuilder sb, TtlvItem item, IntFunction<String> tagNames,
      boolean showSecrets) {
    line(sb, 0, item, tagNames, showSecrets);
    if (!(item instanceof TtlvItem.Structure root)) {
      return;
    }
    // Explicit stack: any depth is safe.
    List<?>[] lists = new List<?>[8];
    int[] next = new int[8];
    int depth = 0;
    lists[depth++] = root.items();
    while (depth > 0) {
      List<?> list = lists[depth - 1];
      int i = next[depth - 1];
      if (i == list.size()) {
        lists[--depth] = null;
        next[depth] = 0;
        continue;
      }
      next[depth - 1] = i + 1;
      TtlvItem child = (TtlvItem) list.get(i);
      line(sb, depth, child, tagNames, showSecrets);
      if (child instanceof TtlvItem.Structure s) {
        if (depth == lists.length) {
          lists = Arrays.copyOf(lists, depth * 2);
          next = Arrays.copyOf(next, depth * 2);
        }
        lists[depth++] = s.items();
      }
    }
  }

  private static void line(StringBuilder sb, int depth, TtlvItem item, IntFunction<String> tagNames,
      boolean showSecrets) {
    sb.repeat("  ", depth);
    String name = tagNames.apply(item.tag());
    if (name != null) {
      sb.append(name).append(" (").append(TtlvDecoder.hexTag(item.tag())).append(')');
    } else {
      sb.append(TtlvDecoder.hexTag(item.tag()));
    }
    sb.append(' ').append(TtlvDecoder.typeName(item.type()));
    switch (item) {
      case TtlvItem.Structure s -> { }
      case TtlvItem.Int i -> sb.append(": ").append(i.value());
      case TtlvItem.LongInt l -> sb.append(": ").append(l.value());
      case TtlvItem.Enumeration e -> sb.append(": 0x").append(HEX.toHexDigits(e.value()));
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
