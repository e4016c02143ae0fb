package dev.clavis.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clavis audit}: tools for the audit trail. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Audit trail tools.",
    subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "audit: a subcommand is required (expected: verify)");
  }

  /**
   * {@code clavis audit verify}: exit 0 when the chain is whole, 1 naming the first broken entry,
   * 2 on a usage error or a file that cannot be read.
   */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
          "Check the audit file's hash chain.",
          "Exit 0: whole (prints the number of entries, first and last time, last seq and hash).",
          "Exit 1: broken (names the first broken line: hash mismatch, prev mismatch, seq gap, unparsable, torn last line).",
          "Exit 2: usage error, or the file cannot be read."
      })
  static final class Verify implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default ./clavis-data): checks DIR/audit/audit.log.")
    Path dataDir;

    @Option(names = "--file", paramLabel = "FILE", description = "The audit file to check (instead of the data directory's).")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (file != null && dataDir != null) {
        err.println("clavis audit verify: --file and --data-dir (expected: one of them)");
        return 2;
      }
      Path f = file != null ? file
          : (dataDir != null ? dataDir : Path.of(ConfigReader.DEFAULTS.get("server.data-dir"))).resolve(AuditLog.FILE);
      if (!Files.isRegularFile(f)) {
        err.println("clavis audit verify: " + f + ": no such file (expected: an audit log)");
        return 2;
      }
      AuditVerifier.Result r;
      try {
        r = AuditVerifier.verify(f);
      } catch (IOException e) {
        err.println("clavis audit verify: cannot read " + f + ": " + e.getMessage());
        return 2;
      }
      if (r.whole()) {
        out.printf("%s: chain whole: %d entries%s, last seq %d, last hash %s%n", f, r.records(),
            r.first() == null ? "" : " from " + r.first() + " to " + r.last(), r.lastSeq(), r.lastHash());
        out.flush();
        return 0;
      }
      err.printf("%s: chain broken at %s%n", f, r.broken());
      err.printf("  %d valid entries before it%s%n", r.records(),
          r.last() == null ? "" : " (" + r.first() + " to " + r.last() + ")");
      err.flush();
      return 1;
    }
  }
}
