package dev.clavis.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.clavis.storage.JdbcObjectStore;
import dev.clavis.storage.ObjectStore;
import java.util.List;
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
   * 2 on a usage error or a file or table that cannot be read. With {@code --table}, the audit
   * table's chain (one per node) is checked as well, and compared with the file's end.
   */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
          "Check the audit file's hash chain; with --table also the audit table's (one chain per node).",
          "Exit 0: whole (prints the number of entries, first and last time, last seq and hash).",
          "Exit 1: broken (names the first broken line or row: hash mismatch, prev mismatch, seq gap, unparsable,"
              + " torn last line, column mismatch), or the file and the table end differently.",
          "Exit 2: usage error, or the file or the table cannot be read."
      })
  static final class Verify implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default ./clavis-data): checks DIR/audit/audit.log.")
    Path dataDir;

    @Option(names = "--file", paramLabel = "FILE", description = "The audit file to check (instead of the data directory's).")
    Path file;

    @Option(names = "--table", description = "Also check the audit table of the store (the data directory's H2, or --store-url).")
    boolean table;

    @Option(names = "--store-url", paramLabel = "URL",
        description = "With --table: the store's JDBC URL (PostgreSQL password from CLAVIS_STORE_PASSWORD).")
    String storeUrl;

    @Option(names = "--config", paramLabel = "FILE", description = "With --table: clavis.yaml giving store.url and audit.node"
        + " (default conf/clavis.yaml when present).")
    Path config;

    @Option(names = "--node", paramLabel = "NAME", description = "With --table: the node whose chain to check (default audit.node).")
    String node;

    @Option(names = "--all-nodes", description = "With --table: check every node's chain in the table.")
    boolean allNodes;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        return run(out, err);
      } finally {
        out.flush();
        err.flush();
      }
    }

    private int run(PrintWriter out, PrintWriter err) {
      if (file != null && dataDir != null && !table) {
        err.println("clavis audit verify: --file and --data-dir (expected: one of them)");
        return 2;
      }
      if (!table && (storeUrl != null || config != null || node != null || allNodes)) {
        err.println("clavis audit verify: --store-url, --config, --node and --all-nodes go with --table");
        return 2;
      }
      Path f = file != null ? file
          : (dataDir != null ? dataDir : Path.of(ConfigReader.DEFAULTS.get("server.data-dir"))).resolve(AuditLog.FILE);
      AuditVerifier.Result fileResult = null;
      if (!table || Files.isRegularFile(f)) {
        if (!Files.isRegularFile(f)) {
          err.println("clavis audit verify: " + f + ": no such file (expected: an audit log)");
          return 2;
        }
        try {
          fileResult = AuditVerifier.verify(f);
        } catch (IOException e) {
          err.println("clavis audit verify: cannot read " + f + ": " + e.getMessage());
          return 2;
        }
        if (!report(out, err, f.toString(), fileResult, "line")) {
          return 1;
        }
      }
      return table ? verifyTable(out, err, f, fileResult) : 0;
    }

    private int verifyTable(PrintWriter out, PrintWriter err, Path f, AuditVerifier.Result fileResult) {
      ServerConfig cfg;
      try {
        cfg = ConfigReader.forCommand(config, dataDir, storeUrl);
      } catch (ConfigReader.ConfigException e) {
        err.println("clavis audit verify: " + e.getMessage());
        return 2;
      }
      String mine = node != null ? node : cfg.audit().node();
      try (ObjectStore store = JdbcObjectStore.open(ClavisServer.storeConfig(cfg))) {
        List<String> nodes = allNodes ? store.auditNodes() : List.of(mine);
        if (nodes.isEmpty()) {
          out.println("audit table: no rows");
        }
        for (String n : nodes) {
          AuditVerifier.Result r = AuditVerifier.verifyTable(store, n);
          if (!report(out, err, "audit table, node " + n, r, "row")) {
            return 1;
          }
          if (n.equals(mine) && fileResult != null && r.lastSeq() > 0
              && (fileResult.lastSeq() != r.lastSeq() || !fileResult.lastHash().equals(r.lastHash()))) {
            err.printf("%s and the audit table (node %s) end differently: the file at seq %d (hash %s), the table at"
                + " seq %d (hash %s) (expected: the same last entry; entries removed from the end of one, or the"
                + " table missed entries a restart copies)%n", f, n, fileResult.lastSeq(), fileResult.lastHash(),
                r.lastSeq(), r.lastHash());
            return 1;
          }
        }
        return 0;
      } catch (RuntimeException e) {
        err.println("clavis audit verify: cannot read the audit table: " + e.getMessage());
        return 2;
      }
    }

    /** Prints the outcome; true when whole. */
    private static boolean report(PrintWriter out, PrintWriter err, String what, AuditVerifier.Result r, String unit) {
      if (r.whole()) {
        out.printf("%s: chain whole: %d entries%s, last seq %d, last hash %s%n", what, r.records(),
            r.first() == null ? "" : " from " + r.first() + " to " + r.last(), r.lastSeq(), r.lastHash());
        return true;
      }
      AuditVerifier.Broken b = r.broken();
      err.printf("%s: chain broken at %s %d%s: %s: %s%n", what, unit, b.line(),
          b.seq() == null ? "" : " (seq " + b.seq() + ")", b.problem(), b.detail());
      err.printf("  %d valid entries before it%s%n", r.records(),
          r.last() == null ? "" : " (" + r.first() + " to " + r.last() + ")");
      return false;
    }
  }
}
