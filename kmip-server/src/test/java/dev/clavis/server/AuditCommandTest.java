package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code clavis audit verify}: exit codes and what it prints. */
class AuditCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = ClavisCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private void write(int count) {
    try (AuditLog log = AuditLog.open(dir)) {
      for (int i = 1; i <= count; i++) {
        log.record(AuditLogTest.record(i));
      }
    }
  }

  @Test
  void aWholeChainExitsZeroWithASummary() {
    write(3);
    assertThat(run("audit", "verify", "--data-dir", dir.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("chain whole: 3 entries from 2026-11-28T17:00:01Z to 2026-11-28T17:00:03Z", "last seq 3");
  }

  @Test
  void aBrokenChainExitsOneNamingTheFirstBrokenLine() throws Exception {
    write(4);
    Path f = dir.resolve(AuditLog.FILE);
    List<String> lines = new ArrayList<>(Files.readAllLines(f));
    lines.remove(2);
    Files.write(f, lines);
    assertThat(run("audit", "verify", "--file", f.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("chain broken at line 3 (seq 4): SEQ_GAP: seq 4 (expected: 3)", "2 valid entries");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("audit", "verify", "--data-dir", dir.resolve("nothing-here").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no such file");
    assertThat(run("audit", "verify", "--data-dir", "a", "--file", "b")).isEqualTo(2);
    assertThat(run("audit", "verify", "--bogus")).isEqualTo(2);
  }
}
