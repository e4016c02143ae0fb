package dev.clavis.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reading the files: pairing, quirks, the skip list. */
class TestCaseTest {

  private static Path oasis() {
    Path oasis = ConformanceTest.oasisDir();
    Assumptions.assumeTrue(oasis != null && Files.isDirectory(oasis), "OASIS test cases not found (" + oasis + ")");
    return oasis;
  }

  private static List<Integer> firstOperations(TestCase tc) {
    return tc.exchanges().stream().map(x -> TestCase.operations(x.request()).get(0)).toList();
  }

  @Test
  void requestsAndResponsesOutOfStepArePairedByOperationInResponseOrder() throws Exception {
    Path oasis = oasis();
    TestCase tc = TestCase.read(oasis, oasis.resolve("kmip-1.4-testcases/TC-DERIVEKEY-4-10.xml"));
    assertThat(firstOperations(tc)).containsExactly(Operation.REGISTER.value(), Operation.DERIVE_KEY.value(),
        Operation.GET.value(), Operation.DESTROY.value(), Operation.REVOKE.value(), Operation.DESTROY.value());
    for (TestCase.Exchange x : tc.exchanges()) {
      assertThat(TestCase.operations(x.expected())).isEqualTo(TestCase.operations(x.request()));
    }
  }

  @Test
  void doubledKmipEndTagIsRead() throws Exception {
    Path oasis = oasis();
    TestCase tc = TestCase.read(oasis, oasis.resolve("kmip-1.4-testcases/TC-ECDSA-SIGN-1-14.xml"));
    assertThat(tc.exchanges()).hasSize(11);
  }

  @Test
  void rebuiltAttributeNamesLoseTheirRunsOfSpaces() throws Exception {
    Path oasis = oasis();
    TestCase tc = TestCase.read(oasis, oasis.resolve("kmip-1.0-1.2-profiles/mandatory/SKLC-M-1-10.xml"));
    assertThat(names(tc.exchanges().get(1).request())).contains("Cryptographic Usage Mask").noneMatch(n -> n.contains("  "));
  }

  private static List<String> names(TtlvItem i) {
    if (i instanceof TtlvItem.Text t && t.tag() == Tag.ATTRIBUTE_NAME) {
      return List.of(t.value());
    }
    if (i instanceof TtlvItem.Structure s) {
      return s.items().stream().flatMap(c -> names(c).stream()).toList();
    }
    return List.of();
  }

  @Test
  void skipListNeedsAReasonAndMatchesGlobs() throws Exception {
    SkipList list = SkipList.parse(new ByteArrayInputStream(
        "# comment\nkmip-3.0-profiles-csd01/** | draft\nkmip-1.4-testcases/TC-SJ-*.xml | why\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(list.reason("kmip-3.0-profiles-csd01", "mandatory/BL-M-1-30.xml")).contains("draft");
    assertThat(list.reason("kmip-1.4-testcases", "TC-SJ-1-14.xml")).contains("why");
    assertThat(list.reason("kmip-1.4-testcases", "cn01/TC-SJ-3-14.xml")).isEmpty();
    assertThat(list.reason("kmip-1.4-profiles", "mandatory/SKLC-M-1-14.xml")).isEmpty();
    assertThatThrownBy(() -> SkipList.parse(new ByteArrayInputStream("kmip-1.4-profiles/**\n".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("expected: <set>/<glob> | <reason>");
    assertThat(SkipList.standard().entries()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
  }

  @Test
  void reportFileNamesAreUniqueAndProfilesGroupTheMatrix() {
    assertThat(ConformanceReport.profileOf("CS-BC-M-GCM-1-14.xml")).isEqualTo("CS-BC");
    assertThat(ConformanceReport.profileOf("SUITEB_128-M-1-14.xml")).isEqualTo("SUITEB");
    assertThat(ConformanceReport.profileOf("MSGENC-HTTPS-M-1-21.xml")).isEqualTo("MSGENC");
    assertThat(ConformanceReport.profileOf("TC-Q-CAP-1-14.xml")).isEqualTo("TC-Q");
    ConformanceReport r = new ConformanceReport();
    FileResult pass = new FileResult(FileResult.Status.PASS, "ok \"quoted\"", 1, 1, java.util.Set.of());
    r.add("kmip-1.4-testcases", "TC-SJ-3-14.xml", pass);
    r.add("kmip-1.4-testcases", "cn01/TC-SJ-3-14.xml", pass);
    r.add("kmip-2.1-profiles", "mandatory/BL-M-1-21.xml", pass);
    assertThat(r.json()).contains("{\"set\": \"kmip-2.1-profiles\", \"file\": \"BL-M-1-21.xml\", \"status\": \"pass\", \"detail\": \"ok \\\"quoted\\\"\"}")
        .contains("\"file\": \"cn01/TC-SJ-3-14.xml\"").contains("\"file\": \"TC-SJ-3-14.xml\"");
  }
}
