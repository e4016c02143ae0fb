package dev.clavis.codec.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every element name and every Enumeration (and bit-mask) value written in the OASIS XML test
 * vectors ({@code ../shared/conformance/oasis}) resolves through the registry's {@code xml_name}s
 * (the KMIP 3.0 csd01 files through its {@code drafts} section), except for a fixed list of known
 * exceptions, each with its reason.
 *
 * <p>An Enumeration value is looked up in the tag's {@code enumeration} (in 1.x, an {@code
 * AttributeValue} uses the one of the tag named by the sibling {@code AttributeName}); an element
 * whose tag has no enumeration (2.x {@code AttributeReference}, whose values are tags) must hold a
 * tag name. Mask values written as names are checked the same way.
 */
class OasisNamesTest {

  /** Names that do not resolve, with the reason; the key is {@code "<kind> <name>"}. */
  static final Map<String, String> KNOWN = Map.ofEntries(
      // PKCS#11 Function / Return Code values come from PKCS#11, not from the KMIP tables.
      Map.entry("PKCS_11Function C_Initialize", "PKCS#11 value: KMIP 2.x lists no PKCS#11 Function values"),
      Map.entry("PKCS_11Function C_GetInfo", "PKCS#11 value: KMIP 2.x lists no PKCS#11 Function values"),
      Map.entry("PKCS_11Function C_Finalize", "PKCS#11 value: KMIP 2.x lists no PKCS#11 Function values"),
      Map.entry("PKCS_11ReturnCode OK", "PKCS#11 value (CKR_OK): KMIP 2.x lists no PKCS#11 Return Code values"),
      // KMIP Test Cases v2.0 cnd02 (a draft) uses spellings the 2.0 os spec does not have.
      Map.entry("ResultReason NotAuthorized",
          "2.0 test-case draft spelling; the spec (2.0, 2.1 §11.45) says Not Authorised → NotAuthorised"),
      Map.entry("CryptographicUsageMask ContentCommitment",
          "2.0 test-case draft; the bit is Content Commitment (Non Repudiation) → "
              + "ContentCommitmentNonRepudiation, and it is Reserved from 2.0"));

  static Map<String, String> tagByXml = new HashMap<>();
  static Map<String, String> enumerationByTag = new HashMap<>(); // tag spec name -> its enumeration
  static Map<String, Set<String>> enumXmlNames = new HashMap<>(); // enumeration/mask spec name -> value XML names

  @BeforeAll
  static void load() throws IOException {
    JsonNode registry = RegistryCountsTest.read();
    // The KMIP 3.0 csd01 draft entries (registry "drafts") name what the 3.0 draft files use.
    JsonNode drafts = registry.get("drafts");
    List<JsonNode> tags = new java.util.ArrayList<>();
    registry.get("tags").forEach(tags::add);
    drafts.get("tags").forEach(tags::add);
    for (JsonNode t : tags) {
      tagByXml.put(t.get("xml_name").asText(), t.get("name").asText());
      if (t.hasNonNull("enumeration")) {
        enumerationByTag.put(t.get("name").asText(), t.get("enumeration").asText());
      }
    }
    for (JsonNode group : List.of(registry.get("enumerations"), registry.get("masks"), drafts.get("enumerations"))) {
      for (JsonNode e : group) {
        Set<String> names = enumXmlNames.computeIfAbsent(e.get("name").asText(), k -> new HashSet<>());
        e.get("values").forEach(v -> names.add(v.get("xml_name").asText()));
      }
    }
  }

  /** Unresolved "kind name" → the sets (folder under oasis/) it occurs in. */
  private final Map<String, Set<String>> unresolved = new TreeMap<>();
  private int elements;
  private int enumerationValues;
  private int maskNames;

