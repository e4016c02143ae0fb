package dev.clavis.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The KMIP JSON encoding: KMIP Additional Message Encodings v1.0 (OASIS Standard, 19 May 2015)
 * §4.1 "JSON Encoding", carried on by KMIP Profiles v1.4 §5.5 and v2.x "JSON Encoding".
 *
 * <p>An item is an object {@code {"tag": …, "name": …, "type": …, "value": …}} (§4.1.6), fields
 * in any order. {@code tag} is the normalized tag name or {@code "0x"} and 6 hex digits (§4.1.2);
 * other names (an extension's published name) cannot be resolved to a number and are refused.
 * {@code name} is optional and informative: it is read and ignored, never written. {@code type}
 * defaults to Structure and is omitted on writing (§4.1.4, §4.1.6); a Structure's {@code value}
 * is an array of items, or null for none (§4.1.6.2).
 *
 * <p>Values, read / written:
 * <ul>
 *   <li>Integer: a Number or a hex string / a Number (§4.1.6.3). A mask (Cryptographic Usage,
 *       Storage Status, Protection Storage Mask) may also be names and 32-bit hex strings joined
 *       by {@code |} (§4.1.6.4; whitespace is accepted too) / names joined by {@code |}, a hex
 *       token for bits without a name.
 *   <li>Long Integer: a Number or a hex string / a Number below 2^52 in magnitude, else a
 *       16-digit hex string ("any values >= 2^52 must be represented as hex strings", §4.1.6.5).
 *   <li>Big Integer: a Number or a hex string / a {@code 0x} hex string sign-extended to a
 *       multiple of 8 bytes (§4.1.6.6).
 *   <li>Enumeration: a Number, a hex string or the value name / the name, or {@code 0x} and 8
 *       hex digits when the value has none (§4.1.6.7).
 *   <li>Boolean: {@code true}/{@code false} or a hex string / {@code true}/{@code false}
 *       (§4.1.6.8).
 *   <li>Text String: a string (§4.1.6.9). Byte String: hex without {@code 0x} (§4.1.6.10).
 *   <li>Date-Time: a hex string or ISO 8601 ({@code xsd:dateTime}; fractional seconds truncated,
 *       no time zone read as UTC) / ISO 8601 with {@code +00:00} (§4.1.6.11).
 *   <li>Interval: a Number or a hex string / a Number (§4.1.6.12).
 *   <li>Date-Time Extended (KMIP 2.0): ISO 8601 with microseconds, or a hex string.
 * </ul>
 * {@code "$…"} strings are placeholders, as in {@link XmlTtlv}.
 *
 * <p>A document is one item object or an array of items. Limits: {@link TtlvLimits} bound depth,
 * children per structure and value sizes; the document is bounded by
 * {@link XmlTtlv#maxDocumentBytes()}' rule (8 × the TTLV message limit).
 */
public final class JsonTtlv {

  private static final int ATTRIBUTE_NAME = 0x42000A;
  /** Long Integers at least this large in magnitude are written as hex (§4.1.6.5). */
  private static final long MAX_NUMBER = 1L << 52;

  private final SpecRegistry registry;
  private final TtlvLimits limits;
  private final XmlTtlv names;
  private final JsonFactory factory;

  public JsonTtlv() {
    this(SpecRegistry.withDrafts(), TtlvLimits.DEFAULT);
  }

  public JsonTtlv(SpecRegistry registry, TtlvLimits limits) {
    this.registry = registry;
    this.limits = limits;
    this.names = new XmlTtlv(registry, limits);
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth() * 2 + 2)
            .maxStringLength(Math.max(1024, limits.maxItemBytes() * 2 + 16))
            .maxNumberLength(64)
            .maxDocumentLength(names.maxDocumentBytes())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  // ================================================================== read

  /** Reads one item, or an array of items. */
  public List<TtlvItem> read(String json) {
    return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /** Reads one item, or an array of items; the stream is not closed. */
  public List<TtlvItem> read(InputStream in) {
    try (JsonParser p = factory.createParser(in)) {
      JsonToken t = p.nextToken();
      List<TtlvItem> out = new ArrayList<>();
      if (t == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.START_OBJECT) {
          if (out.size() >= limits.maxItemsPerStructure()) {
            throw error(p, "items in document: more than " + limits.maxItemsPerStructure()
                + " (expected: <= " + limits.maxItemsPerStructure() + ")");
          }
          out.add(readItem(p, 1, null));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
          throw error(p, "JSON array element: " + p.currentToken() + " (expected: an item object)");
        }
      } else if (t == JsonToken.START_OBJECT) {
        out.add(readItem(p, 1, null));
      } else {
        throw error(p, "JSON document: " + (t == null ? "empty" : t.toString()) + " (expected: an item object or an array of them)");
      }
      JsonToken rest = p.nextToken();
      if (rest != null) {
        throw error(p, "JSON after the document: " + rest + " (expected: end of input)");
      }
      return out;
    } catch (StreamConstraintsException e) {
      throw new TtlvException("JSON limit: " + e.getOriginalMessage() + " (expected: within TtlvLimits)",
          offset(e.getLocation()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new TtlvException(where(e.getLocation()) + "JSON: not well-formed: " + e.getOriginalMessage().replaceAll("\\s+", " ")
          + " (expected: well-formed JSON)", offset(e.getLocation()));
    } catch (IOException e) {
      throw new TtlvException("JSON: " + e.getMessage(), e);
    }
  }

  /** Reads a document holding exactly one item. */
  public TtlvItem readOne(String json) {
    List<TtlvItem> items = read(json);
    if (items.size() != 1) {
      throw new TtlvException("JSON items: " + items.size() + " (expected: exactly 1)");
    }
    return items.get(0);
  }

  private TtlvItem readItem(JsonParser p, int depth, String attributeName) throws IOException {
    if (depth > limits.maxDepth()) {
      throw error(p, "nesting depth: " + depth + " (expected: <= " + limits.maxDepth() + ")");
    }
    String tagText = null;
    String typeText = null;
    List<TtlvItem> children = null;
    String scalar = null;
    JsonToken scalarKind = null;
    boolean nullValue = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      switch (field) {
        case "tag" -> tagText = string(p, v, "tag");
        case "name" -> string(p, v, "name"); // informative only (§4.1.6)
        case "type" -> typeText = string(p, v, "type");
        case "value" -> {
          if (v == JsonToken.VALUE_NULL) {
            nullValue = true; // a Structure without items (§4.1.6.2)
          } else if (v == JsonToken.START_ARRAY) {
            children = new ArrayList<>();
            String lastAttributeName = null;
            while (p.nextToken() == JsonToken.START_OBJECT) {
              if (children.size() >= limits.maxItemsPerStructure()) {
                throw error(p, "structure children: more than " + limits.maxItemsPerStructure()
                    + " (expected: <= " + limits.maxItemsPerStructure() + ")");
              }
              TtlvItem child = readItem(p, depth + 1, lastAttributeName);
              if (child.tag() == ATTRIBUTE_NAME && child instanceof TtlvItem.Text t) {
                lastAttributeName = t.value();
              }
              children.add(child);
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
              throw error(p, "structure value element: " + p.currentToken() + " (expected: an item object)");
            }
          } else if (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NUMBER_INT
              || v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
            scalar = p.getText();
            scalarKind = v;
          } else {
            throw error(p, "value: " + v + " (expected: a string, an integer, a boolean, an array of items or null)");
          }
        }
        default -> throw error(p, "item field: \"" + TextForms.abbreviate(field) + "\" (expected: tag, name, type, value)");
      }
    }
    if (tagText == null) {
      throw error(p, "item tag: missing (expected: \"tag\": a tag name or \"0x42xxxx\")");
    }
    int tag = tagOf(p, tagText);
    ItemType type;
    if (typeText == null) {
      type = ItemType.STRUCTURE;
    } else {
      type = ItemType.fromXmlName(typeText);
      if (type == null) {
        throw error(p, tagText + " type: \"" + TextForms.abbreviate(typeText) + "\" (expected: one of Structure, Integer, "
            + "LongInteger, BigInteger, Enumeration, Boolean, TextString, ByteString, DateTime, Interval, DateTimeExtended)");
      }
    }
    if (type == ItemType.STRUCTURE) {
      if (scalar != null) {
        throw error(p, tagText + " value: a " + scalarKind + " for a Structure (expected: an array of items)");
      }
      return new TtlvItem.Structure(tag, children == null ? List.of() : children);
    }
    if (children != null || nullValue) {
      throw error(p, tagText + " value: " + (nullValue ? "null" : "an array") + " for a " + type.xmlName() + " (expected: a scalar)");
    }
    if (scalar == null) {
      throw error(p, tagText + " value: missing (expected: \"value\" for a " + type.xmlName() + ")");
    }
    boolean stringOk = scalarKind == JsonToken.VALUE_STRING;
    if (type == ItemType.BIG_INTEGER && scalarKind == JsonToken.VALUE_NUMBER_INT) {
      try {
        return TextForms.bigIntegerDecimal(tag, scalar, tagText, limits.maxItemBytes());
      } catch (TtlvException e) {
        throw error(p, e.reason());
      }
    }
    boolean kindOk = switch (type) {
      case TEXT_STRING, BYTE_STRING, BIG_INTEGER, DATE_TIME, DATE_TIME_EXTENDED -> stringOk;
      case BOOLEAN -> scalarKind != JsonToken.VALUE_NUMBER_INT;
      default -> scalarKind != JsonToken.VALUE_TRUE && scalarKind != JsonToken.VALUE_FALSE;
    };
    if (!kindOk) {
      throw error(p, tagText + " value: a JSON " + scalarKind + " for a " + type.xmlName()
          + " (expected: " + (type == ItemType.BOOLEAN ? "true or false" : "a string") + ")");
    }
    try {
      return TextForms.parse(tag, type, scalar, names.namesFor(tag, type, attributeName), tagText, limits.maxItemBytes());
    } catch (TtlvException e) {
      throw error(p, e.reason());
    }
  }

  private static String string(JsonParser p, JsonToken v, String field) throws IOException {
    if (v != JsonToken.VALUE_STRING) {
      throw error(p, "item " + field + ": " + v + " (expected: a string)");
    }
    return p.getText();
  }

  private int tagOf(JsonParser p, String text) {
    if (text.startsWith("0x") || text.startsWith("0X")) {
      if (!text.matches("0[xX][0-9A-Fa-f]{6}")) {
        throw error(p, "tag: \"" + TextForms.abbreviate(text) + "\" (expected: 0x and 6 hex digits)");
      }
      return Integer.parseInt(text.substring(2), 16);
    }
    return registry.tagByName(text).map(SpecRegistry.TagInfo::tag).orElseThrow(() -> error(p,
        "tag name: " + TextForms.abbreviate(text) + " (expected: a tag of KMIP 1.0-2.1, or \"0x54xxxx\")"));
  }

  private static TtlvException error(JsonParser p, String reason) {
    JsonLocation l = p.currentLocation();
    return new TtlvException(where(l) + reason, offset(l));
  }

  private static String where(JsonLocation l) {
    return l == null ? "" : "line " + l.getLineNr() + ", column " + l.getColumnNr() + ": ";
  }

  private static long offset(JsonLocation l) {
    if (l == null) {
      return TtlvException.NO_OFFSET;
    }
    long b = l.getByteOffset();
    return b >= 0 ? b : Math.max(TtlvException.NO_OFFSET, l.getCharOffset());
  }

  // ================================================================== write

  /** One item as an indented JSON object, ending with a newline. */
  public String write(TtlvItem item) {
    return render(List.of(item), false);
  }

  /** Several items as a JSON array. */
  public String writeAll(List<? extends TtlvItem> items) {
    return render(items, true);
  }

  /** Writes {@link #write(TtlvItem)} to a writer. */
  public void write(TtlvItem item, Writer out) throws IOException {
    out.write(write(item));
  }

  /** Writes {@link #writeAll(List)} to a writer. */
  public void writeAll(List<? extends TtlvItem> items, Writer out) throws IOException {
    out.write(writeAll(items));
  }

  private String render(List<? extends TtlvItem> items, boolean array) {
    StringWriter sw = new StringWriter();
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = factory.createGenerator(sw)) {
      g.setPrettyPrinter(pp);
      if (array) {
        g.writeStartArray();
      }
      for (TtlvItem i : items) {
        writeItem(g, i, null);
      }
      if (array) {
        g.writeEndArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.append('\n').toString();
  }

  private void writeItem(JsonGenerator g, TtlvItem item, String attributeName) throws IOException {
    g.writeStartObject();
    String name = registry.xmlName(item.tag());
    g.writeStringField("tag", name != null ? name : String.format("0x%06X", item.tag()));
    if (item instanceof TtlvItem.Structure s) {
      g.writeArrayFieldStart("value");
      String lastAttributeName = null;
      for (TtlvItem child : s.items()) {
        writeItem(g, child, lastAttributeName);
        if (child.tag() == ATTRIBUTE_NAME && child instanceof TtlvItem.Text t) {
          lastAttributeName = t.value();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      return;
    }
    g.writeStringField("type", item.type().xmlName());
    g.writeFieldName("value");
    SpecRegistry.Vocabulary v = names.namesFor(item.tag(), item.type(), attributeName);
    switch (item) {
      case TtlvItem.Int i when v == null || i.value() == 0 -> g.writeNumber(i.value());
      case TtlvItem.LongInt l when Math.abs(l.value()) < MAX_NUMBER && l.value() != Long.MIN_VALUE -> g.writeNumber(l.value());
      case TtlvItem.LongInt l -> g.writeString(String.format("0x%016X", l.value()));
      case TtlvItem.BigInt b -> g.writeString("0x" + TextForms.bigInteger(b.value()));
      case TtlvItem.Bool b -> g.writeBoolean(b.value());
      case TtlvItem.Interval i -> g.writeNumber(i.seconds());
      default -> g.writeString(names.valueText(item, attributeName, "|"));
    }
    g.writeEndObject();
  }

  @Override
  public String toString() {
    return "JsonTtlv[" + limits + "]";
  }
}
