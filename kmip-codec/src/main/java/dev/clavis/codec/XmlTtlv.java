package dev.clavis.codec;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The KMIP XML encoding: KMIP Additional Message Encodings v1.0 (OASIS Standard, 19 May 2015)
 * §6.1 "XML Encoding", carried on by KMIP Profiles v1.4 §5.4 and v2.x "XML Encoding", as the
 * OASIS test case files write it.
 *
 * <p>An item is an element named by the tag's normalized name ({@code <CryptographicAlgorithm>}),
 * or the general form {@code <TTLV tag="0x540001">} for a tag the registry does not name
 * (§6.1.6); both are read for any tag, with an optional, informative {@code name} attribute on
 * {@code <TTLV>}, and the element name {@code x} + 6 hex digits ({@code <x540001>}, the spec's own
 * Long Integer example) is read as that tag. Other element names (an extension's published name)
 * cannot be resolved to a number and are refused. Elements may be in the namespace
 * {@value #NAMESPACE} (§6.1.6) or in none; another namespace is refused. A primitive has the
 * attributes {@code type} and {@code value}; a structure has no {@code value}, only child elements,
 * and its {@code type} is omitted (written) or {@code Structure} (read).
 *
 * <p>Values, read / written (§6.1.6.3–§6.1.6.12): Integer {@code xsd:int} decimal (hex
 * {@code 0x…} also read), or for a mask (Cryptographic Usage, Storage Status, Protection Storage
 * Mask) an {@code xsd:list} of names and 32-bit hex tokens separated by spaces; Long Integer
 * {@code xsd:long} decimal; Big Integer {@code xsd:hexBinary} (no {@code 0x}; a leading
 * {@code 0x} is tolerated on reading), sign-extended to a multiple of 8 bytes; Enumeration the
 * value name or {@code 0x} and 8 hex digits (any hex value is read); Boolean {@code xsd:boolean}
 * ({@code true}/{@code false}; {@code 1}/{@code 0} read); Text String {@code xsd:string}; Byte
 * String {@code xsd:hexBinary}; Date-Time {@code xsd:dateTime} (time zone optional, read as UTC
 * when absent; fractional seconds truncated), written with {@code +00:00}; Interval
 * {@code xsd:unsignedInt}; Date-Time Extended (KMIP 2.0) ISO 8601 with microseconds. A KMIP 1.x
 * {@code AttributeValue} takes the names of the enumeration or mask its sibling
 * {@code AttributeName} selects. Values of the form {@code $NAME}, {@code $NOW-3600} read as
 * {@link TtlvItem.Placeholder} and are written back unchanged.
 *
 * <p>A document is one item, or a {@code <KMIP>} / {@code <KmipTestCase>} root holding several
 * (the OASIS files). Reading stops at the end of the root element: anything after it is not read.
 * This tolerates {@code kmip-1.4-testcases/TC-ECDSA-SIGN-1-14.xml}, whose {@code </KMIP>} appears
 * twice. Text between the messages of a container is skipped (some Test Cases files, e.g.
 * {@code TC-DERIVEKEY-1-10.xml}, hold {@code # [[DeriveKey using SHA_256]]} lines there); text
 * inside an item is refused. The KMIP 3.0 draft item types {@code Identifier}, {@code Reference} and
 * {@code NameReference} (Profiles v3.0 csd01 only) read as Text String, their encoding in KMIP 2.1;
 * the tags and enumeration values only the 3.0 csd01 draft defines ({@code ObjectClass},
 * {@code NextLink}, Operation {@code CreateUser}, …) are named through
 * {@link SpecRegistry#withDrafts()}, the default registry here.
 *
 * <p>Hardened: no DTD (a {@code <!DOCTYPE} is refused), no external entities, depth, children per
 * structure and value sizes bounded by {@link TtlvLimits}, and the document by
 * {@link #maxDocumentBytes()}.
 */
public final class XmlTtlv {

  /** Root elements that hold a sequence of messages. */
  public static final Set<String> CONTAINERS = Set.of("KMIP", "KmipTestCase");

  /** Element name for a tag the registry cannot name (KMIP Profiles: {@code <TTLV tag="0x…">}). */
  public static final String UNKNOWN_TAG_ELEMENT = "TTLV";

  /** The namespace KMIP elements may use (Additional Message Encodings v1.0 §6.1.6). */
  public static final String NAMESPACE = "urn:oasis:tc:kmip:xmlns";

  /** Element names {@code x} + the 6 hex digits of a tag (§6.1.6.5 example {@code <x540001>}). */
  private static final Pattern HEX_ELEMENT = Pattern.compile("x[0-9A-Fa-f]{6}");

  /** KMIP 3.0 csd01 item types, read as Text String. */
  private static final Set<String> DRAFT_TEXT_TYPES = Set.of("Identifier", "Reference", "NameReference");

  private static final int ATTRIBUTE_NAME = 0x42000A;
  private static final int ATTRIBUTE_VALUE = 0x42000B;

  /** The XML text of a message is several times its TTLV size: this many times the TTLV limit. */
  public static final int DOCUMENT_BYTES_PER_MESSAGE_BYTE = 8;

  private final SpecRegistry registry;
  private final TtlvLimits limits;
  private final XMLInputFactory factory;

  public XmlTtlv() {
    this(SpecRegistry.withDrafts(), TtlvLimits.DEFAULT);
  }

  public XmlTtlv(SpecRegistry registry, TtlvLimits limits) {
    this.registry = registry;
    this.limits = limits;
    this.factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /** The largest document read: {@code maxMessageBytes × } {@value #DOCUMENT_BYTES_PER_MESSAGE_BYTE}. */
  public long maxDocumentBytes() {
    return (long) limits.maxMessageBytes() * DOCUMENT_BYTES_PER_MESSAGE_BYTE;
  }

  // ================================================================== read

  /** Reads a document: the items under a {@code <KMIP>} root, or the one root item. */
  public List<TtlvItem> read(String xml) {
    return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** Reads a document (see {@link #read(String)}); the stream is not closed. */
  public List<TtlvItem> read(InputStream in) {
    XMLStreamReader r = null;
    try {
      // The document is decoded here, strictly as UTF-8 (KMIP Profiles: the XML encoding is
      // UTF-8): the JDK parser, given bytes, prints "[Fatal Error]" lines to standard error for
      // malformed UTF-8 before throwing — a log-flooding lever for a client (found by fuzzing).
      r = factory.createXMLStreamReader(utf8(new Bounded(in, maxDocumentBytes())));
      int event = nextContent(r, false);
      if (event != XMLStreamConstants.START_ELEMENT) {
        throw error(r, "XML document: no root element (expected: <KMIP> or one KMIP item)");
      }
      List<TtlvItem> out = new ArrayList<>();
      if (CONTAINERS.contains(r.getLocalName())) {
        while (nextContent(r, true, true) == XMLStreamConstants.START_ELEMENT) {
          if (out.size() >= limits.maxItemsPerStructure()) {
            throw error(r, "messages in document: more than " + limits.maxItemsPerStructure()
                + " (expected: <= " + limits.maxItemsPerStructure() + ")");
          }
          out.add(readItem(r, 1, null));
        }
        // END_ELEMENT of the root: stop here, whatever follows (see class comment).
      } else {
        out.add(readItem(r, 1, null));
      }
      return out;
    } catch (XMLStreamException e) {
      Location l = e.getLocation();
      String msg = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ");
      // The JDK prefixes its messages with "ParseError at [row,col]:[r,c] Message: ".
      int m = msg.indexOf("Message: ");
      msg = m >= 0 ? msg.substring(m + 9) : msg;
      throw new TtlvException(where(l) + "XML: not well-formed: " + msg.strip() + " (expected: well-formed XML)",
          l == null ? TtlvException.NO_OFFSET : Math.max(0, l.getCharacterOffset()));
    } catch (UncheckedIOException e) {
      throw new TtlvException("XML: " + e.getCause().getMessage(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release beyond the parser itself
        }
      }
    }
  }

  /** Reads a document holding exactly one item. */
  public TtlvItem readOne(String xml) {
    List<TtlvItem> items = read(xml);
    if (items.size() != 1) {
      throw new TtlvException("XML items: " + items.size() + " (expected: exactly 1)");
    }
    return items.get(0);
  }

  /** Advances to the next element start or end, refusing text content and DTDs. */
  private static int nextContent(XMLStreamReader r, boolean advance) throws XMLStreamException {
    return nextContent(r, advance, false);
  }

  /**
   * As {@link #nextContent(XMLStreamReader, boolean)}; {@code skipText} ignores text between the
   * messages of a container (some Test Cases files put {@code # [[title]]} lines there).
   */
  private static int nextContent(XMLStreamReader r, boolean advance, boolean skipText) throws XMLStreamException {
    int e = advance ? r.next() : r.getEventType();
    while (true) {
      switch (e) {
        case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT -> {
          return e;
        }
        case XMLStreamConstants.DTD -> throw error(r, "XML DTD: present (expected: none; DTDs and entities are refused)");
        case XMLStreamConstants.ENTITY_REFERENCE -> throw error(r, "XML entity reference: &" + r.getLocalName() + "; (expected: none)");
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (!skipText && !r.isWhiteSpace()) {
            throw error(r, "XML text content: \"" + TextForms.abbreviate(r.getText().strip())
                + "\" (expected: only elements; values go in the value attribute)");
          }
        }
        default -> {
          // comments, processing instructions, whitespace, start of document
        }
      }
      e = r.next();
    }
  }

  private TtlvItem readItem(XMLStreamReader r, int depth, String attributeName) throws XMLStreamException {
    String name = r.getLocalName();
    if (depth > limits.maxDepth()) {
      throw error(r, "nesting depth: " + depth + " (expected: <= " + limits.maxDepth() + ")");
    }
    String ns = r.getNamespaceURI();
    if (ns != null && !ns.isEmpty() && !ns.equals(NAMESPACE)) {
      throw error(r, name + " namespace: " + TextForms.abbreviate(ns) + " (expected: none or " + NAMESPACE + ")");
    }
    int tag = tagOf(r, name);
    String typeName = null;
    String value = null;
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String a = r.getAttributeLocalName(i);
      String prefix = r.getAttributePrefix(i);
      if (prefix != null && !prefix.isEmpty()) {
        throw error(r, name + " attribute: " + prefix + ":" + a + " (expected: type and value only)");
      }
      switch (a) {
        case "type" -> typeName = r.getAttributeValue(i);
        case "value" -> value = r.getAttributeValue(i);
        case "tag", "name" -> {
          // Informative name, and the tag itself: only on the general form (§6.1.6).
          if (!UNKNOWN_TAG_ELEMENT.equals(name)) {
            throw error(r, name + " attribute: " + a + " (expected: only on <TTLV>)");
          }
        }
        default -> throw error(r, name + " attribute: " + a + " (expected: type and value only)");
      }
    }
    ItemType type;
    if (typeName == null || typeName.equals("Structure")) {
      type = ItemType.STRUCTURE;
    } else if (DRAFT_TEXT_TYPES.contains(typeName)) {
      type = ItemType.TEXT_STRING;
    } else {
      type = ItemType.fromXmlName(typeName);
      if (type == null) {
        throw error(r, name + " type: \"" + TextForms.abbreviate(typeName) + "\" (expected: one of Structure, Integer, "
            + "LongInteger, BigInteger, Enumeration, Boolean, TextString, ByteString, DateTime, Interval, DateTimeExtended)");
      }
    }
    if (type == ItemType.STRUCTURE) {
      if (value != null) {
        throw error(r, name + " value attribute: present on a Structure (expected: child elements only)");
      }
      List<TtlvItem> children = new ArrayList<>();
      String lastAttributeName = null;
      while (nextContent(r, true) == XMLStreamConstants.START_ELEMENT) {
        if (children.size() >= limits.maxItemsPerStructure()) {
          throw error(r, name + " children: more than " + limits.maxItemsPerStructure()
              + " (expected: <= " + limits.maxItemsPerStructure() + ")");
        }
        TtlvItem child = readItem(r, depth + 1, lastAttributeName);
        if (child.tag() == ATTRIBUTE_NAME && child instanceof TtlvItem.Text t) {
          lastAttributeName = t.value();
        }
        children.add(child);
      }
      return new TtlvItem.Structure(tag, children);
    }
    if (value == null) {
      throw error(r, name + " value attribute: missing (expected: value=\"…\" on a " + type.xmlName() + ")");
    }
    TtlvItem item;
    try {
      item = TextForms.parse(tag, type, value, namesFor(tag, type, attributeName), name, limits.maxItemBytes());
    } catch (TtlvException e) {
      throw error(r, e.reason());
    }
    if (nextContent(r, true) != XMLStreamConstants.END_ELEMENT) {
      throw error(r, name + " child element: present in a " + type.xmlName() + " (expected: none)");
    }
    return item;
  }

  private int tagOf(XMLStreamReader r, String name) {
    if (UNKNOWN_TAG_ELEMENT.equals(name)) {
      String t = r.getAttributeValue(null, "tag");
      if (t == null || !t.matches("0x[0-9A-Fa-f]{6}")) {
        throw error(r, "TTLV tag attribute: " + (t == null ? "missing" : "\"" + TextForms.abbreviate(t) + "\"")
            + " (expected: tag=\"0x\" and 6 hex digits)");
      }
      return Integer.parseInt(t.substring(2), 16);
    }
    if (HEX_ELEMENT.matcher(name).matches()) {
      return Integer.parseInt(name.substring(1), 16);
    }
    return registry.tagByName(name).map(SpecRegistry.TagInfo::tag).orElseThrow(() -> error(r,
        "tag name: " + TextForms.abbreviate(name) + " (expected: a tag of KMIP 1.0-2.1, or <TTLV tag=\"0x54xxxx\">)"));
  }

  /** The names a value of this tag and type may take, or null. */
  SpecRegistry.Vocabulary namesFor(int tag, ItemType type, String attributeName) {
    SpecRegistry.Vocabulary v = tag == ATTRIBUTE_VALUE && attributeName != null
        ? registry.vocabularyOfAttribute(attributeName).orElse(null)
        : registry.vocabularyOf(tag).orElse(null);
    if (v == null) {
      return null;
    }
    return (type == ItemType.ENUMERATION && !v.isMask()) || (type == ItemType.INTEGER && v.isMask()) ? v : null;
  }

  private static TtlvException error(XMLStreamReader r, String reason) {
    Location l = r.getLocation();
    return new TtlvException(where(l) + reason, l == null ? TtlvException.NO_OFFSET : Math.max(0, l.getCharacterOffset()));
  }

  private static String where(Location l) {
    return l == null ? "" : "line " + l.getLineNumber() + ", column " + l.getColumnNumber() + ": ";
  }

  /** A strict UTF-8 reader (malformed input is an error) skipping one leading byte order mark. */
  private static java.io.Reader utf8(InputStream in) {
    java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 3);
    return new java.io.InputStreamReader(p, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)) {
      private boolean started;

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        if (!started) {
          started = true;
          byte[] head = new byte[3];
          int n = p.readNBytes(head, 0, 3);
          boolean bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
          if (!bom && n > 0) {
            p.unread(head, 0, n);
          }
        }
        return super.read(cbuf, off, len);
      }
    };
  }

  /** Refuses to read past a byte budget. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private long count;

    Bounded(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > max) {
        throw new UncheckedIOException(new IOException(
            "document size: more than " + max + " bytes (expected: <= " + max + ")"));
      }
    }
  }

  // ================================================================== write

  /** One item as an XML element, indented by two spaces per level, ending with a newline. */
  public String write(TtlvItem item) {
    StringBuilder sb = new StringBuilder(256);
    writeItem(sb, item, 0, null);
    return sb.toString();
  }

  /** Several items (messages) under a {@code <KMIP>} root, as the OASIS files hold them. */
  public String writeAll(List<? extends TtlvItem> items) {
    StringBuilder sb = new StringBuilder(1024);
    sb.append("<KMIP>\n");
    for (TtlvItem i : items) {
      writeItem(sb, i, 1, null);
    }
    sb.append("</KMIP>\n");
    return sb.toString();
  }

  /** Writes {@link #write(TtlvItem)} to a writer. */
  public void write(TtlvItem item, Writer out) throws IOException {
    out.write(write(item));
  }

  /** Writes {@link #writeAll(List)} to a writer. */
  public void writeAll(List<? extends TtlvItem> items, Writer out) throws IOException {
    out.write(writeAll(items));
  }

  private void writeItem(StringBuilder sb, TtlvItem item, int depth, String attributeName) {
    indent(sb, depth);
    String name = registry.xmlName(item.tag());
    sb.append('<');
    if (name == null) {
      name = UNKNOWN_TAG_ELEMENT;
      sb.append(name).append(" tag=\"").append(String.format("0x%06X", item.tag())).append('"');
    } else {
      sb.append(name);
    }
    if (item instanceof TtlvItem.Structure s) {
      sb.append(">\n");
      String lastAttributeName = null;
      for (TtlvItem child : s.items()) {
        writeItem(sb, child, depth + 1, lastAttributeName);
        if (child.tag() == ATTRIBUTE_NAME && child instanceof TtlvItem.Text t) {
          lastAttributeName = t.value();
        }
      }
      indent(sb, depth);
      sb.append("</").append(name).append(">\n");
      return;
    }
    sb.append(" type=\"").append(item.type().xmlName()).append("\" value=\"");
    escape(sb, valueText(item, attributeName, " "));
    sb.append("\"/>\n");
  }

  /** The value attribute text of a primitive; {@code maskSeparator} joins mask names. */
  String valueText(TtlvItem item, String attributeName, String maskSeparator) {
    SpecRegistry.Vocabulary names = namesFor(item.tag(), item.type(), attributeName);
    return switch (item) {
      case TtlvItem.Int i -> TextForms.integer(i.value(), names, maskSeparator);
      case TtlvItem.LongInt l -> Long.toString(l.value());
      case TtlvItem.BigInt b -> TextForms.bigInteger(b.value());
      case TtlvItem.Enumeration e -> TextForms.enumeration(e.value(), names);
      case TtlvItem.Bool b -> Boolean.toString(b.value());
      case TtlvItem.Text t -> t.value();
      case TtlvItem.Bytes b -> TextForms.bytes(b.value());
      case TtlvItem.DateTime d -> TextForms.dateTime(d.epochSeconds());
      case TtlvItem.Interval i -> Long.toString(i.seconds());
      case TtlvItem.DateTimeExtended d -> TextForms.dateTimeExtended(d.epochMicros());
      case TtlvItem.Placeholder p -> p.expression();
      case TtlvItem.Structure s -> throw new IllegalArgumentException("a Structure has no value text");
    };
  }

  private static void indent(StringBuilder sb, int depth) {
    for (int i = 0; i < depth; i++) {
      sb.append("  ");
    }
  }

  private static void escape(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\t' -> sb.append("&#9;");
        case '\n' -> sb.append("&#10;");
        case '\r' -> sb.append("&#13;");
        default -> {
          boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
          if (pairedSurrogate) {
            sb.append(c).append(s.charAt(++i));
            continue;
          }
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
            throw new TtlvException("Text String character: U+" + String.format("%04X", (int) c)
                + " (expected: a character XML 1.0 can hold)");
          }
          sb.append(c);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "XmlTtlv[" + limits + "]";
  }
}
