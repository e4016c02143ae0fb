package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every OASIS XML test vector under {@code clavis.shared.dir/conformance/oasis} parses — all 714
 * files, including the 22 of the KMIP 3.0 csd01 draft that use names only that draft defines
 * ({@code ObjectClass}, {@code CredentialLink}, Operation {@code CreateUser}, …, resolved through
 * {@link SpecRegistry#withDrafts()}) — and every parsed message round-trips XML → XML and
 * XML → JSON → XML to the same tree.
 *
 * <p>The 1.0–2.1 view of the registry ({@link SpecRegistry#get()}) still refuses those 22 files,
 * each on a draft-only name: the draft entries stay out of everything that is not XML/JSON.
 */
class OasisVectorsTest {

  /** Every file under {@code conformance/oasis} (README.md of that folder). */
  static final int FILES = 714;

  /** Request/response pairs of all files (README.md of {@code conformance/oasis}). */
  static final int PAIRS = 4_217;

  /** Names defined only by the KMIP 3.0 csd01 draft, as they appear in its files. */
  static final Set<String> DRAFT_30_NAMES = Set.of(
      "CredentialLink", "GroupLink", "NextLink", "ObjectClass", "PasswordCredential", "PreviousLink",
      "PrivateKeyLink", "PublicKeyLink", "DeviceCredential", "Group", "HashedPasswordCredential",
      "OneTimePasswordCredential", "User", "CreateCredential", "CreateGroup", "CreateUser", "Deactivate",
      "Obliterate", "Certificate", "Password");

  static Path oasisDir() {
    String shared = System.getProperty("clavis.shared.dir");
    Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "conformance", "oasis")),
        "clavis.shared.dir is not set or has no conformance/oasis: the OASIS vectors are not available");
    return Path.of(shared, "conformance", "oasis");
  }

  static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.walk(oasisDir())) {
      return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFileParses() throws IOException {
    List<Path> files = files();
    Path root = oasisDir();
    XmlTtlv xml = new XmlTtlv();
    JsonTtlv json = new JsonTtlv();
    AtomicInteger parsed = new AtomicInteger();
    AtomicInteger requests = new AtomicInteger();
    AtomicInteger responses = new AtomicInteger();
    AtomicInteger direct = new AtomicInteger();
    AtomicInteger substituted = new AtomicInteger();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path f : files) {
      String rel = root.relativize(f).toString();
      tests.add(DynamicTest.dynamicTest(rel, () -> {
        List<TtlvItem> items;
        try (InputStream in = Files.newInputStream(f)) {
          items = xml.read(in);
        }
        assertThat(items).isNotEmpty();
        for (TtlvItem m : items) {
          assertThat(m.tag()).isIn(0x420078, 0x42007B);
          (m.tag() == 0x420078 ? requests : responses).incrementAndGet();
          assertThat(xml.readOne(xml.write(m))).isEqualTo(m);
          assertThat(json.readOne(json.write(m))).isEqualTo(m);
          TtlvItem resolved = m;
          if (hasPlaceholder(m)) {
            resolved = substitute(m);
            assertThat(hasPlaceholder(resolved)).isFalse();
            substituted.incrementAndGet();
          } else {
            direct.incrementAndGet();
          }
          // XML -> binary -> XML gives the same tree.
          TtlvItem decoded = TtlvDecoder.decode(TtlvEncoder.encode(resolved), TtlvLimits.DEFAULT);
          assertThat(decoded).isEqualTo(resolved);
          assertThat(xml.readOne(xml.write(decoded))).isEqualTo(resolved);
        }
        assertThat(xml.read(xml.writeAll(items))).isEqualTo(items);
        parsed.incrementAndGet();
      }));
    }
    tests.add(DynamicTest.dynamicTest("totals", () -> {
      System.out.printf("OASIS vectors: %d files, %d parsed; %d requests, %d responses (%d pairs);"
          + " binary round trip: %d messages as is, %d after placeholder substitution%n",
          files.size(), parsed.get(), requests.get(), responses.get(), Math.min(requests.get(), responses.get()),
          direct.get(), substituted.get());
      assertThat(direct.get() + substituted.get()).isEqualTo(requests.get() + responses.get());
      assertThat(files).hasSize(FILES);
      assertThat(parsed.get()).isEqualTo(FILES);
      assertThat(requests.get()).isEqualTo(PAIRS);
      assertThat(responses.get()).isEqualTo(PAIRS);
    }));
    return tests.stream();
  }

  /**
   * With the 1.0–2.1 registry only, exactly the 22 draft files are refused, each on a name only
   * the KMIP 3.0 csd01 draft defines: the draft entries are what makes them parse.
   */
  @Test
  void withoutDraftsOnlyThe22DraftFilesAreRefused() throws IOException {
    XmlTtlv standard = new XmlTtlv(SpecRegistry.get(), TtlvLimits.DEFAULT);
    Path root = oasisDir();
    List<String> refused = new ArrayList<>();
    for (Path f : files()) {
      String rel = root.relativize(f).toString();
      try (InputStream in = Files.newInputStream(f)) {
        standard.read(in);
      } catch (TtlvException e) {
        assertThat(rel).startsWith("kmip-3.0-profiles-csd01/");
        assertThat(DRAFT_30_NAMES).as(rel + ": " + e.getMessage())
            .anyMatch(n -> e.getMessage().contains(": " + n + " (") || e.getMessage().contains("\"" + n + "\""));
        refused.add(rel);
      }
    }
    assertThat(refused).hasSize(22);
  }

  static boolean hasPlaceholder(TtlvItem item) {
    return switch (item) {
      case TtlvItem.Placeholder p -> true;
      case TtlvItem.Structure st -> st.items().stream().anyMatch(OasisVectorsTest::hasPlaceholder);
      default -> false;
    };
  }

  /** A fixed "now" for {@code $NOW±N}: 2023-11-14T22:13:20Z. */
  static final long NOW = 1_700_000_000L;

  /**
   * Replaces every placeholder by a value of its declared type, the same value for the same
   * expression: a name-based UUID for identifiers (Text String), bytes of the expression for Byte
   * Strings ({@code $SHORT_UNIQUE_IDENTIFIER_n}, {@code $DATA}, …), {@link #NOW} plus or minus N
   * seconds for {@code $NOW±N}.
   */
  static TtlvItem substitute(TtlvItem item) {
    return switch (item) {
      case TtlvItem.Structure st -> new TtlvItem.Structure(st.tag(), st.items().stream().map(OasisVectorsTest::substitute).toList());
      case TtlvItem.Placeholder p -> resolve(p);
      default -> item;
    };
  }

  static TtlvItem resolve(TtlvItem.Placeholder p) {
    String e = p.expression();
    int h = e.hashCode();
    return switch (p.type()) {
      case DATE_TIME -> new TtlvItem.DateTime(p.tag(), NOW + offset(e));
      case DATE_TIME_EXTENDED -> new TtlvItem.DateTimeExtended(p.tag(), (NOW + offset(e)) * 1_000_000L);
      case TEXT_STRING -> new TtlvItem.Text(p.tag(), java.util.UUID.nameUUIDFromBytes(e.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
      case BYTE_STRING -> new TtlvItem.Bytes(p.tag(), e.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      case INTEGER -> new TtlvItem.Int(p.tag(), h);
      case LONG_INTEGER -> new TtlvItem.LongInt(p.tag(), h);
      case BIG_INTEGER -> new TtlvItem.BigInt(p.tag(), java.math.BigInteger.valueOf(h));
      case ENUMERATION -> new TtlvItem.Enumeration(p.tag(), h);
      case BOOLEAN -> new TtlvItem.Bool(p.tag(), (h & 1) == 1);
      case INTERVAL -> new TtlvItem.Interval(p.tag(), h & 0xFFFFL);
      case STRUCTURE -> throw new AssertionError("a placeholder is never a Structure");
    };
  }

  static long offset(String e) {
    if (!e.startsWith("$NOW")) {
      throw new AssertionError("a date placeholder other than $NOW±N: " + e);
    }
    return e.length() == 4 ? 0 : Long.parseLong(e.substring(4));
  }
}
