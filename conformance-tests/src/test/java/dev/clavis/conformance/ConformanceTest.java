package dev.clavis.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import dev.clavis.conformance.FileResult.Status;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The OASIS conformance run: one dynamic test per test-case file, grouped by set.
 *
 * <p>Target: the server named by {@code clavis.conformance.host} / {@code .port} / {@code .cert}
 * / {@code .key} / {@code .ca} (PEM files), or by default a Clavis server started for the run
 * ({@code clavis serve --port 0} on a temporary data directory). Narrow the run with
 * {@code clavis.conformance.sets} (a regular expression on set names) and
 * {@code clavis.conformance.files} (a glob on {@code <set>/<path>}); {@code clavis.conformance.trace}
 * names a folder for the per-file traces ({@link ConformanceRunner#withTrace}); the OASIS folder is
 * {@code clavis.conformance.oasis-dir}, by default {@code <clavis.shared.dir>/conformance/oasis}.
 *
 * <p>Outcome per file, against Clavis: pass; fail and listed in {@code conformance-baseline.txt}
 * → the test fails (a regression); fail and not listed → the test is aborted (reported skipped)
 * with the first difference, so the build stays green until the file is in the baseline; skip →
 * aborted with the skip list's reason. Against another server there is no baseline: every
 * failure is reported as aborted. Every run writes {@code target/conformance-report.json}; a full
 * run against Clavis also regenerates {@code docs/conformance.md}.
 */
class ConformanceTest {

  private static final ConformanceReport REPORT = new ConformanceReport();
  private static final List<String> NEW_PASSES = new ArrayList<>();
  private static Target target;

  /** What the run targets, and whether it is Clavis (then the baseline applies). */
  private record Target(KmipEndpoint endpoint, String description, boolean clavis, AutoCloseable owned,
      String unavailable) {}

  @TestFactory
  Stream<DynamicNode> oasisTestCases() throws IOException {
    Path oasis = oasisDir();
    Assumptions.assumeTrue(oasis != null && Files.isDirectory(oasis),
        "OASIS test cases not found (" + oasis + "): set clavis.shared.dir or clavis.conformance.oasis-dir");
    ConformanceRunner runner = new ConformanceRunner(oasis);
    String trace = System.getProperty("clavis.conformance.trace");
    if (trace != null) {
      runner.withTrace(Path.of(trace));
    }
    String setFilter = System.getProperty("clavis.conformance.sets", ".*");
    String fileGlob = System.getProperty("clavis.conformance.files");
    PathMatcher glob = fileGlob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + fileGlob);
    Map<String, List<Path>> bySet = new LinkedHashMap<>();
    for (Path f : runner.files()) {
      String set = runner.setOf(f);
      if (set.matches(setFilter) && (glob == null || glob.matches(Path.of(set, runner.nameOf(f).split("/"))))) {
        bySet.computeIfAbsent(set, k -> new ArrayList<>()).add(f);
      }
    }
    fullRun = setFilter.equals(".*") && glob == null;
    target = target();
    Baseline baseline = target.clavis() ? Baseline.load() : Baseline.empty();
    return bySet.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
        e.getValue().stream().map(f -> DynamicTest.dynamicTest(runner.nameOf(f), f.toUri(),
            () -> runFile(runner, f, baseline)))));
  }

  private static boolean fullRun;

  private static void runFile(ConformanceRunner runner, Path f, Baseline baseline) {
    String set = runner.setOf(f);
    String name = runner.nameOf(f);
    FileResult r;
    if (target.endpoint() == null && runner.skips().reason(set, name).isEmpty()) {
      r = FileResult.skip("no server to target: " + target.unavailable(), 0);
    } else {
      r = runner.run(f, target.endpoint());
    }
    REPORT.add(set, name, r);
    boolean expected = baseline.expectsPass(set, name);
    switch (r.status()) {
      case PASS -> {
        if (target.clavis() && !expected) {
          synchronized (NEW_PASSES) {
            NEW_PASSES.add(set + "/" + name);
          }
        }
      }
      case SKIP -> Assumptions.abort("skipped: " + r.detail());
      case FAIL -> {
        if (expected) {
          fail("regression: " + set + "/" + name + " is in the conformance baseline but fails: " + r.detail());
        }
        Assumptions.abort("fails (not in the baseline yet): " + r.detail());
      }
    }
  }

  private static Target target() {
    String host = System.getProperty("clavis.conformance.host");
    if (host != null) {
      KmipEndpoint e = new KmipEndpoint(host, Integer.getInteger("clavis.conformance.port", 5696),
          Path.of(required("clavis.conformance.cert")), Path.of(required("clavis.conformance.key")),
          Path.of(required("clavis.conformance.ca")), !Boolean.getBoolean("clavis.conformance.no-verify-hostname"),
          Duration.ofSeconds(Long.getLong("clavis.conformance.timeout-seconds", 30)));
      return new Target(e, "the KMIP server at " + e, false, null, null);
    }
    try {
      Path dir = Files.createTempDirectory("clavis-conformance-");
      ClavisProcess clavis = ClavisProcess.start(dir);
      return new Target(clavis.endpoint(), "Clavis (`clavis serve` started for the run, this commit)", true, clavis, null);
    } catch (IOException e) {
      return new Target(null, "no server", false, null, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Target(null, "no server", false, null, "interrupted while starting Clavis");
    }
  }

  private static String required(String property) {
    String v = System.getProperty(property);
    if (v == null) {
      throw new IllegalArgumentException(property + ": not set (expected: a PEM file, with clavis.conformance.host)");
    }
    return v;
  }

  static Path oasisDir() {
    String dir = System.getProperty("clavis.conformance.oasis-dir");
    if (dir != null) {
      return Path.of(dir);
    }
    String shared = System.getProperty("clavis.shared.dir");
    return shared == null ? null : Path.of(shared, "conformance", "oasis");
  }

  @AfterAll
  static void writeReport() throws Exception {
    if (target == null) {
      return;
    }
    try {
      Path targetDir = Path.of("target");
      REPORT.writeJson(targetDir.resolve("conformance-report.json"));
      synchronized (NEW_PASSES) {
        Files.writeString(targetDir.resolve("conformance-new-passes.txt"),
            NEW_PASSES.isEmpty() ? "" : String.join("\n", NEW_PASSES.stream().sorted().toList()) + "\n");
      }
      String repo = System.getProperty("clavis.repository.dir");
      boolean publish = target.clavis() && fullRun && repo != null;
      Path md = publish ? Path.of(repo, "docs", "conformance.md") : targetDir.resolve("conformance.md");
      REPORT.writeMarkdown(md, target.description(), ConformanceDocs.PREAMBLE, SkipList.standard());
      ConformanceReport.Counts c = REPORT.totals();
      System.out.printf("OASIS conformance against %s: %d files, %d pass (%d not yet in the baseline), %d fail, %d skipped;"
          + " report target/conformance-report.json, matrix %s%n", target.description(), c.total(), c.pass(), NEW_PASSES.size(),
          c.fail(), c.skip(), md);
    } finally {
      if (target.owned() != null) {
        target.owned().close();
      }
    }
  }
}
