package dev.clavis.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.conformance.FileResult.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the runner against an independent KMIP server, PyKMIP's (Debian {@code python3-pykmip}
 * 0.10), before Clavis can answer: the files it implements pass (through the identifier,
 * time-stamp, attribute-order, Locate-order and Discover-Versions tolerances), and the files it
 * does not fail with a precise first difference. A handful of files, one server, stopped by pid.
 */
class PyKmipConformanceTest {

  @TempDir static Path dir;
  private static PyKmipServer server;
  private static ConformanceRunner runner;
  private static final ConformanceReport REPORT = new ConformanceReport();

  @BeforeAll
  static void start() throws Exception {
    Path oasis = ConformanceTest.oasisDir();
    Assumptions.assumeTrue(oasis != null && Files.isDirectory(oasis),
        "OASIS test cases not found (" + oasis + "): set clavis.shared.dir");
    Assumptions.assumeTrue(PyKmipServer.available(), PyKmipServer.EXECUTABLE + " absent (Debian package python3-pykmip)");
    runner = new ConformanceRunner(oasis).withTrace(Path.of("target", "pykmip-trace"));
    server = PyKmipServer.start(Files.createDirectories(dir.resolve("pykmip")));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
      REPORT.writeJson(Path.of("target", "pykmip-conformance-report.json"));
    }
  }

  private static FileResult run(String setAndName) {
    Path f = runner.oasisRoot().resolve(setAndName);
    FileResult r = runner.run(f, server.endpoint());
    REPORT.add(runner.setOf(f), runner.nameOf(f), r);
    return r;
  }

  @Test
  void createAndDestroyPass() {
    for (String f : new String[] {
        "kmip-1.4-profiles/mandatory/SKFF-M-1-14.xml",
        "kmip-1.4-profiles/mandatory/SKFF-M-2-14.xml",
        "kmip-1.0-1.2-profiles/mandatory/SKFF-M-1-10.xml"}) {
      FileResult r = run(f);
      assertThat(r.status()).as(f + ": " + r.detail()).isEqualTo(Status.PASS);
      assertThat(r.passedPairs()).isEqualTo(r.pairs()).isEqualTo(2);
      assertThat(r.tolerances()).contains(Tolerances.Rule.IDENTIFIERS, Tolerances.Rule.TIME_STAMP_NEAR_NOW);
    }
  }

  @Test
  void discoverVersionsAndQueryPass() {
    FileResult versions = run("kmip-1.4-testcases/TC-Q-S2C-2-14.xml");
    assertThat(versions.status()).as(versions.detail()).isEqualTo(Status.PASS);
    assertThat(versions.tolerances()).contains(Tolerances.Rule.DISCOVER_VERSIONS_SUBSET);
    FileResult validations = run("kmip-1.4-testcases/TC-Q-VAL-2-14.xml");
    assertThat(validations.status()).as(validations.detail()).isEqualTo(Status.PASS);
  }

  @Test
  void missingDigestIsTheFirstDifference() {
    // PyKMIP 0.10 keeps no Digest attribute: Create passes, Get Attributes does not.
    FileResult r = run("kmip-1.4-profiles/mandatory/SKLC-M-1-14.xml");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.passedPairs()).isEqualTo(1);
    assertThat(r.detail()).isEqualTo("exchange 2/3 (GetAttributes): ResponseMessage/BatchItem[1]/ResponsePayload/"
        + "Attribute[Digest]: missing (expected: Attribute \"Digest\", in any order)");
  }

  @Test
  void lifecycleRunsUntilTheFirstRealDifference() {
    // Create, Get Attributes, Activate, Locate, Get, Revoke … match (attribute and Locate order free);
    // PyKMIP's attribute list lacks Activation Date.
    FileResult r = run("kmip-1.4-profiles/mandatory/SKFF-M-9-14.xml");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.passedPairs()).isEqualTo(8);
    assertThat(r.detail()).startsWith("exchange 9/15 (GetAttributeList): ResponseMessage/BatchItem[1]/ResponsePayload/AttributeName")
        .contains("missing (expected: \"Activation Date\", in any order)");
    assertThat(r.tolerances()).contains(Tolerances.Rule.ATTRIBUTE_ORDER, Tolerances.Rule.LOCATE_ORDER);
  }

  @Test
  void aChangedExpectationFailsAtItsPath(@TempDir Path copy) throws Exception {
    Path original = runner.oasisRoot().resolve("kmip-1.4-profiles/mandatory/SKFF-M-1-14.xml");
    String xml = Files.readString(original, StandardCharsets.UTF_8);
    int response = xml.indexOf("<ResponseMessage>");
    String changed = xml.substring(0, response)
        + xml.substring(response).replaceFirst("value=\"SymmetricKey\"", "value=\"SecretData\"");
    Path f = copy.resolve("kmip-1.4-profiles/mandatory/SKFF-M-1-14.xml");
    Files.createDirectories(f.getParent());
    Files.writeString(f, changed, StandardCharsets.UTF_8);
    FileResult r = new ConformanceRunner(copy).run(f, server.endpoint());
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.detail()).isEqualTo(
        "exchange 1/2 (Create): ResponseMessage/BatchItem[1]/ResponsePayload/ObjectType: SymmetricKey (expected: SecretData)");
  }
}
