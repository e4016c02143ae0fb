package dev.clavis.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.conformance.FileResult.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner against {@link ReplayServer}, a server answering exactly as the OASIS reference
 * server did: every file of every set passes — placeholders, pairing, quirks and tolerances
 * raise no false failure — except the CS-RNG-O alternatives, where a server answering
 * differently to the same request must be caught.
 */
class ReplayConformanceTest {

  @Test
  void everyFilePassesAgainstTheReferenceAnswers(@TempDir Path dir) throws Exception {
    Path oasis = ConformanceTest.oasisDir();
    Assumptions.assumeTrue(oasis != null && Files.isDirectory(oasis), "OASIS test cases not found (" + oasis + ")");
    TestPki pki = TestPki.create(dir);
    ConformanceRunner runner = new ConformanceRunner(oasis);
    List<String> failures = new ArrayList<>();
    List<String> rngAlternatives = new ArrayList<>();
    int passed = 0;
    int skipped = 0;
    try (ReplayServer server = new ReplayServer(pki)) {
      KmipEndpoint endpoint = new KmipEndpoint("127.0.0.1", server.port(), pki.clientCert, pki.clientKey, pki.ca,
          true, Duration.ofSeconds(20));
      for (Path f : runner.files()) {
        String set = runner.setOf(f);
        String name = runner.nameOf(f);
        if (runner.skips().reason(set, name).isPresent()) {
          skipped++;
          continue;
        }
        server.serve(TestCase.read(oasis, f));
        FileResult r = runner.run(f, endpoint);
        if (name.matches(".*CS-RNG-O-[234]-\\d\\d\\.xml")) {
          rngAlternatives.add(set + "/" + name + ": " + r.status() + " " + r.detail());
        } else if (r.status() == Status.PASS) {
          passed++;
        } else {
          failures.add(set + "/" + name + ": " + r.detail());
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(passed).isGreaterThan(550);
    assertThat(skipped).isEqualTo(104);
    // The replay answers CS-RNG-O-1 like file 1 and files 2-4 each like itself: inconsistent.
    assertThat(rngAlternatives).isNotEmpty().allSatisfy(s -> assertThat(s)
        .contains("FAIL").contains("expected: the same behaviour as for an earlier file of the group"));
  }

  @Test
  void aFileThatFailsStillSendsItsOwnRevokeAndDestroyRequests(@TempDir Path dir) throws Exception {
    Path oasis = ConformanceTest.oasisDir();
    Assumptions.assumeTrue(oasis != null && Files.isDirectory(oasis), "OASIS test cases not found (" + oasis + ")");
    TestPki pki = TestPki.create(dir);
    ConformanceRunner runner = new ConformanceRunner(oasis);
    Path file = oasis.resolve("kmip-2.0-testcases/TC-OFFSET-1-20.xml");
    TestCase tc = TestCase.read(oasis, file);
    int cleanUps = 0;
    for (TestCase.Exchange x : tc.exchanges().subList(2, tc.exchanges().size())) {
      List<Integer> ops = TestCase.operations(x.request());
      if (ops.stream().allMatch(op -> op == dev.clavis.codec.spec.Operation.DESTROY.value()
          || op == dev.clavis.codec.spec.Operation.REVOKE.value())) {
        cleanUps++;
      }
    }
    assertThat(cleanUps).as("the file ends with its own clean-up").isPositive();
    // A server whose answer to exchange 2 (a Locate) is the Create answer of exchange 1: a difference.
    List<TestCase.Exchange> answers = new ArrayList<>(tc.exchanges());
    answers.set(1, new TestCase.Exchange(answers.get(1).request(), answers.get(0).expected()));
    try (ReplayServer server = new ReplayServer(pki)) {
      KmipEndpoint endpoint = new KmipEndpoint("127.0.0.1", server.port(), pki.clientCert, pki.clientKey, pki.ca,
          true, Duration.ofSeconds(20));
      server.serve(new TestCase(tc.set(), tc.name(), answers));
      FileResult r = runner.run(file, endpoint);
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.detail()).startsWith("exchange 2/");
      assertThat(server.received()).as("the two exchanges run, then only the clean-up requests").isEqualTo(2 + cleanUps);
    }
  }

  @Test
  void aServerGivingOneOfTheRngSeedAnswersToAllFourPasses(@TempDir Path dir) throws Exception {
    Path oasis = ConformanceTest.oasisDir();
    Assumptions.assumeTrue(oasis != null && Files.isDirectory(oasis), "OASIS test cases not found (" + oasis + ")");
    TestPki pki = TestPki.create(dir);
    ConformanceRunner runner = new ConformanceRunner(oasis);
    Path optional = oasis.resolve("kmip-2.1-profiles/optional");
    try (ReplayServer server = new ReplayServer(pki)) {
      KmipEndpoint endpoint = new KmipEndpoint("127.0.0.1", server.port(), pki.clientCert, pki.clientKey, pki.ca,
          true, Duration.ofSeconds(20));
      for (int k = 1; k <= 4; k++) {
        // A server that uses 16 bytes of any seed: the answer of CS-RNG-O-2, whatever the file.
        server.serve(TestCase.read(oasis, optional.resolve("CS-RNG-O-2-21.xml")));
        FileResult r = runner.run(optional.resolve("CS-RNG-O-" + k + "-21.xml"), endpoint);
        assertThat(r.status()).as(r.detail()).isEqualTo(Status.PASS);
        assertThat(r.detail()).endsWith("answered as in CS-RNG-O-2-21 (RNG_SEED_ALTERNATIVES)");
      }
    }
  }
}
