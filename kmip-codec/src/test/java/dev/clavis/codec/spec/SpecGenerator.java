package dev.clavis.codec.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the Java sources of {@code dev.clavis.codec.spec} from {@code kmip-registry.json}: the
 * {@code Tag} constants, one enum per KMIP enumeration, one enum per bit mask, {@code KmipVersion}
 * and the package's {@code package-info.java}. Every file starts with {@link #HEADER}.
 *
 * <p>Run it through {@code GeneratedSourcesTest}: {@code ./mvnw -pl kmip-codec test
 * -Dtest=GeneratedSourcesTest -Dclavis.regenerate=true} rewrites the files; without the property
 * the test fails when a committed file differs from what this class produces.
 *
 * <h2>Naming rules</h2>
 *
 * <ul>
 *   <li><b>Constant names</b> ({@code Tag} fields, enum and mask constants): the spec name with the
 *       digits that start it moved to the end of its first word ({@code 3DES} → {@code DES3}, the
 *       Profiles XML rule 4), every run of characters other than ASCII letters and digits replaced
 *       by one {@code _}, leading and trailing {@code _} dropped, upper-cased: {@code Unique
 *       Identifier} → {@code UNIQUE_IDENTIFIER}, {@code X.509 Certificate Identifier} → {@code
 *       X_509_CERTIFICATE_IDENTIFIER}, {@code PKCS#11 Function} → {@code PKCS_11_FUNCTION}, {@code
 *       SHA-512/224} → {@code SHA_512_224}.
 *   <li><b>Class names</b> (one per enumeration or mask): the spec name split into words at every
 *       character other than an ASCII letter or digit; each word written with its first character
 *       upper-case and the rest lower-case (acronyms are ordinary words); words joined: {@code
 *       Object Type} → {@code ObjectType}, {@code PKCS#11 Function} → {@code Pkcs11Function},
 *       {@code NIST Key Type} → {@code NistKeyType}, {@code DRBG Algorithm} → {@code
 *       DrbgAlgorithm}, {@code FIPS186 Variation} → {@code Fips186Variation}.
 *   <li><b>XML names</b> are not derived here: they are the registry's {@code xml_name} fields
 *       (KMIP Profiles name normalisation, see {@code src/build/enrich_registry.py}).
 * </ul>
 *
 * <p>The generator fails when two names collide after these rules.
 */
public final class SpecGenerator {

  /** The first line of every generated file. */
  public static final String HEADER =
      "// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.\n";

  /** The package the files belong to. */
  public static final String PACKAGE = "dev.clavis.codec.spec";

  /** The registry, relative to the module directory. */
  public static final Path REGISTRY =
      Path.of("src/main/resources/dev/clavis/codec/spec/kmip-registry.json");

  /** The generated package directory, relative to the module directory. */
  public static final Path OUTPUT = Path.of("src/main/java/dev/clavis/codec/spec");

  private final JsonNode registry;
  private final List<String> versions = new ArrayList<>();

  private SpecGenerator(JsonNode registry) {
    this.registry = registry;
    registry.get("versions").forEach(v -> versions.add(v.asText()));
  }

  /** Reads the registry from the module directory. */
  public static SpecGenerator fromModule(Path moduleDir) {
    try (InputStream in = Files.newInputStream(moduleDir.resolve(REGISTRY))) {
      return new SpecGenerator(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every generated file: file name → contents, in a stable order. */
  public Map<String, String> generate() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("package-info.java", packageInfo());
    files.put("KmipVersion.java", kmipVersion());
    files.put("Tag.java", tags());
    Set<String> classNames = new HashSet<>(Set.of("Tag", "KmipVersion"));
    for (JsonNode e : registry.get("enumerations")) {
      String cls = className(e.get("name").asText());
      require(classNames.add(cls), "class name collision: " + cls);
      files.put(cls + ".java", enumeration(cls, e, false));
    }
    for (JsonNode m : registry.get("masks")) {
      String cls = className(m.get("name").asText());
      require(classNames.add(cls), "class name collision: " + cls);
      files.put(cls + ".java", enumeration(cls, m, true));
    }
    return files;
  }

  // ---------------------------------------------------------------------------------- names

  /** The constant-name rule (see the class Javadoc). */
  public static String constantName(String specName) {
    String s = specName.strip();
    int firstWordEnd = 0;
    while (firstWordEnd < s.length() && !Character.isWhitespace(s.charAt(firstWordEnd))) {
      firstWordEnd++;
    }
    int digits = 0;
    while (digits < firstWordEnd && isAsciiDigit(s.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < firstWordEnd) {
      s = s.substring(digits, firstWordEnd) + s.substring(0, digits) + s.substring(firstWordEnd);
    }
    StringBuilder out = new StringBuilder();
    boolean pendingUnderscore = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isAsciiLetterOrDigit(c)) {
        if (pendingUnderscore && !out.isEmpty()) {
          out.append('_');
        }
        pendingUnderscore = false;
        out.append(Character.toUpperCase(c));
      } else {
        pendingUnderscore = true;
      }
    }
    require(!out.isEmpty() && !isAsciiDigit(out.charAt(0)),
        "constant name: " + out + " from '" + specName + "' (expected: a Java identifier)");
    return out.toString();
  }

  /** The class-name rule (see the class Javadoc). */
  public static String className(String specName) {
    StringBuilder out = new StringBuilder();
    for (String word : specName.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        out.append(Character.toUpperCase(word.charAt(0)))
            .append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    require(!out.isEmpty() && !isAsciiDigit(out.charAt(0)),
        "class name: " + out + " from '" + specName + "' (expected: a Java identifier)");
    return out.toString();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  // ---------------------------------------------------------------------------------- files

  private String packageInfo() {
    return HEADER
        + "\n"
        + "/**\n"
        + " * The names Java code uses for the KMIP specification registry, generated from\n"
        + " * {@code kmip-registry.json}: {@link dev.clavis.codec.spec.Tag} constants, one enum per\n"
        + " * KMIP enumeration (KMIP 1.4 §9.1.3.2, KMIP 2.1 §11), one enum per bit mask (KMIP 1.4\n"
        + " * §9.1.3.3, KMIP 2.1 §12) and {@link dev.clavis.codec.spec.KmipVersion}.\n"
        + " *\n"
        + " * <p>Files headed {@code GENERATED … DO NOT EDIT} are not edited by hand: change the\n"
        + " * registry and run {@code ./mvnw -pl kmip-codec test -Dtest=GeneratedSourcesTest\n"
        + " * -Dclavis.regenerate=true}; {@code GeneratedSourcesTest} fails the build when they are\n"
        + " * stale. Depends on the JDK only.\n"
        + " */\n"
        + "package " + PACKAGE + ";\n";
  }

  private String kmipVersion() {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    b.append("package ").append(PACKAGE).append(";\n\n");
    b.append("/**\n");
    b.append(" * The KMIP protocol versions the specification registry covers, oldest first (Protocol\n");
    b.append(" * Version: a major and a minor number, KMIP 1.4 §6.1, KMIP 2.1 §9.16). Declaration order\n");
    b.append(" * is version order, so {@link #compareTo} compares versions.\n");
    b.append(" */\n");
    b.append("public enum KmipVersion {\n");
    for (int i = 0; i < versions.size(); i++) {
      String v = versions.get(i);
      String[] mm = v.split("\\.");
      b.append("  /** KMIP ").append(v).append(". */\n");
      b.append("  V").append(mm[0]).append('_').append(mm[1])
          .append('(').append(mm[0]).append(", ").append(mm[1]).append(')')
          .append(i == versions.size() - 1 ? ";\n" : ",\n");
    }
    b.append("""

          private final int major;
          private final int minor;

          KmipVersion(int major, int minor) {
            this.major = major;
            this.minor = minor;
          }

          /** The Protocol Version Major number. */
          public int major() {
            return major;
          }

          /** The Protocol Version Minor number. */
          public int minor() {
            return minor;
          }

          /** Whether this version is {@code other} or a later one. */
          public boolean atLeast(KmipVersion other) {
            return compareTo(other) >= 0;
          }

          /** The version with these numbers, or {@code null} when the registry does not cover it. */
          public static KmipVersion of(int major, int minor) {
            for (KmipVersion v : values()) {
              if (v.major == major && v.minor == minor) {
                return v;
              }
            }
            return null;
          }

          /** The version written as {@code "1.4"}, or {@code null} when unknown or malformed. */
          public static KmipVersion parse(String text) {
            for (KmipVersion v : values()) {
              if (v.toString().equals(text)) {
                return v;
              }
            }
            return null;
          }

          /** The version as the specification writes it, e.g. {@code "1.4"}. */
          @Override
          public String toString() {
            return major + "." + minor;
          }
        }
        """);
    return b.toString();
  }

  private String tags() {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    b.append("package ").append(PACKAGE).append(";\n\n");
    b.append("/**\n");
    b.append(" * The KMIP tag values (KMIP 1.4 §9.1.3.1 \"Tags\", KMIP 2.1 §11.56 \"Tag Enumeration\"),\n");
    b.append(" * one constant per tag ever defined in KMIP ").append(versions.get(0)).append("–")
        .append(versions.get(versions.size() - 1)).append(", including the tags\n");
    b.append(" * later versions marked (Reserved); each constant's Javadoc says when it appeared and\n");
    b.append(" * when it was removed. Tag values are 3 bytes; extension tags (0x540000–0x54FFFF) are\n");
    b.append(" * not listed.\n");
    b.append(" */\n");
    b.append("public final class Tag {\n\n");
    b.append("  private Tag() {}\n");
    Set<String> names = new HashSet<>();
    for (JsonNode t : registry.get("tags")) {
      String name = t.get("name").asText();
      String constant = constantName(name);
      require(names.add(constant), "tag constant collision: " + constant);
      b.append("\n  /**\n");
      b.append("   * ").append(javadoc(name)).append(" (").append(javadoc(text(t, "type", "type not given by the spec")))
          .append(")");
      b.append(", XML {@code ").append(javadoc(t.get("xml_name").asText())).append("}.\n");
      b.append("   *\n");
      b.append("   * <p>").append(lifetime(t)).append(section(t)).append('\n');
      b.append("   */\n");
      b.append("  public static final int ").append(constant).append(" = ")
          .append(hex(t.get("value").asText(), 6)).append(";\n");
    }
    b.append("}\n");
    return b.toString();
  }

  private String enumeration(String cls, JsonNode e, boolean mask) {
    String specName = e.get("name").asText();
    JsonNode values = e.get("values");
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    b.append("package ").append(PACKAGE).append(";\n\n");
    if (mask) {
      b.append("import java.util.Collection;\n");
      b.append("import java.util.EnumSet;\n");
      b.append("import java.util.Set;\n\n");
    }
    b.append("/**\n");
    b.append(" * The KMIP ").append(mask ? "bit mask " : "enumeration ").append(javadoc(specName))
        .append(".\n");
    b.append(" *\n");
    b.append(" * <p>").append(lifetime(e)).append(section(e)).append('\n');
    if (values.isEmpty()) {
      b.append(" *\n");
      b.append(" * <p>The KMIP specification lists no values for this enumeration: they come from PKCS#11\n");
      b.append(" * (a PKCS#11 Function is the 1-based position of the function in {@code\n");
      b.append(" * CK_FUNCTION_LIST_3_0}; a PKCS#11 Return Code is the {@code CK_RV} value) and travel as\n");
      b.append(" * raw Enumeration integers. This type therefore has no constants: {@link #fromValue} and\n");
      b.append(" * {@link #fromXmlName} always return {@code null}, and callers keep the integer.\n");
    }
    if (mask) {
      b.append(" *\n");
      b.append(" * <p>Mask values travel as an Integer holding the OR of the bits; the XML and JSON\n");
      b.append(" * encodings may write them as a list of {@link #xmlName() names}.\n");
    }
    b.append(" */\n");
    b.append("public enum ").append(cls).append(" {\n");
    Set<String> constants = new HashSet<>();
    Set<String> xmlNames = new HashSet<>();
    Set<Long> numbers = new HashSet<>();
    List<String[]> rows = new ArrayList<>(); // constant, value literal, xml name
    int i = 0;
    for (JsonNode v : values) {
      String name = v.get("name").asText();
      String constant = constantName(name);
      String xml = v.get("xml_name").asText();
      String value = hex(v.get("value").asText(), 8);
      require(constants.add(constant), cls + ": constant collision " + constant);
      require(xmlNames.add(xml), cls + ": XML name collision " + xml);
      require(numbers.add(Long.decode(v.get("value").asText())), cls + ": value collision " + value);
      rows.add(new String[] {constant, value, xml});
      b.append("  /**\n");
      b.append("   * ").append(javadoc(name)).append(" (").append(value).append(").\n");
      b.append("   *\n");
      b.append("   * <p>").append(lifetime(v));
      if (v.has("former_names")) {
        List<String> former = new ArrayList<>();
        v.get("former_names").forEach(f -> former.add(javadoc(f.asText())));
        b.append(" Formerly written ").append(String.join(", ", former)).append('.');
      }
      if (v.has("note")) {
        b.append(" Spec note: ").append(javadoc(v.get("note").asText())).append('.');
      }
      b.append('\n');
      b.append("   */\n");
      b.append("  ").append(constant).append('(').append(value).append(", ")
          .append(javaString(name)).append(", ").append(javaString(xml)).append(", ")
          .append(versionRef(v.get("since"))).append(", ")
          .append(versionRef(v.get("removed_in"))).append(')')
          .append(++i == values.size() ? ";\n" : ",\n\n");
    }
    if (values.isEmpty()) {
      b.append("  ;\n");
    }
    b.append('\n');
    b.append("  private final int value;\n");
    b.append("  private final String specName;\n");
    b.append("  private final String xmlName;\n");
    b.append("  private final KmipVersion since;\n");
    b.append("  private final KmipVersion removedIn;\n\n");
    b.append("  ").append(cls)
        .append("(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {\n");
    b.append("    this.value = value;\n");
    b.append("    this.specName = specName;\n");
    b.append("    this.xmlName = xmlName;\n");
    b.append("    this.since = since;\n");
    b.append("    this.removedIn = removedIn;\n");
    b.append("  }\n\n");
    b.append("  /** The ").append(mask ? "bit" : "value").append(" on the wire. */\n");
    b.append("  public int value() {\n    return value;\n  }\n\n");
    String exampleSpec = values.isEmpty() ? "C_Initialize" : values.get(0).get("name").asText();
    String exampleXml = values.isEmpty() ? "C_Initialize" : values.get(0).get("xml_name").asText();
    b.append("  /** The name as the specification writes it, e.g. {@code ")
        .append(javadoc(javaString(exampleSpec))).append("}. */\n");
    b.append("  public String specName() {\n    return specName;\n  }\n\n");
    b.append("  /**\n");
    b.append("   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.\n");
    b.append("   * {@code ").append(javadoc(javaString(exampleXml))).append("}.\n");
    b.append("   */\n");
    b.append("  public String xmlName() {\n    return xmlName;\n  }\n\n");
    b.append("  /** The first protocol version that defines this ").append(mask ? "bit" : "value").append(". */\n");
    b.append("  public KmipVersion since() {\n    return since;\n  }\n\n");
    b.append("  /**\n");
    b.append("   * The first protocol version that no longer defines it (lists it as Reserved), or {@code\n");
    b.append("   * null} when no version removed it.\n");
    b.append("   */\n");
    b.append("  public KmipVersion removedIn() {\n    return removedIn;\n  }\n\n");
    b.append("  /** Whether {@code version} defines this ").append(mask ? "bit" : "value").append(". */\n");
    b.append("  public boolean definedIn(KmipVersion version) {\n");
    b.append("    return version.atLeast(since) && (removedIn == null || !version.atLeast(removedIn));\n");
    b.append("  }\n\n");
    b.append("  /** The constant for a wire ").append(mask ? "bit" : "value")
        .append(", or {@code null} when the registry defines none. */\n");
    b.append("  public static ").append(cls).append(" fromValue(int value) {\n");
    if (rows.isEmpty()) {
      b.append("    return null;\n");
    } else {
      b.append("    return switch (value) {\n");
      for (String[] r : rows) {
        b.append("      case ").append(r[1]).append(" -> ").append(r[0]).append(";\n");
      }
      b.append("      default -> null;\n");
      b.append("    };\n");
    }
    b.append("  }\n\n");
    b.append("  /**\n");
    b.append("   * The constant for an XML/JSON name such as {@code ").append(javadoc(javaString(exampleXml)))
        .append("}, or {@code null} when\n");
    b.append("   * unknown (names are case-sensitive).\n");
    b.append("   */\n");
    b.append("  public static ").append(cls).append(" fromXmlName(String xmlName) {\n");
    if (rows.isEmpty()) {
      b.append("    return null;\n");
    } else {
      b.append("    return switch (xmlName) {\n");
      for (String[] r : rows) {
        b.append("      case ").append(javaString(r[2])).append(" -> ").append(r[0]).append(";\n");
      }
      b.append("      case null, default -> null;\n");
      b.append("    };\n");
    }
    b.append("  }\n");
    if (mask) {
      b.append("\n");
      b.append("  /** The OR of the bits of {@code flags}. */\n");
      b.append("  public static int bits(Collection<").append(cls).append("> flags) {\n");
      b.append("    int bits = 0;\n");
      b.append("    for (").append(cls).append(" f : flags) {\n");
      b.append("      bits |= f.value;\n");
      b.append("    }\n");
      b.append("    return bits;\n");
      b.append("  }\n\n");
      b.append("  /**\n");
      b.append("   * The flags set in {@code bits}; bits the registry does not define are ignored (see\n");
      b.append("   * {@link #undefinedBits}).\n");
      b.append("   */\n");
      b.append("  public static Set<").append(cls).append("> from(int bits) {\n");
      b.append("    Set<").append(cls).append("> flags = EnumSet.noneOf(").append(cls).append(".class);\n");
      b.append("    for (").append(cls).append(" f : values()) {\n");
      b.append("      if ((bits & f.value) != 0) {\n");
      b.append("        flags.add(f);\n");
      b.append("      }\n");
      b.append("    }\n");
      b.append("    return flags;\n");
      b.append("  }\n\n");
      b.append("  /**\n");
      b.append("   * The bits of {@code bits} that no constant defines (extensions, or values from a later\n");
      b.append("   * version); 0 when every bit is known.\n");
      b.append("   */\n");
      b.append("  public static int undefinedBits(int bits) {\n");
      b.append("    int known = 0;\n");
      b.append("    for (").append(cls).append(" f : values()) {\n");
      b.append("      known |= f.value;\n");
      b.append("    }\n");
      b.append("    return bits & ~known;\n");
      b.append("  }\n");
    }
    b.append("}\n");
    return b.toString();
  }

  // ---------------------------------------------------------------------------------- helpers

  private static boolean isRemoved(JsonNode n) {
    return n.hasNonNull("removed_in");
  }

  private static String text(JsonNode n, String field, String otherwise) {
    return n.hasNonNull(field) ? n.get(field).asText() : otherwise;
  }

  private static String lifetime(JsonNode n) {
    String s = "Since KMIP " + n.get("since").asText();
    if (isRemoved(n)) {
      s += "; removed in KMIP " + n.get("removed_in").asText() + " (listed as Reserved)";
    }
    return s + ".";
  }

  private static String section(JsonNode n) {
    return n.hasNonNull("section") ? " Spec: " + javadoc(n.get("section").asText()) + "." : "";
  }

  private static String versionRef(JsonNode v) {
    if (v == null || v.isNull()) {
      return "null";
    }
    return "KmipVersion.V" + v.asText().replace('.', '_');
  }

  private static String hex(String registryValue, int digits) {
    long v = Long.decode(registryValue);
    return String.format(Locale.ROOT, "0x%0" + digits + "X", v);
  }

  private static String javaString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20 || c > 0x7E) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String javadoc(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '@' -> b.append("&#64;");
        case '*' -> b.append("&#42;");
        case '\\' -> b.append("&#92;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Writes every generated file into {@code moduleDir}; returns the files written. */
  public List<Path> writeTo(Path moduleDir) throws IOException {
    Path dir = moduleDir.resolve(OUTPUT);
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> f : generate().entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.writeString(p, f.getValue());
      written.add(p);
    }
    return written;
  }
}
