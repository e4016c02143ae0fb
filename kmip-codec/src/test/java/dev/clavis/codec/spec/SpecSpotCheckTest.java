package dev.clavis.codec.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clavis.codec.ItemType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Well-known values of the generated classes, checked against the rows of the specification
 * tables themselves ({@code ../shared/spec/<doc>/<doc>.txt}, one table row per line, cells
 * separated by {@code " | "}).
 */
class SpecSpotCheckTest {

  private static final Pattern HEADING = Pattern.compile("^\\d+(\\.\\d+)+\\.?\\s+\\S.*");

  /** The lines of the body section headed {@code "<number> <title>"} of a spec version. */
  private static List<String> section(String doc, String title) throws IOException {
    String shared = System.getProperty("clavis.shared.dir");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "spec")),
        "needs ../shared/spec (system property clavis.shared.dir, set by the root pom)");
    List<String> lines = Files.readAllLines(Path.of(shared, "spec", doc, doc + ".txt"), StandardCharsets.UTF_8);
    Pattern start = Pattern.compile("^\\d+(\\.\\d+)*\\.?\\s+" + Pattern.quote(title) + "\\s*$");
    int from = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (start.matcher(lines.get(i)).matches()) {
        from = i; // the last match is the body heading, after the table of contents
      }
    }
    assertThat(from).as(doc + ": heading " + title).isNotNegative();
    List<String> out = new ArrayList<>();
    for (int i = from + 1; i < lines.size() && !HEADING.matcher(lines.get(i)).matches(); i++) {
      out.add(lines.get(i));
    }
    return out;
  }

  private static String hex(int value, int digits) {
    return String.format("%0" + digits + "X", value);
  }

  @Test
  void tagValuesMatchTheTagTables() throws IOException {
    List<String> v21 = section("kmip-spec-v2.1-os", "Tag Enumeration");
    assertThat(Tag.UNIQUE_IDENTIFIER).isEqualTo(0x420094);
    assertThat(v21).contains("Unique Identifier | " + hex(Tag.UNIQUE_IDENTIFIER, 6));
    assertThat(v21).contains("Fresh | " + hex(Tag.FRESH, 6));
    assertThat(v21).contains("Object Type | " + hex(Tag.OBJECT_TYPE, 6));
    List<String> v14 = section("kmip-spec-v1.4-os", "Tags");
    assertThat(v14).contains("Template | " + hex(Tag.TEMPLATE, 6));
    assertThat(v14).contains("X.509 Certificate Identifier | " + hex(Tag.X_509_CERTIFICATE_IDENTIFIER, 6));
    assertThat(v14).contains("Template-Attribute | " + hex(Tag.TEMPLATE_ATTRIBUTE, 6));
    assertThat(section("kmip-spec-v2.1-os", "Tag Enumeration"))
        .contains("PKCS#11 Function | " + hex(Tag.PKCS_11_FUNCTION, 6));
    // Template is listed as (Reserved) from 2.0 on; Fresh first appears in 1.1.
    assertThat(v21).noneMatch(l -> l.startsWith("Template | "));
    assertThat(section("kmip-spec-1.0-os", "Tags")).noneMatch(l -> l.startsWith("Fresh | "));
    assertThat(section("kmip-spec-v1.1-os", "Tags")).contains("Fresh | " + hex(Tag.FRESH, 6));
  }

  @Test
  void enumerationValuesMatchTheEnumerationTables() throws IOException {
    assertThat(ObjectType.SYMMETRIC_KEY.value()).isEqualTo(2);
    assertThat(section("kmip-spec-v2.1-os", "Object Type Enumeration"))
        .contains("Symmetric Key | " + hex(ObjectType.SYMMETRIC_KEY.value(), 8));
    assertThat(ResultReason.ITEM_NOT_FOUND.value()).isEqualTo(1);
    assertThat(section("kmip-spec-v2.1-os", "Result Reason Enumeration"))
        .contains("Item Not Found | " + hex(ResultReason.ITEM_NOT_FOUND.value(), 8));
    assertThat(Operation.CREATE.value()).isEqualTo(1);
    assertThat(section("kmip-spec-v2.1-os", "Operation Enumeration"))
        .contains("Create | " + hex(Operation.CREATE.value(), 8));
    assertThat(section("kmip-spec-v1.4-os", "Cryptographic Algorithm Enumeration"))
        .contains("3DES | " + hex(CryptographicAlgorithm.DES3.value(), 8));
    assertThat(section("kmip-spec-v2.1-os", "State Enumeration"))
        .contains("Active | " + hex(State.ACTIVE.value(), 8));
    assertThat(CryptographicUsageMask.ENCRYPT.value()).isEqualTo(4);
    assertThat(section("kmip-spec-v2.1-os", "Cryptographic Usage Mask"))
        .anyMatch(l -> l.startsWith("Encrypt | " + hex(CryptographicUsageMask.ENCRYPT.value(), 8)));
  }

  @Test
  void versionsOfWellKnownItems() throws IOException {
    assertThat(ObjectType.TEMPLATE.since()).isEqualTo(KmipVersion.V1_0);
    assertThat(ObjectType.TEMPLATE.removedIn()).isEqualTo(KmipVersion.V2_0);
    assertThat(ObjectType.TEMPLATE.definedIn(KmipVersion.V1_4)).isTrue();
    assertThat(ObjectType.TEMPLATE.definedIn(KmipVersion.V2_0)).isFalse();
    assertThat(ObjectType.SYMMETRIC_KEY.removedIn()).isNull();
    assertThat(CryptographicUsageMask.EXPORT.removedIn()).isEqualTo(KmipVersion.V2_0);
    assertThat(ResultReason.ITEM_NOT_FOUND.since()).isEqualTo(KmipVersion.V1_0);
    JsonNode registry = RegistryCountsTest.read();
    assertThat(find(registry.get("item_types"), "Date-Time Extended").get("since").asText()).isEqualTo("2.0");
    assertThat(find(registry.get("item_types"), "Date-Time Extended").get("code").asText())
        .isEqualTo("0x" + hex(ItemType.DATE_TIME_EXTENDED.code(), 2));
    assertThat(find(registry.get("tags"), "Template").get("removed_in").asText()).isEqualTo("2.0");
    assertThat(find(registry.get("tags"), "Operation Policy Name").get("removed_in").asText()).isEqualTo("2.0");
    assertThat(find(registry.get("tags"), "Fresh").get("since").asText()).isEqualTo("1.1");
    assertThat(find(registry.get("tags"), "Unique Identifier").get("section").asText())
        .isEqualTo("2.1 §4.58 Unique Identifier");
    assertThat(find(registry.get("enumerations"), "Object Type").get("section").asText())
        .isEqualTo("2.1 §11.34 Object Type Enumeration");
    assertThat(find(registry.get("masks"), "Cryptographic Usage Mask").get("section").asText())
        .isEqualTo("2.1 §12.1 Cryptographic Usage Mask");
    assertThat(find(registry.get("tags"), "Template").get("section").asText())
        .isEqualTo("1.4 §2.2.6 Template");
  }

  private static JsonNode find(JsonNode array, String name) {
    for (JsonNode n : array) {
      if (n.get("name").asText().equals(name)) {
        return n;
      }
    }
    throw new AssertionError("not in the registry: " + name);
  }

  @Test
  void namingRules() {
    assertThat(SpecGenerator.constantName("X.509 Certificate Identifier")).isEqualTo("X_509_CERTIFICATE_IDENTIFIER");
    assertThat(SpecGenerator.constantName("PKCS#11 Function")).isEqualTo("PKCS_11_FUNCTION");
    assertThat(SpecGenerator.constantName("Template-Attribute")).isEqualTo("TEMPLATE_ATTRIBUTE");
    assertThat(SpecGenerator.constantName("3DES")).isEqualTo("DES3");
    assertThat(SpecGenerator.constantName("SHA-512/224")).isEqualTo("SHA_512_224");
    assertThat(SpecGenerator.className("PKCS#11 Function")).isEqualTo("Pkcs11Function");
    assertThat(SpecGenerator.className("NIST Key Type")).isEqualTo("NistKeyType");
    assertThat(SpecGenerator.className("FIPS186 Variation")).isEqualTo("Fips186Variation");
    assertThat(SpecGenerator.className("DRBG Algorithm")).isEqualTo("DrbgAlgorithm");
    assertThat(SpecGenerator.className("RNG Algorithm")).isEqualTo("RngAlgorithm");
  }

  @Test
  void tagXmlNamesFollowTheProfilesRule() throws IOException {
    JsonNode tags = RegistryCountsTest.read().get("tags");
    assertThat(find(tags, "X.509 Certificate Identifier").get("xml_name").asText()).isEqualTo("X_509CertificateIdentifier");
    assertThat(find(tags, "PKCS#11 Function").get("xml_name").asText()).isEqualTo("PKCS_11Function");
    assertThat(find(tags, "Template-Attribute").get("xml_name").asText()).isEqualTo("TemplateAttribute");
    assertThat(find(tags, "Cryptographic Algorithm").get("xml_name").asText()).isEqualTo("CryptographicAlgorithm");
    assertThat(find(tags, "Mask Generator Hashing Algorithm").get("enumeration").asText()).isEqualTo("Hashing Algorithm");
    assertThat(find(tags, "Object Type").get("enumeration").asText()).isEqualTo("Object Type");
    assertThat(find(tags, "Cryptographic Usage Mask").get("enumeration").asText()).isEqualTo("Cryptographic Usage Mask");
    assertThat(find(tags, "Activation Date").has("enumeration")).isFalse();
  }

  @Test
  void xmlNames() {
    assertThat(ObjectType.SYMMETRIC_KEY.xmlName()).isEqualTo("SymmetricKey");
    assertThat(HashingAlgorithm.SHA_256.xmlName()).isEqualTo("SHA_256");
    assertThat(CryptographicAlgorithm.DES3.xmlName()).isEqualTo("DES3");
    assertThat(CryptographicAlgorithm.HMAC_SHA256.xmlName()).isEqualTo("HMAC_SHA256");
    assertThat(CryptographicAlgorithm.fromXmlName("AES")).isEqualTo(CryptographicAlgorithm.AES);
    assertThat(MaskGenerator.fromXmlName("MGF1")).isNotNull();
    assertThat(SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_8.xmlName()).isEqualTo("PolynomialSharingGF2_8");
    assertThat(ResultReason.fromValue(1)).isEqualTo(ResultReason.ITEM_NOT_FOUND);
    assertThat(ResultReason.fromValue(0x7FFFFFFF)).isNull();
    assertThat(Pkcs11Function.values()).isEmpty();
    assertThat(Pkcs11Function.fromValue(1)).isNull();
  }

  @Test
  void masksAndVersions() {
    Set<CryptographicUsageMask> flags = EnumSet.of(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT);
    assertThat(CryptographicUsageMask.bits(flags)).isEqualTo(0x0C);
    assertThat(CryptographicUsageMask.from(0x0C)).isEqualTo(flags);
    assertThat(CryptographicUsageMask.from(0x0C | 0x40000000)).isEqualTo(flags);
    assertThat(CryptographicUsageMask.undefinedBits(0x0C | 0x40000000)).isEqualTo(0x40000000);
    assertThat(KmipVersion.of(1, 4)).isEqualTo(KmipVersion.V1_4);
    assertThat(KmipVersion.of(3, 0)).isNull();
    assertThat(KmipVersion.V1_4).hasToString("1.4");
    assertThat(KmipVersion.V2_1.major()).isEqualTo(2);
    assertThat(KmipVersion.V2_1.minor()).isEqualTo(1);
    assertThat(KmipVersion.V2_0.atLeast(KmipVersion.V1_4)).isTrue();
    assertThat(KmipVersion.V1_4.atLeast(KmipVersion.V2_0)).isFalse();
    assertThat(KmipVersion.parse("1.0")).isEqualTo(KmipVersion.V1_0);
  }
}