  @Test
  void everyOasisNameResolvesThroughTheRegistry() throws Exception {
    String shared = System.getProperty("clavis.shared.dir");
    Path oasis = shared == null ? null : Path.of(shared, "conformance", "oasis");
    assumeTrue(oasis != null && Files.isDirectory(oasis),
        "needs ../shared/conformance/oasis (system property clavis.shared.dir, set by the root pom)");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(oasis)) {
      files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(700);
    for (Path f : files) {
      scan(f, oasis.relativize(f).getName(0).toString());
    }
    System.out.printf("OASIS vectors: %d files, %d elements, %d Enumeration values, %d mask names%n",
        files.size(), elements, enumerationValues, maskNames);
    unresolved.forEach((k, sets) -> System.out.printf("  unresolved %s in %s: %s%n", k, sets, KNOWN.get(k)));

    assertThat(unresolved.keySet()).as("names in the OASIS vectors that the registry does not resolve")
        .isSubsetOf(KNOWN.keySet());
    assertThat(new TreeSet<>(KNOWN.keySet())).as("known exceptions that no longer occur (remove them)")
        .isEqualTo(unresolved.keySet());
    // The OASIS Standard profile sets resolve completely, apart from PKCS#11-defined values.
    unresolved.forEach((k, sets) -> {
      if (!k.startsWith("PKCS_11")) {
        assertThat(sets).as(k).doesNotContain("kmip-1.4-profiles", "kmip-2.1-profiles");
      }
    });
  }

  private void scan(Path file, String set) throws IOException, XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      Deque<Map<String, String>> siblings = new ArrayDeque<>(); // per open element: child name -> value
      int depth = 0;
      // Stop when the root closes: one upstream file (TC-ECDSA-SIGN-1-14.xml) closes it twice.
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          String name = r.getLocalName();
          Map<String, String> mySiblings = siblings.peek();
          siblings.push(new HashMap<>());
          depth++;
          if (depth == 1) {
            continue; // <KMIP> or <KmipTestCase>, a document element, not a tag
          }
          elements++;
          String tag = tagByXml.get(name);
          if (tag == null) {
            miss("tag " + name, set);
          }
          String type = r.getAttributeValue(null, "type");
          String value = r.getAttributeValue(null, "value");
          if (value != null && mySiblings != null) {
            mySiblings.put(name, value);
          }
          if ("Enumeration".equals(type) && value != null) {
            enumerationValues++;
            checkEnumeration(name, tag, value, mySiblings, set);
          } else if ("Integer".equals(type) && value != null && !value.isBlank()
              && !value.strip().matches("-?\\d+|0x[0-9A-Fa-f]+")) {
            checkMask(name, tag, value, mySiblings, set);
          }
        } else if (event == XMLStreamReader.END_ELEMENT) {
          siblings.pop();
          if (--depth == 0) {
            break;
          }
        }
      }
      r.close();
    }
  }

  private String enumerationFor(String tag, Map<String, String> siblings) {
    if ("Attribute Value".equals(tag) && siblings != null && siblings.containsKey("AttributeName")) {
      return enumerationByTag.get(siblings.get("AttributeName")); // KMIP 1.x: the attribute's spec name
    }
    return tag == null ? null : enumerationByTag.get(tag);
  }

  private void checkEnumeration(String element, String tag, String value, Map<String, String> siblings,
      String set) {
    if (value.matches("0x[89A-Fa-f][0-9A-Fa-f]{7}")) {
      return; // an extension value, written in hex (Profiles: "0x8…")
    }
    Set<String> names = enumXmlNames.get(enumerationFor(tag, siblings));
    if (names != null) {
      if (!names.contains(value)) {
        miss(element + " " + value, set);
      }
    } else if (!tagByXml.containsKey(value)) {
      miss(element + " " + value, set); // a tag-valued enumeration (Attribute Reference) holds a tag
    }
  }

  private void checkMask(String element, String tag, String value, Map<String, String> siblings, String set) {
    Set<String> names = enumXmlNames.get(enumerationFor(tag, siblings));
    for (String flag : value.strip().split("\\s+")) {
      maskNames++;
      if (names == null || !names.contains(flag)) {
        miss(element + " " + flag, set);
      }
    }
  }

  private void miss(String key, String set) {
    unresolved.computeIfAbsent(key, k -> new TreeSet<>()).add(set);
  }
}
