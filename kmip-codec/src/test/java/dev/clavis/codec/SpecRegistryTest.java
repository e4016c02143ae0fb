package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpecRegistryTest {

  private final SpecRegistry registry = SpecRegistry.get();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Cryptographic Algorithm|CryptographicAlgorithm",
      "X.509 Certificate Identifier|X_509CertificateIdentifier",
      "PKCS#11 Function|PKCS_11Function",
      "Template-Attribute|TemplateAttribute",
      "3DES|DES3",
      "HMAC-SHA256|HMAC_SHA256",
      "SHA-256|SHA_256",
      "Re-key Key Pair|ReKeyKeyPair",
      "SHA-256 with RSA Encryption|SHA_256WithRSAEncryption",
      "x-Change Notice|XChangeNotice",
      "Baseline Server Basic KMIP v1.2|BaselineServerBasicKMIPV1_2",
      "Suite B minLOS_128 Server KMIP v1.0|SuiteBMinLOS_128ServerKMIPV1_0",
      "FIPS 186-2|FIPS186_2",
      "Username and Password|UsernameAndPassword",
      "P-256|P_256",
      "On-line storage|OnLineStorage"})
  void normalizesNamesAsTheProfilesSay(String spec, String xml) {
    assertThat(SpecRegistry.normalize(spec)).isEqualTo(xml);
  }

  @Test
  void tagsByValueAndName() {
    assertThat(registry.xmlName(0x420094)).isEqualTo("UniqueIdentifier");
    assertThat(registry.tagByName("X_509CertificateIdentifier")).map(SpecRegistry.TagInfo::tag).contains(0x4200B5);
    assertThat(registry.tagByName("Cryptographic Algorithm")).map(SpecRegistry.TagInfo::tag).contains(0x420028);
    assertThat(registry.tag(0x420028)).map(SpecRegistry.TagInfo::type).contains(ItemType.ENUMERATION);
    assertThat(registry.xmlName(0x540001)).isNull();
    assertThat(registry.tags()).hasSize(371);
  }

  @Test
  void versionsOfTagsAndValues() {
    assertThat(registry.since(0x420001)).contains("1.0");
    // Template (0x420090) was removed in 2.0.
    assertThat(registry.removedIn(0x420090)).contains("2.0");
    assertThat(registry.definedIn(0x420090, "1.4")).isTrue();
    assertThat(registry.definedIn(0x420090, "2.0")).isFalse();
    // Operation 0x25 RNG Retrieve appeared in 1.2.
    assertThat(registry.enumSince(0x42005C, 0x25)).contains("1.2");
    assertThat(registry.enumDefinedIn(0x42005C, 0x25, "1.1")).isFalse();
    assertThat(registry.enumDefinedIn(0x42005C, 0x25, "2.1")).isTrue();
    assertThat(registry.enumSince(0x42005C, 0x7FFF)).isEmpty();
  }

  @Test
  void enumerationsPerTag() {
    assertThat(registry.enumName(0x42005C, 0x01)).isEqualTo("Create");
    assertThat(registry.enumValue(0x42005C, "ReKeyKeyPair")).hasValue(0x1D);
    assertThat(registry.enumValue(0x420028, "DES3")).hasValue(0x02);
    // Mask Generator Hashing Algorithm uses the Hashing Algorithm names.
    int mgha = registry.tagByName("MaskGeneratorHashingAlgorithm").orElseThrow().tag();
    assertThat(registry.enumValue(mgha, "SHA_256")).hasValue(0x06);
    // Attribute Reference names tags.
    int ref = registry.tagByName("AttributeReference").orElseThrow().tag();
    assertThat(registry.enumValue(ref, "CryptographicAlgorithm")).hasValue(0x420028);
    // The v1.4 spelling MGF1 is kept (v2.x tables misspell it MFG1; both read).
    int mg = registry.tagByName("MaskGenerator").orElseThrow().tag();
    assertThat(registry.enumName(mg, 1)).isEqualTo("MGF1");
    assertThat(registry.enumValue(mg, "MFG1")).hasValue(1);
    // PKCS#11 functions: 1-based offsets in CK_FUNCTION_LIST_3_0.
    int fn = registry.tagByName("PKCS_11Function").orElseThrow().tag();
    assertThat(registry.enumValue(fn, "C_Initialize")).hasValue(1);
    assertThat(registry.enumValue(fn, "C_GetInfo")).hasValue(3);
  }

  @Test
  void masksPerTagAndAttributeValuesByAttributeName() {
    SpecRegistry.Vocabulary usage = registry.vocabularyOf(0x42002C).orElseThrow();
    assertThat(usage.isMask()).isTrue();
    assertThat(usage.valueOf("Encrypt")).hasValue(0x04);
    assertThat(registry.vocabularyOfAttribute("Cryptographic Usage Mask")).containsSame(usage);
    assertThat(registry.vocabularyOfAttribute("Cryptographic Algorithm")).map(SpecRegistry.Vocabulary::name)
        .contains("Cryptographic Algorithm");
    assertThat(registry.vocabularyOfAttribute("State")).map(SpecRegistry.Vocabulary::name).contains("State");
    assertThat(registry.vocabularyOfAttribute("x-custom")).isEmpty();
    assertThat(registry.vocabularyOf(0x420094)).map(SpecRegistry.Vocabulary::name).contains("Unique Identifier");
  }

  @Test
  void everyTagAndValueNameResolvesBackToItself() {
    for (SpecRegistry.TagInfo t : registry.tags().values()) {
      assertThat(registry.tagByName(t.xmlName())).as(t.name()).map(SpecRegistry.TagInfo::tag).contains(t.tag());
      assertThat(registry.tagByName(SpecRegistry.normalize(t.name()))).as(t.name()).map(SpecRegistry.TagInfo::tag).contains(t.tag());
      registry.vocabularyOf(t.tag()).ifPresent(v -> v.values().forEach(e ->
          assertThat(v.valueOf(e.xmlName())).as(v.name() + " " + e.name()).hasValue(e.value())));
    }
  }

  /**
   * The KMIP 3.0 csd01 draft values (KMIP Specification v3.0 csd01, Tags and the Object Type,
   * Operation, Credential Type and Object Class enumerations) are known to the XML/JSON view only,
   * and to no protocol version.
   */
  @Test
  void draftEntriesAreKnownToTheTextViewOnlyAndToNoVersion() {
    SpecRegistry drafts = SpecRegistry.withDrafts();
    assertThat(drafts.hasDrafts()).isTrue();
    assertThat(registry.hasDrafts()).isFalse();
    int[] tags = {0x420194, 0x420198, 0x420199, 0x42019A, 0x42019E, 0x4201A0, 0x4201A1, 0x4201B3};
    String[] names = {
      "NextLink", "PreviousLink", "PrivateKeyLink", "PublicKeyLink", "ObjectClass", "CredentialLink",
      "PasswordCredential", "GroupLink"};
    for (int i = 0; i < names.length; i++) {
      int tag = tags[i];
      assertThat(drafts.tagByName(names[i])).as(names[i]).map(SpecRegistry.TagInfo::tag).contains(tag);
      assertThat(drafts.xmlName(tag)).isEqualTo(names[i]);
      assertThat(drafts.isDraft(tag)).isTrue();
      assertThat(drafts.since(tag)).contains(SpecRegistry.DRAFT_VERSION);
      assertThat(registry.tag(tag)).as(names[i] + " in the 1.0-2.1 view").isEmpty();
      assertThat(registry.tagByName(names[i])).isEmpty();
      for (String v : new String[] {"1.0", "1.4", "2.0", "2.1", "3.0"}) {
        assertThat(drafts.definedIn(tag, v)).as(names[i] + " in " + v).isFalse();
      }
    }
    int operation = 0x42005C;
    int objectType = 0x420057;
    int credentialType = 0x420024;
    int objectClass = 0x42019E;
    Object[][] values = {
      {operation, "CreateGroup", 0x3C}, {operation, "Obliterate", 0x3D}, {operation, "CreateUser", 0x3E},
      {operation, "CreateCredential", 0x3F}, {operation, "Deactivate", 0x40},
      {objectType, "User", 0x0B}, {objectType, "Group", 0x0C}, {objectType, "PasswordCredential", 0x0D},
      {objectType, "DeviceCredential", 0x0E}, {objectType, "OneTimePasswordCredential", 0x0F},
      {objectType, "HashedPasswordCredential", 0x10},
      {credentialType, "Password", 0x07}, {credentialType, "Certificate", 0x08},
      {objectClass, "User", 0x01}, {objectClass, "System", 0x02}};
    for (Object[] v : values) {
      int tag = (Integer) v[0];
      String name = (String) v[1];
      int value = (Integer) v[2];
      assertThat(drafts.enumValue(tag, name)).as(name).hasValue(value);
      assertThat(drafts.enumName(tag, value)).isEqualTo(name);
      assertThat(drafts.enumSince(tag, value)).contains(SpecRegistry.DRAFT_VERSION);
      assertThat(drafts.enumDefinedIn(tag, value, "2.1")).isFalse();
      assertThat(registry.enumValue(tag, name)).as(name + " in the 1.0-2.1 view").isEmpty();
    }
    // The 1.0-2.1 values are untouched by the draft ones.
    assertThat(drafts.enumValue(objectType, "Certificate")).hasValue(0x01);
    assertThat(drafts.enumValue(operation, "Ping")).hasValue(0x3B);
    assertThat(drafts.tags()).hasSize(registry.tags().size() + 8);
    assertThat(dev.clavis.codec.spec.Operation.values()).noneMatch(o -> o.value() >= 0x3C && o.value() <= 0x40);
  }
}
