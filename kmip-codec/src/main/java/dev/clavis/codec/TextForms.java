package dev.clavis.codec;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The text forms of primitive values shared by the XML and JSON encodings (KMIP Additional
 * Message Encodings v1.0 §4.1 "JSON Encoding" and §6.1 "XML Encoding", carried on by KMIP Profiles
 * v1.4 §5.4/§5.5 and v2.x "JSON/XML Encoding"). Package-private: {@link XmlTtlv} and
 * {@link JsonTtlv} are the public faces.
 *
 * <p>Hex numbers (§4.1.1/§6.1.1) start with {@code 0x} in either case; a fixed-width value is
 * written with all its leading zeros (Integer 8 digits, Long Integer and Date-Time 16), and read
 * with up to that many digits (the spec's own mask example has {@code 0x0000008}). Byte Strings
 * (and the XML Big Integer, {@code xsd:hexBinary}) are hex without {@code 0x}.
 *
 * <p>Every error is a {@link TtlvException} shaped {@code "<what>: <actual> (expected: …)"};
 * Byte String and Big Integer contents never appear in messages (they may be key material).
 */
final class TextForms {

  /**
   * The placeholder syntax of the OASIS test cases: {@code $NAME}, {@code $NAME_3},
   * {@code $NOW-3600}, {@code $NOW+20}. A value of this shape, of any primitive type, reads as a
   * {@link TtlvItem.Placeholder}.
   */
  static final Pattern PLACEHOLDER = Pattern.compile("\\$[A-Z][A-Z0-9_]*(?:[+-][0-9]+)?");

  private static final HexFormat HEX = HexFormat.of();
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
  private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

  private TextForms() {}

  /** Whether a text is a placeholder expression. */
  static boolean isPlaceholder(String text) {
    return PLACEHOLDER.matcher(text).matches();
  }

  /**
   * Parses the text of a primitive. {@code names} is the enumeration or mask the value may be
   * named from (null when none applies). {@code what} names the item in errors, e.g.
   * {@code "CryptographicAlgorithm"}.
   */
  static TtlvItem parse(int tag, ItemType type, String text, SpecRegistry.Vocabulary names, String what, int maxItemBytes) {
    if (type != ItemType.STRUCTURE && isPlaceholder(text)) {
      return new TtlvItem.Placeholder(tag, type, text);
    }
    return switch (type) {
      case STRUCTURE -> throw new TtlvException(what + " value: a Structure with a value (expected: child items)");
      case INTEGER -> new TtlvItem.Int(tag, names != null && names.isMask() ? mask(text, names, what) : (int) integer(text, what, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xFFFF_FFFFL));
      case LONG_INTEGER -> new TtlvItem.LongInt(tag, longInteger(text, what));
      case BIG_INTEGER -> new TtlvItem.BigInt(tag, bigInteger(text, what, maxItemBytes));
      case ENUMERATION -> new TtlvItem.Enumeration(tag, enumeration(text, names, what));
      case BOOLEAN -> new TtlvItem.Bool(tag, bool(text, what));
      case TEXT_STRING -> {
        if (text.length() > maxItemBytes) {
          throw new TtlvException(what + " Text String length: " + text.length() + " characters (expected: <= " + maxItemBytes + ")");
        }
        yield new TtlvItem.Text(tag, text);
      }
      case BYTE_STRING -> new TtlvItem.Bytes(tag, bytes(text, what, maxItemBytes));
      case DATE_TIME -> new TtlvItem.DateTime(tag, dateTime(text, what, false));
      case INTERVAL -> new TtlvItem.Interval(tag, integer(text, what, 0, 0xFFFF_FFFFL, 0xFFFF_FFFFL));
      case DATE_TIME_EXTENDED -> new TtlvItem.DateTimeExtended(tag, dateTime(text, what, true));
    };
  }

  // ------------------------------------------------------------------ parse

  private static long integer(String text, String what, long min, long max, long hexMax) {
    String t = text.strip();
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        String digits = t.substring(2);
        if (digits.isEmpty() || digits.length() > 8) {
          throw new NumberFormatException();
        }
        long v = Long.parseLong(digits, 16);
        if (v > hexMax) {
          throw new NumberFormatException();
        }
        return max <= Integer.MAX_VALUE ? (int) v : v;
      }
      long v = Long.parseLong(t);
      if (v < min || v > max) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new TtlvException(what + " value: \"" + abbreviate(text) + "\" (expected: a decimal from " + min + " to " + max + ", or 0x and up to 8 hex digits)");
    }
  }

  private static long longInteger(String text, String what) {
    String t = text.strip();
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        String digits = t.substring(2);
        if (digits.isEmpty() || digits.length() > 16) {
          throw new NumberFormatException();
        }
        return Long.parseUnsignedLong(digits, 16);
      }
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new TtlvException(what + " Long Integer value: \"" + abbreviate(text) + "\" (expected: a signed 64-bit decimal, or 0x and up to 16 hex digits)");
    }
  }

  private static BigInteger bigInteger(String text, String what, int maxItemBytes) {
    String t = text.strip();
    if (t.startsWith("0x") || t.startsWith("0X")) {
      t = t.substring(2);
    }
    if (t.length() / 2 > maxItemBytes) {
      throw new TtlvException(what + " Big Integer length: " + t.length() / 2 + " bytes (expected: <= " + maxItemBytes + ")");
    }
    if (t.isEmpty() || t.length() % 2 != 0 || !isHex(t)) {
      throw new TtlvException(what + " Big Integer value: " + t.length() + " characters, not an even count of hex digits (expected: big-endian two's complement in hex)");
    }
    return new BigInteger(HEX.parseHex(t));
  }

  /** A Big Integer written as a JSON Number (§4.1.6.6), decimal; sizes as for the hex form. */
  static TtlvItem.BigInt bigIntegerDecimal(int tag, String text, String what, int maxItemBytes) {
    if (text.length() > 2 * maxItemBytes + 2) {
      throw new TtlvException(what + " Big Integer length: " + text.length() + " digits (expected: <= " + maxItemBytes + " bytes)");
    }
    BigInteger v;
    try {
      v = new BigInteger(text.strip());
    } catch (NumberFormatException e) {
      throw new TtlvException(what + " Big Integer value: " + text.length() + " characters, not a decimal (expected: a JSON integer or a 0x hex string)");
    }
    if (v.bitLength() / 8 + 1 > maxItemBytes) {
      throw new TtlvException(what + " Big Integer length: " + (v.bitLength() / 8 + 1) + " bytes (expected: <= " + maxItemBytes + ")");
    }
    return new TtlvItem.BigInt(tag, v);
  }

  private static int enumeration(String text, SpecRegistry.Vocabulary names, String what) {
    String t = text.strip();
    if (t.startsWith("0x") || t.startsWith("0X") || (!t.isEmpty() && Character.isDigit(t.charAt(0)))) {
      return (int) integer(t, what, 0, 0xFFFF_FFFFL, 0xFFFF_FFFFL);
    }
    if (names != null && !names.isMask()) {
      OptionalInt v = names.valueOf(t);
      if (v.isPresent()) {
        return v.getAsInt();
      }
      throw new TtlvException(what + " Enumeration name: \"" + abbreviate(text) + "\" (expected: a value name of " + names.name() + " in KMIP 1.0-2.1, or 0x and 8 hex digits)");
    }
    throw new TtlvException(what + " Enumeration value: \"" + abbreviate(text) + "\" (expected: 0x and 8 hex digits; this tag has no enumeration names)");
  }

  private static int mask(String text, SpecRegistry.Vocabulary names, String what) {
    int bits = 0;
    boolean any = false;
    for (String token : text.strip().split("[\\s|]+")) {
      if (token.isEmpty()) {
        continue;
      }
      any = true;
      OptionalInt v = names.valueOf(token);
      if (v.isPresent()) {
        bits |= v.getAsInt();
      } else if (token.startsWith("0x") || token.startsWith("0X") || Character.isDigit(token.charAt(0))
          || token.charAt(0) == '-') {
        bits |= (int) integer(token, what, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xFFFF_FFFFL);
      } else {
        throw new TtlvException(what + " mask name: \"" + abbreviate(token) + "\" (expected: names of " + names.name() + " separated by spaces or |, or a number)");
      }
    }
    if (!any) {
      throw new TtlvException(what + " mask value: empty (expected: names of " + names.name() + " or a number)");
    }
    return bits;
  }

  /**
   * A Boolean: {@code true}/{@code false}, the {@code xsd:boolean} forms {@code 1}/{@code 0} (XML,
   * §6.1.6.8), or a hex string of the 8-byte value, {@code 0x0000000000000001} (JSON, §4.1.6.8).
   */
  private static boolean bool(String text, String what) {
    String t = text.strip();
    if (t.equals("true") || t.equals("1")) {
      return true;
    }
    if (t.equals("false") || t.equals("0")) {
      return false;
    }
    if ((t.startsWith("0x") || t.startsWith("0X")) && t.length() > 2 && t.length() <= 18 && isHex(t.substring(2))) {
      long v = Long.parseUnsignedLong(t.substring(2), 16);
      if (v == 0 || v == 1) {
        return v == 1;
      }
    }
    throw new TtlvException(what + " Boolean value: \"" + abbreviate(text) + "\" (expected: true or false, 1 or 0, or 0x and 16 hex digits of 0 or 1)");
  }

  private static byte[] bytes(String text, String what, int maxItemBytes) {
    String t = text.strip();
    if (t.length() / 2 > maxItemBytes) {
      throw new TtlvException(what + " Byte String length: " + t.length() / 2 + " bytes (expected: <= " + maxItemBytes + ")");
    }
    if (t.length() % 2 != 0 || !isHex(t)) {
      // Never echo the value: it may be key material.
      throw new TtlvException(what + " Byte String value: " + t.length() + " characters, not an even count of hex digits (expected: hex, two digits per byte)");
    }
    return HEX.parseHex(t);
  }

  /**
   * A Date-Time (§4.1.6.11/§6.1.6.11): a hex string of the 8-byte value, or the
   * {@code xsd:dateTime} form {@code yyyy-mm-ddThh:mm:ss('.' s+)?(('+'|'-')hh:mm|'Z')?}. The time
   * zone is optional there; a value without one is read as UTC. "Fractional seconds are not used
   * in KMIP … If they are used, they should be ignored (truncated)": a Date-Time drops them, a
   * Date-Time Extended keeps microseconds.
   */
  private static long dateTime(String text, String what, boolean micros) {
    String t = text.strip();
    if (t.startsWith("0x") || t.startsWith("0X")) {
      return longInteger(t, what);
    }
    try {
      Instant i = parseInstant(t);
      if (!micros) {
        return i.getEpochSecond();
      }
      return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new TtlvException(what + " Date-Time value: \"" + abbreviate(text) + "\" (expected: ISO-8601 (xsd:dateTime), e.g. 2012-04-27T08:12:24+00:00, or 0x and 16 hex digits)");
    }
  }

  private static Instant parseInstant(String t) {
    try {
      return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException withoutZone) {
      return LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
    }
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  static String abbreviate(String s) {
    return s.length() <= 64 ? s : s.substring(0, 61) + "...";
  }

  // ------------------------------------------------------------------ format

  /** The decimal or mask-name form of an Integer. {@code separator} joins mask names. */
  static String integer(int value, SpecRegistry.Vocabulary names, String separator) {
    if (names == null || !names.isMask() || value == 0) {
      return Integer.toString(value);
    }
    StringBuilder sb = new StringBuilder();
    int rest = value;
    for (SpecRegistry.Value v : names.values()) {
      int bit = v.value();
      if (bit != 0 && (rest & bit) == bit && names.nameOf(bit) != null) {
        if (!sb.isEmpty()) {
          sb.append(separator);
        }
        sb.append(names.nameOf(bit));
        rest &= ~bit;
      }
    }
    if (rest != 0) {
      if (!sb.isEmpty()) {
        sb.append(separator);
      }
      sb.append(hex8(rest));
    }
    return sb.toString();
  }

  /** The name of an Enumeration value, or {@code 0x} and 8 hex digits. */
  static String enumeration(int value, SpecRegistry.Vocabulary names) {
    String n = names == null || names.isMask() ? null : names.nameOf(value);
    return n != null ? n : hex8(value);
  }

  static String hex8(int value) {
    return String.format("0x%08X", value);
  }

  /** Big-endian two's complement, sign-extended to a whole number of 8-byte groups. */
  static String bigInteger(BigInteger value) {
    byte[] b = value.toByteArray();
    int padded = (b.length + 7) / 8 * 8;
    byte[] out = new byte[padded];
    byte fill = value.signum() < 0 ? (byte) 0xFF : 0;
    java.util.Arrays.fill(out, 0, padded - b.length, fill);
    System.arraycopy(b, 0, out, padded - b.length, b.length);
    return HEX.formatHex(out);
  }

  static String bytes(byte[] value) {
    return HEX.formatHex(value);
  }

  /** Years 1–9999 keep the four-digit ISO-8601 form; any other instant is written as hex. */
  private static final long MIN_ISO_SECONDS = -62135596800L; // 0001-01-01T00:00:00Z
  private static final long MAX_ISO_SECONDS = 253402300799L; // 9999-12-31T23:59:59Z

  static String dateTime(long epochSeconds) {
    if (epochSeconds < MIN_ISO_SECONDS || epochSeconds > MAX_ISO_SECONDS) {
      return String.format("0x%016X", epochSeconds);
    }
    return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC).format(SECONDS);
  }

  static String dateTimeExtended(long epochMicros) {
    long seconds = Math.floorDiv(epochMicros, 1_000_000L);
    if (seconds < MIN_ISO_SECONDS || seconds > MAX_ISO_SECONDS) {
      return String.format("0x%016X", epochMicros);
    }
    Instant i = Instant.EPOCH.plus(epochMicros, ChronoUnit.MICROS);
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC).format(MICROS);
  }
}
