package dev.clavis.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The KMIP spec registry at run time: every tag, enumeration and mask of KMIP 1.0–2.1 with the
 * version it appeared in, loaded once from {@code dev/clavis/codec/spec/kmip-registry.json}.
 *
 * <p>It answers what the text encodings (KMIP Profiles v1.4 §5.4/§5.5, v2.1 §6.x "XML/JSON
 * Encoding") need — tag value ↔ name ↔ normalized XML/JSON name, enumeration and mask value ↔
 * name per tag, the enumeration of a KMIP 1.x {@code Attribute Value} chosen by its
 * {@code Attribute Name} — and what a server needs to render a response for one protocol version:
 * {@link #since(int)}, {@link #removedIn(int)}, {@link #enumSince(int, int)}.
 *
 * <p>Names are normalized once, by {@link #normalize(String)} (KMIP Profiles §5.4.1.1
 * "Normalizing Names"). Where the registry carries an {@code xml_name} key it wins.
 *
 * <p>Two views: {@link #get()} knows KMIP 1.0–2.1 only, and is what the typed model and the
 * server use. {@link #withDrafts()} adds the registry's {@code drafts} section — the few tags and
 * enumeration values of the KMIP 3.0 csd01 draft that the OASIS 3.0 test cases use — for the XML
 * and JSON encodings and for dumps. Draft entries carry {@code since} {@value #DRAFT_VERSION},
 * which no protocol version 1.0–2.1 (nor 3.0) is: {@link #definedIn} and
 * {@link #enumDefinedIn} are false for them, so nothing renders them for a client.
 */
public final class SpecRegistry {

  /** The resource holding the registry data. */
  public static final String RESOURCE = "/dev/clavis/codec/spec/kmip-registry.json";

  /** The {@code since} of draft entries: later than every protocol version we speak. */
  public static final String DRAFT_VERSION = "3.0-draft";

  /** One tag of the registry. {@code type} is null when the spec gives no single encoding. */
  public record TagInfo(int tag, String name, String xmlName, ItemType type, String since, String removedIn) {}

  /** One named value of an enumeration or mask, with its own version range. */
  public record Value(int value, String name, String xmlName, String since, String removedIn) {}

  /**
   * A set of named values: an enumeration (KMIP 2.1 §11), a mask (KMIP 2.1 §12), or one of the
   * derived vocabularies (tags by name for Attribute Reference, item types for Extension Type).
   */
  public static final class Vocabulary {
    private final String name;
    private final boolean mask;
    private final Map<Integer, Value> byValue = new LinkedHashMap<>();
    private final Map<String, Value> byXmlName = new HashMap<>();

    Vocabulary(String name, boolean mask) {
      this.name = name;
      this.mask = mask;
    }

    void add(Value v) {
      byValue.putIfAbsent(v.value(), v);
      alias(v.xmlName(), v);
    }

    void alias(String xmlName, Value v) {
      Value old = byXmlName.get(xmlName);
      // A name reused by a value removed later loses to the one still defined.
      if (old == null || (old.removedIn() != null && v.removedIn() == null)) {
        byXmlName.put(xmlName, v);
      }
    }

    /** The spec name, e.g. {@code Cryptographic Algorithm}. */
    public String name() {
      return name;
    }

    /** True for a bit mask (names combine), false for an enumeration. */
    public boolean isMask() {
      return mask;
    }

    /** The value for a normalized name (or a former / alias spelling). */
    public OptionalInt valueOf(String xmlName) {
      Value v = byXmlName.get(xmlName);
      return v == null ? OptionalInt.empty() : OptionalInt.of(v.value());
    }

    /** The normalized name of a value, or null when the value has no name here. */
    public String nameOf(int value) {
      Value v = byValue.get(value);
      return v == null ? null : v.xmlName();
    }

    /** The registry entry of a value. */
    public Optional<Value> entry(int value) {
      return Optional.ofNullable(byValue.get(value));
    }

    /** Every value, in registry order. */
    public List<Value> values() {
      return List.copyOf(byValue.values());
    }
  }

  private static final class Holder {
    static final SpecRegistry INSTANCE = load(false);
  }

  private static final class DraftsHolder {
    static final SpecRegistry INSTANCE = load(true);
  }

  private static final String[] MASK_TAGS = {
    "Cryptographic Usage Mask", "Storage Status Mask", "Protection Storage Mask"
  };

  /**
   * Tags whose enumeration has another name than the tag. Attribute Reference (KMIP 2.0 §7.x)
   * and Tag take tag names as values; Extension Type takes item type names.
   */
  private static final Map<String, String> ENUM_OF_TAG = Map.of(
      "Mask Generator Hashing Algorithm", "Hashing Algorithm");

  private final Map<Integer, TagInfo> tags = new HashMap<>();
  private final Map<String, TagInfo> tagsByXmlName = new HashMap<>();
  private final Map<String, TagInfo> tagsBySpecName = new HashMap<>();
  private final Map<String, Vocabulary> enumerations = new HashMap<>();
  private final Map<String, Vocabulary> masks = new HashMap<>();
  private final Map<Integer, Vocabulary> vocabularyOfTag = new HashMap<>();
  private final Vocabulary tagNames = new Vocabulary("Tag", false);
  private final Vocabulary itemTypeNames = new Vocabulary("Item Type", false);

  private final boolean drafts;

  private SpecRegistry(boolean drafts) {
    this.drafts = drafts;
  }

  /** The registry of KMIP 1.0–2.1, loaded on first use from {@link #RESOURCE}. */
  public static SpecRegistry get() {
    return Holder.INSTANCE;
  }

  /**
   * The registry of KMIP 1.0–2.1 plus the KMIP 3.0 csd01 draft entries of its {@code drafts}
   * section (see the class comment): for reading and writing XML/JSON and for dumps only.
   */
  public static SpecRegistry withDrafts() {
    return DraftsHolder.INSTANCE;
  }

  /** Whether this view includes the draft entries ({@link #withDrafts()}). */
  public boolean hasDrafts() {
    return drafts;
  }

  /** Whether a tag is known only from the KMIP 3.0 draft. */
  public boolean isDraft(int tag) {
    TagInfo t = tags.get(tag);
    return t != null && DRAFT_VERSION.equals(t.since());
  }

  // ---------------------------------------------------------------- tags

  /** The registry entry of a tag. */
  public Optional<TagInfo> tag(int tag) {
    return Optional.ofNullable(tags.get(tag));
  }

  /** The tag for a normalized XML/JSON name ({@code CryptographicAlgorithm}) or spec name. */
  public Optional<TagInfo> tagByName(String name) {
    TagInfo t = tagsByXmlName.get(name);
    return Optional.ofNullable(t != null ? t : tagsBySpecName.get(name));
  }

  /** The normalized name of a tag ({@code X_509CertificateIdentifier}), or null when unknown. */
  public String xmlName(int tag) {
    TagInfo t = tags.get(tag);
    return t == null ? null : t.xmlName();
  }

  /** The version that defined the tag ({@code "1.0"} … {@code "2.1"}), empty when unknown. */
  public Optional<String> since(int tag) {
    return tag(tag).map(TagInfo::since);
  }

  /** The first version that no longer lists the tag, empty when still defined or unknown. */
  public Optional<String> removedIn(int tag) {
    return tag(tag).map(TagInfo::removedIn);
  }

  /** Whether the tag is defined in a protocol version ({@code "1.0"} … {@code "2.1"}). */
  public boolean definedIn(int tag, String version) {
    TagInfo t = tags.get(tag);
    return t != null && inRange(version, t.since(), t.removedIn());
  }

  // ------------------------------------------------------- enumerations and masks

  /** An enumeration by spec name ({@code "Cryptographic Algorithm"}). */
  public Optional<Vocabulary> enumeration(String specName) {
    return Optional.ofNullable(enumerations.get(specName));
  }

  /** A mask by spec name ({@code "Cryptographic Usage Mask"}). */
  public Optional<Vocabulary> mask(String specName) {
    return Optional.ofNullable(masks.get(specName));
  }

  /**
   * The names an item of this tag takes: the enumeration for an Enumeration tag, the mask for a
   * mask-typed Integer tag; empty otherwise (and for the polymorphic Attribute Value, see
   * {@link #vocabularyOfAttribute(String)}).
   */
  public Optional<Vocabulary> vocabularyOf(int tag) {
    return Optional.ofNullable(vocabularyOfTag.get(tag));
  }

  /**
   * The names a KMIP 1.x {@code Attribute Value} takes when its {@code Attribute Name} is
   * {@code attributeName} (KMIP 1.4 §2.1.1): the enumeration or mask of the attribute's tag, e.g.
   * "Cryptographic Algorithm" → that enumeration, "Cryptographic Usage Mask" → that mask.
   */
  public Optional<Vocabulary> vocabularyOfAttribute(String attributeName) {
    TagInfo t = tagsBySpecName.get(attributeName);
    return t == null ? Optional.empty() : vocabularyOf(t.tag());
  }

  /** The normalized name of an enumeration value for this tag, or null. */
  public String enumName(int tag, int value) {
    Vocabulary v = vocabularyOfTag.get(tag);
    return v == null ? null : v.nameOf(value);
  }

  /** The enumeration value of a normalized name for this tag. */
  public OptionalInt enumValue(int tag, String xmlName) {
    Vocabulary v = vocabularyOfTag.get(tag);
    return v == null ? OptionalInt.empty() : v.valueOf(xmlName);
  }

  /** The version that defined this enumeration (or mask) value for this tag, empty when unknown. */
  public Optional<String> enumSince(int tag, int value) {
    Vocabulary v = vocabularyOfTag.get(tag);
    return v == null ? Optional.empty() : v.entry(value).map(Value::since);
  }

  /** The first version no longer listing this enumeration value for this tag, empty if none. */
  public Optional<String> enumRemovedIn(int tag, int value) {
    Vocabulary v = vocabularyOfTag.get(tag);
    return v == null ? Optional.empty() : v.entry(value).map(Value::removedIn);
  }

  /** Whether this enumeration value of this tag is defined in a protocol version. */
  public boolean enumDefinedIn(int tag, int value, String version) {
    Vocabulary v = vocabularyOfTag.get(tag);
    Value e = v == null ? null : v.entry(value).orElse(null);
    return e != null && inRange(version, e.since(), e.removedIn());
  }

  private static boolean inRange(String version, String since, String removedIn) {
    return since != null && version.compareTo(since) >= 0 && (removedIn == null || version.compareTo(removedIn) < 0);
  }

  // ---------------------------------------------------------------- names

  /**
   * Normalizes a spec name into the CamelCase used by the XML and JSON encodings (KMIP Profiles
   * v1.4 §5.4.1.1 / v2.1 "Normalizing Names"): round brackets become spaces; a non-word character
   * followed by a letter and a lower-case letter becomes a space; other non-word characters become
   * {@code _}; digits leading the first word move to its end; each word is capitalized; spaces go.
   * {@code "X.509 Certificate Identifier"} → {@code X_509CertificateIdentifier},
   * {@code "3DES"} → {@code DES3}, {@code "Re-key"} → {@code ReKey}.
   */
  public static String normalize(String name) {
    StringBuilder s = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      s.append(c == '(' || c == ')' ? ' ' : c);
    }
    // Rule 2 and 3 in one pass over the original characters.
    StringBuilder t = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isWord(c) || c == ' ') {
        t.append(c);
      } else if (i + 2 < s.length() && isLetter(s.charAt(i + 1)) && isLower(s.charAt(i + 2))) {
        t.append(' ');
      } else {
        t.append('_');
      }
    }
    String[] words = t.toString().split(" ", -1);
    StringBuilder out = new StringBuilder(t.length());
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (w == 0) {
        int d = 0;
        while (d < word.length() && Character.isDigit(word.charAt(d))) {
          d++;
        }
        word = word.substring(d) + word.substring(0, d);
      }
      if (!word.isEmpty()) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      }
    }
    return out.toString();
  }

  private static boolean isWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  // ---------------------------------------------------------------- loading

  /**
   * Spellings the OASIS test files use that the extracted spec tables lose or misspell:
   * superscripts flattened by the extraction ({@code GF (2^8)}), the v2.x typo {@code MFG1}, the
   * short {@code ContentCommitment} for "Content Commitment (Non Repudiation)", and the US spelling
   * of {@code Not Authorised}. Each maps an enumeration value to the name written
   * out; the registry's own spelling stays accepted on input.
   */
  private static final Map<String, Map<Integer, String>> PREFERRED_NAMES = Map.of(
      "Split Key Method", Map.of(0x02, "PolynomialSharingGF2_16", 0x04, "PolynomialSharingGF2_8"),
      "Mask Generator", Map.of(0x01, "MGF1"),
      "Cryptographic Usage Mask", Map.of(0x400, "ContentCommitment"));

  private static final Map<String, Map<String, Integer>> EXTRA_ALIASES = Map.of(
      "Result Reason", Map.of("NotAuthorized", 0x39));

  /**
   * PKCS#11 Function (KMIP 2.1 §11.38): "the 1-based offset count of the function in the
   * CK_FUNCTION_LIST_3_0 structure" of PKCS#11 v3.0; the spec has no table, the order is PKCS#11's.
   */
  private static final String[] PKCS11_FUNCTIONS = {
    "C_Initialize", "C_Finalize", "C_GetInfo", "C_GetFunctionList", "C_GetSlotList", "C_GetSlotInfo",
    "C_GetTokenInfo", "C_GetMechanismList", "C_GetMechanismInfo", "C_InitToken", "C_InitPIN", "C_SetPIN",
    "C_OpenSession", "C_CloseSession", "C_CloseAllSessions", "C_GetSessionInfo", "C_GetOperationState",
    "C_SetOperationState", "C_Login", "C_Logout", "C_CreateObject", "C_CopyObject", "C_DestroyObject",
    "C_GetObjectSize", "C_GetAttributeValue", "C_SetAttributeValue", "C_FindObjectsInit", "C_FindObjects",
    "C_FindObjectsFinal", "C_EncryptInit", "C_Encrypt", "C_EncryptUpdate", "C_EncryptFinal",
    "C_DecryptInit", "C_Decrypt", "C_DecryptUpdate", "C_DecryptFinal", "C_DigestInit", "C_Digest",
    "C_DigestUpdate", "C_DigestKey", "C_DigestFinal", "C_SignInit", "C_Sign", "C_SignUpdate",
    "C_SignFinal", "C_SignRecoverInit", "C_SignRecover", "C_VerifyInit", "C_Verify", "C_VerifyUpdate",
    "C_VerifyFinal", "C_VerifyRecoverInit", "C_VerifyRecover", "C_DigestEncryptUpdate",
    "C_DecryptDigestUpdate", "C_SignEncryptUpdate", "C_DecryptVerifyUpdate", "C_GenerateKey",
    "C_GenerateKeyPair", "C_WrapKey", "C_UnwrapKey", "C_DeriveKey", "C_SeedRandom", "C_GenerateRandom",
    "C_GetFunctionStatus", "C_CancelFunction", "C_WaitForSlotEvent", "C_GetInterfaceList",
    "C_GetInterface", "C_LoginUser", "C_SessionCancel", "C_MessageEncryptInit", "C_EncryptMessage",
    "C_EncryptMessageBegin", "C_EncryptMessageNext", "C_MessageEncryptFinal", "C_MessageDecryptInit",
    "C_DecryptMessage", "C_DecryptMessageBegin", "C_DecryptMessageNext", "C_MessageDecryptFinal",
    "C_MessageSignInit", "C_SignMessage", "C_SignMessageBegin", "C_SignMessageNext",
    "C_MessageSignFinal", "C_MessageVerifyInit", "C_VerifyMessage", "C_VerifyMessageBegin",
    "C_VerifyMessageNext", "C_MessageVerifyFinal"
  };

  /** PKCS#11 Return Code (KMIP 2.1 §11.39): a few CK_RV values, named without {@code CKR_}. */
  private static final Map<Integer, String> PKCS11_RETURN_CODES = Map.ofEntries(
      Map.entry(0x00, "OK"), Map.entry(0x01, "CANCEL"), Map.entry(0x02, "HOST_MEMORY"),
      Map.entry(0x03, "SLOT_ID_INVALID"), Map.entry(0x05, "GENERAL_ERROR"), Map.entry(0x06, "FUNCTION_FAILED"),
      Map.entry(0x07, "ARGUMENTS_BAD"), Map.entry(0x54, "FUNCTION_NOT_SUPPORTED"),
      Map.entry(0x190, "CRYPTOKI_ALREADY_INITIALIZED"), Map.entry(0x191, "CRYPTOKI_NOT_INITIALIZED"));

  @SuppressWarnings("unchecked") // the registry is a JSON document of objects and arrays, read generically
  private static SpecRegistry load(boolean withDrafts) {
    Map<String, Object> root;
    try (InputStream in = SpecRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("spec registry resource: missing (expected: " + RESOURCE + " on the class path)");
      }
      try (JsonParser p = new JsonFactory().createParser(in)) {
        p.nextToken();
        root = (Map<String, Object>) readJson(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("spec registry: unreadable " + RESOURCE, e);
    }
    SpecRegistry r = new SpecRegistry(withDrafts);
    for (Object o : (List<Object>) root.get("item_types")) {
      Map<String, Object> it = (Map<String, Object>) o;
      r.itemTypeNames.add(new Value(hex(it.get("code")), (String) it.get("name"),
          normalize((String) it.get("name")), (String) it.get("since"), (String) it.get("removed_in")));
    }
    r.addTags((List<Object>) root.get("tags"), false);
    r.enumerations.putAll(vocabularies((List<Object>) root.get("enumerations"), false));
    r.masks.putAll(vocabularies((List<Object>) root.get("masks"), true));
    if (withDrafts && root.get("drafts") instanceof Map<?, ?> d) {
      Map<String, Object> draft = (Map<String, Object>) d;
      r.addTags((List<Object>) draft.get("tags"), true);
      r.addDraftValues((List<Object>) draft.get("enumerations"));
    }
    Vocabulary pkcs11 = r.enumerations.get("PKCS#11 Function");
    if (pkcs11 != null && pkcs11.byValue.isEmpty()) {
      for (int i = 0; i < PKCS11_FUNCTIONS.length; i++) {
        pkcs11.add(new Value(i + 1, PKCS11_FUNCTIONS[i], PKCS11_FUNCTIONS[i], "2.0", null));
      }
    }
    Vocabulary rc = r.enumerations.get("PKCS#11 Return Code");
    if (rc != null && rc.byValue.isEmpty()) {
      PKCS11_RETURN_CODES.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> rc.add(new Value(e.getKey(), e.getValue(), e.getValue(), "2.0", null)));
    }
    r.bindVocabularies();
    return r;
  }

  @SuppressWarnings("unchecked") // see load()
  private void addTags(List<Object> list, boolean draft) {
    for (Object o : list) {
      Map<String, Object> t = (Map<String, Object>) o;
      String name = (String) t.get("name");
      String xml = t.get("xml_name") instanceof String x ? x : normalize(name);
      String type = (String) t.get("type");
      TagInfo info = new TagInfo(hex(t.get("value")), name, xml,
          type == null ? null : ItemType.fromXmlName(normalize(type)),
          (String) t.get("since"), (String) t.get("removed_in"));
      if (draft && tags.containsKey(info.tag())) {
        continue; // a draft entry never replaces a KMIP 1.0–2.1 tag
      }
      tags.put(info.tag(), info);
      tagsByXmlName.putIfAbsent(xml, info);
      tagsByXmlName.putIfAbsent(normalize(name), info);
      tagsBySpecName.putIfAbsent(name, info);
      tagNames.add(new Value(info.tag(), name, xml, info.since(), info.removedIn()));
    }
  }

  /**
   * Adds the draft values of the registry's {@code drafts.enumerations}: to the enumeration of
   * that name when KMIP 1.0–2.1 has one (Object Type, Operation, Credential Type), else as a new
   * enumeration (Object Class). A draft value never replaces a 1.0–2.1 value of the same number.
   */
  private void addDraftValues(List<Object> list) {
    for (Map.Entry<String, Vocabulary> e : vocabularies(list, false).entrySet()) {
      Vocabulary existing = enumerations.get(e.getKey());
      if (existing == null) {
        enumerations.put(e.getKey(), e.getValue());
        continue;
      }
      for (Value v : e.getValue().byValue.values()) {
        if (!existing.byValue.containsKey(v.value())) {
          existing.add(v);
        }
      }
    }
  }

  @SuppressWarnings("unchecked") // see load()
  private static Map<String, Vocabulary> vocabularies(List<Object> list, boolean mask) {
    Map<String, Vocabulary> out = new HashMap<>();
    for (Object o : list) {
      Map<String, Object> e = (Map<String, Object>) o;
      String name = (String) e.get("name");
      Vocabulary v = new Vocabulary(name, mask);
      Map<Integer, String> preferred = PREFERRED_NAMES.getOrDefault(name, Map.of());
      for (Object vo : (List<Object>) e.get("values")) {
        Map<String, Object> m = (Map<String, Object>) vo;
        int value = hex(m.get("value"));
        String specName = (String) m.get("name");
        String own = m.get("xml_name") instanceof String x ? x : normalize(specName);
        Value val = new Value(value, specName, preferred.getOrDefault(value, own),
            (String) m.get("since"), (String) m.get("removed_in"));
        v.add(val);
        v.alias(own, val);
        v.alias(normalize(specName), val);
        if (m.get("former_names") instanceof List<?> former) {
          for (Object f : former) {
            v.alias(normalize((String) f), val);
          }
        }
      }
      EXTRA_ALIASES.getOrDefault(name, Map.of()).forEach((alias, value) -> v.entry(value).ifPresent(x -> v.alias(alias, x)));
      out.put(name, v);
    }
    return out;
  }

  private void bindVocabularies() {
    for (TagInfo t : tags.values()) {
      Vocabulary v = null;
      for (String m : MASK_TAGS) {
        if (m.equals(t.name())) {
          v = masks.get(m);
        }
      }
      if (v == null && ENUM_OF_TAG.containsKey(t.name())) {
        v = enumerations.get(ENUM_OF_TAG.get(t.name()));
      }
      if (v == null && ("Attribute Reference".equals(t.name()) || "Tag".equals(t.name()))) {
        v = tagNames;
      }
      if (v == null && "Extension Type".equals(t.name())) {
        v = itemTypeNames;
      }
      if (v == null) {
        v = enumerations.get(t.name());
      }
      if (v != null) {
        vocabularyOfTag.put(t.tag(), v);
      }
    }
  }

  /** Every tag, unordered; for tests and tools. */
  public Map<Integer, TagInfo> tags() {
    return Collections.unmodifiableMap(tags);
  }

  private static int hex(Object s) {
    String h = (String) s;
    return (int) Long.parseLong(h.startsWith("0x") ? h.substring(2) : h, 16);
  }

  /** Reads any JSON value into maps, lists, strings, numbers, booleans and nulls. */
  private static Object readJson(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String k = p.currentName();
          p.nextToken();
          m.put(k, readJson(p));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(readJson(p));
        }
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return p.getNumberValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      default -> {
        return null;
      }
    }
  }
}
