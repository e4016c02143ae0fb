package dev.clavis.codec.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The registry resource against the figures of {@code ../shared/spec/README.md} (which were
 * cross-checked with kmip-go's {@code kmip14/kmip_1_4.json} and Cosmian's KMIP 2.1 types), and
 * the generated classes against the registry.
 */
class RegistryCountsTest {

  static final String RESOURCE = "/dev/clavis/codec/spec/kmip-registry.json";
  static final List<String> VERSIONS = List.of("1.0", "1.1", "1.2", "1.3", "1.4", "2.0", "2.1");

  static JsonNode registry;

  @BeforeAll
  static void load() throws IOException {
    registry = read();
  }

  static JsonNode read() throws IOException {
    try (InputStream in = RegistryCountsTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }

  static boolean definedIn(JsonNode item, String version) {
    String since = item.get("since").asText();
    JsonNode removed = item.get("removed_in");
    return since.compareTo(version) <= 0
        && (removed == null || removed.isNull() || removed.asText().compareTo(version) > 0);
  }

  static List<JsonNode> list(String field) {
    List<JsonNode> out = new ArrayList<>();
    registry.get(field).forEach(out::add);
    return out;
  }

  @Test
  void totals() {
    assertThat(registry.get("versions")).hasSize(7);
    assertThat(list("item_types")).hasSize(11);
    assertThat(list("tags")).hasSize(371);
    assertThat(list("enumerations")).hasSize(62);
    assertThat(list("enumerations").stream().mapToInt(e -> e.get("values").size()).sum())
        .isEqualTo(799);
    assertThat(list("masks")).hasSize(3);
    assertThat(list("masks").stream().mapToInt(e -> e.get("values").size()).sum()).isEqualTo(41);
  }

  /** One row of the README's per-version table. */
  record Row(String version, int itemTypes, int tags, int tagsNew, int tagsRemoved,
      int enumerations, int values, int valuesNew, int valuesRemoved, int usageMask,
      int storageStatusMask, int protectionStorageMask) {}

  static Stream<Arguments> perVersion() {
    return Stream.of(
        new Row("1.0", 10, 161, 161, 0, 30, 245, 245, 0, 20, 2, 0),
        new Row("1.1", 10, 183, 22, 0, 33, 271, 26, 0, 20, 2, 0),
        new Row("1.2", 10, 211, 28, 0, 36, 361, 90, 0, 20, 2, 0),
        new Row("1.3", 10, 247, 36, 0, 47, 536, 175, 0, 20, 2, 0),
        new Row("1.4", 10, 292, 45, 0, 49, 608, 72, 0, 20, 2, 0),
        new Row("2.0", 11, 337, 62, 17, 60, 619, 177, 166, 16, 3, 14),
        new Row("2.1", 11, 354, 17, 0, 62, 633, 14, 0, 16, 3, 14))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "KMIP {0}")
  @MethodSource("perVersion")
  void countsPerVersion(Row row) {
    String v = row.version();
    int i = VERSIONS.indexOf(v);
    String previous = i == 0 ? null : VERSIONS.get(i - 1);

    assertThat(list("item_types").stream().filter(t -> definedIn(t, v)).count())
        .as("item types").isEqualTo(row.itemTypes());
    List<JsonNode> tags = list("tags");
    assertThat(tags.stream().filter(t -> definedIn(t, v)).count()).as("tags").isEqualTo(row.tags());
    assertThat(tags.stream().filter(t -> t.get("since").asText().equals(v)).count())
        .as("tags new").isEqualTo(row.tagsNew());
    assertThat(tags.stream().filter(t -> previous != null && definedIn(t, previous) && !definedIn(t, v)).count())
        .as("tags removed").isEqualTo(row.tagsRemoved());

    List<JsonNode> enums = list("enumerations");
    assertThat(enums.stream().filter(e -> definedIn(e, v)).count())
        .as("enumerations").isEqualTo(row.enumerations());
    List<JsonNode> values = new ArrayList<>();
    enums.forEach(e -> e.get("values").forEach(values::add));
    assertThat(values.stream().filter(x -> definedIn(x, v)).count())
        .as("enumeration values").isEqualTo(row.values());
    assertThat(values.stream().filter(x -> x.get("since").asText().equals(v)).count())
        .as("values new").isEqualTo(row.valuesNew());
    assertThat(values.stream().filter(x -> previous != null && definedIn(x, previous) && !definedIn(x, v)).count())
        .as("values removed").isEqualTo(row.valuesRemoved());

    assertThat(maskBits(CryptographicUsageMask.values(), v)).as("usage mask").isEqualTo(row.usageMask());
    assertThat(maskBits(StorageStatusMask.values(), v)).as("storage status mask").isEqualTo(row.storageStatusMask());
    assertThat(maskBits(ProtectionStorageMask.values(), v)).as("protection storage mask").isEqualTo(row.protectionStorageMask());

    // The generated code agrees with the data: one KmipVersion per version, definedIn per constant.
    KmipVersion kv = KmipVersion.parse(v);
    assertThat(kv).isNotNull();
    long objectTypes = 0;
    for (JsonNode e : enums) {
      if (e.get("name").asText().equals("Object Type")) {
        for (JsonNode x : e.get("values")) {
          objectTypes += definedIn(x, v) ? 1 : 0;
        }
      }
    }
    assertThat(Stream.of(ObjectType.values()).filter(o -> o.definedIn(kv)).count())
        .as("Object Type values").isEqualTo(objectTypes);
  }

  private static long maskBits(Object[] constants, String version) {
    KmipVersion kv = KmipVersion.parse(version);
    long n = 0;
    for (Object c : constants) {
      boolean defined = switch (c) {
        case CryptographicUsageMask m -> m.definedIn(kv);
        case StorageStatusMask m -> m.definedIn(kv);
        case ProtectionStorageMask m -> m.definedIn(kv);
        default -> throw new IllegalArgumentException(c.toString());
      };
      n += defined ? 1 : 0;
    }
    return n;
  }

  private static final Pattern SECTION = Pattern.compile("(\\d\\.\\d) §(\\d+(?:\\.\\d+)+) \\S.*");
  private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Test
  void everyTagEnumerationAndMaskHasASectionFromTheLatestVersionDefiningIt() {
    List<JsonNode> items = new ArrayList<>(list("tags"));
    items.addAll(list("enumerations"));
    items.addAll(list("masks"));
    for (JsonNode item : items) {
      String name = item.get("name").asText();
      assertThat(item.hasNonNull("section")).as(name).isTrue();
      var m = SECTION.matcher(item.get("section").asText());
      assertThat(m.matches()).as(name + ": " + item.get("section")).isTrue();
      String latest = VERSIONS.stream().filter(v -> definedIn(item, v)).reduce((a, b) -> b).orElseThrow();
      assertThat(m.group(1)).as(name).isEqualTo(latest);
    }
  }

  @Test
  void xmlNamesAreXmlNamesAndUnique() {
    Set<String> tagNames = new HashSet<>();
    for (JsonNode t : list("tags")) {
      String xml = t.get("xml_name").asText();
      assertThat(xml).as(t.get("name").asText()).matches(XML_NAME);
      assertThat(tagNames.add(xml)).as("duplicate tag XML name " + xml).isTrue();
    }
    for (String group : List.of("enumerations", "masks")) {
      for (JsonNode e : list(group)) {
        Set<String> names = new HashSet<>();
        for (JsonNode v : e.get("values")) {
          String xml = v.get("xml_name").asText();
          assertThat(xml).as(e.get("name") + "/" + v.get("name")).matches(XML_NAME);
          assertThat(names.add(xml)).as("duplicate XML name " + xml + " in " + e.get("name")).isTrue();
        }
      }
    }
  }

  @Test
  void tagEnumerationsNameAnEnumerationOrMask() {
    Set<String> names = new HashSet<>();
    list("enumerations").forEach(e -> names.add(e.get("name").asText()));
    list("masks").forEach(e -> names.add(e.get("name").asText()));
    int withEnumeration = 0;
    for (JsonNode t : list("tags")) {
      if (t.hasNonNull("enumeration")) {
        withEnumeration++;
        assertThat(names).as(t.get("name").asText()).contains(t.get("enumeration").asText());
      }
    }
    // every enumeration and mask has its same-named tag, plus Mask Generator Hashing Algorithm
    assertThat(withEnumeration).isEqualTo(62 + 3 + 1);
  }

  @Test
  void tagClassHasOneConstantPerRegistryTag() throws IllegalAccessException {
    Set<Integer> registryValues = new HashSet<>();
    list("tags").forEach(t -> registryValues.add(Integer.decode(t.get("value").asText())));
    Set<Integer> constants = new HashSet<>();
    int fields = 0;
    for (Field f : Tag.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
        constants.add(f.getInt(null));
        fields++;
      }
    }
    assertThat(fields).isEqualTo(371);
    assertThat(constants).isEqualTo(registryValues);
  }

