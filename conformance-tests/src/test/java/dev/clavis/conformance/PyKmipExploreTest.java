package dev.clavis.conformance;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PyKmipExploreTest {
  @Test
  void explore(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(System.getProperty("explore") != null);
    Path oasis = Path.of(System.getProperty("clavis.shared.dir"), "conformance", "oasis");
    ConformanceRunner r = new ConformanceRunner(oasis).withTrace(Path.of("target/trace"));
    try (PyKmipServer s = PyKmipServer.start(dir)) {
      for (Path f : r.files()) {
        String set = r.setOf(f);
        if (!set.matches(System.getProperty("explore"))) continue;
        long t = System.nanoTime();
        FileResult res = r.run(f, s.endpoint());
        System.out.printf("RESULT %s %s/%s %d/%d %dms %s%n", res.status(), set, r.nameOf(f), res.passedPairs(), res.pairs(),
            (System.nanoTime() - t) / 1_000_000, res.detail());
      }
      System.out.println(s.logTail());
    }
  }
}