  @Test
  void everyEnumerationAndMaskClassMatchesTheRegistryAndRoundTrips() throws Exception {
    List<JsonNode> groups = new ArrayList<>(list("enumerations"));
    groups.addAll(list("masks"));
    for (JsonNode e : groups) {
      String cls = SpecGenerator.className(e.get("name").asText());
      Class<?> type = Class.forName("dev.clavis.codec.spec." + cls);
      Object[] constants = type.getEnumConstants();
      assertThat(constants).as(cls).hasSize(e.get("values").size());
      Method value = type.getMethod("value");
      Method xmlName = type.getMethod("xmlName");
      Method specName = type.getMethod("specName");
      Method fromValue = type.getMethod("fromValue", int.class);
      Method fromXmlName = type.getMethod("fromXmlName", String.class);
      int i = 0;
      for (JsonNode v : e.get("values")) {
        Object c = constants[i++];
        assertThat(value.invoke(c)).as(cls + "." + c).isEqualTo((int) Long.decode(v.get("value").asText()).longValue());
        assertThat(specName.invoke(c)).isEqualTo(v.get("name").asText());
        assertThat(xmlName.invoke(c)).isEqualTo(v.get("xml_name").asText());
        assertThat(fromValue.invoke(null, value.invoke(c))).isSameAs(c);
        assertThat(fromXmlName.invoke(null, xmlName.invoke(c))).isSameAs(c);
      }
      assertThat(fromXmlName.invoke(null, "NoSuchName")).isNull();
      assertThat(fromXmlName.invoke(null, (Object) null)).isNull();
    }
  }
}
