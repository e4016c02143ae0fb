package dev.clavis.conformance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clavis conformance}: replays the OASIS KMIP test cases against any KMIP server and
 * reports per file. Exit code 0 when no file failed, 1 when one did, 2 on bad arguments.
 */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    description = {
        "Replay the OASIS KMIP XML test cases against a KMIP server (TTLV over mutual TLS) and report per file.",
        "Writes a JSON report (one entry per file: set, file, status, detail) and a Markdown matrix."
    })
public final class ConformanceCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Server address (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "5696", description = "Server TTLV port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--cert", required = true, paramLabel = "PEM", description = "Client certificate (chain) the server accepts.")
  Path cert;

  @Option(names = "--key", required = true, paramLabel = "PEM", description = "Client private key (unencrypted PEM).")
  Path key;

  @Option(names = "--ca", required = true, paramLabel = "PEM", description = "CA certificate(s) of the server's certificate.")
  Path ca;

  @Option(names = "--set", paramLabel = "NAME", description = "Only this set (repeatable), e.g. kmip-1.4-profiles.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--file", paramLabel = "GLOB",
      description = "Only files matching this glob, against the file name or its path below the set, e.g. 'SKLC-*' or 'mandatory/BL-M-*'.")
  String fileGlob;

  @Option(names = "--oasis-dir", paramLabel = "DIR", defaultValue = "../shared/conformance/oasis",
      description = "Folder of the OASIS sets (default: ${DEFAULT-VALUE}).")
  Path oasisDir;

  @Option(names = "--report", paramLabel = "FILE", defaultValue = "conformance-report.json",
      description = "JSON report to write (default: ${DEFAULT-VALUE}).")
  Path report;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the Markdown matrix here.")
  Path markdown;

  @Option(names = "--trace", paramLabel = "DIR",
      description = "Write every request, expected and actual response per file (KMIP XML, byte strings redacted).")
  Path trace;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Per-exchange timeout (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--no-verify-hostname", description = "Do not check that the server certificate names --host.")
  boolean noVerifyHostname;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(oasisDir)) {
      err.println("clavis conformance: --oasis-dir " + oasisDir + " is not a folder (expected: the OASIS sets, e.g. ../shared/conformance/oasis)");
      return 2;
    }
    for (Path p : List.of(cert, key, ca)) {
      if (!Files.isReadable(p)) {
        err.println("clavis conformance: " + p + " is not readable (expected: a PEM file)");
        return 2;
      }
    }
    KmipEndpoint target = new KmipEndpoint(host, port, cert, key, ca, !noVerifyHostname, Duration.ofSeconds(timeoutSeconds));
    ConformanceRunner runner = new ConformanceRunner(oasisDir);
    if (trace != null) {
      runner.withTrace(trace);
    }
    PathMatcher glob = fileGlob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + fileGlob);
    ConformanceReport rep = new ConformanceReport();
    int files = 0;
    for (Path f : runner.files()) {
      String set = runner.setOf(f);
      String name = runner.nameOf(f);
      if (!sets.isEmpty() && !sets.contains(set)) {
        continue;
      }
      if (glob != null && !glob.matches(Path.of(name.substring(name.lastIndexOf('/') + 1))) && !glob.matches(Path.of(name))) {
        continue;
      }
      files++;
      FileResult r = runner.run(f, target);
      rep.add(set, name, r);
      out.printf("%-4s %s/%s%s%n", r.status().name(), set, name, r.status() == FileResult.Status.PASS ? "" : ": " + r.detail());
      out.flush();
    }
    if (files == 0) {
      err.println("clavis conformance: no file matches (sets " + (sets.isEmpty() ? "all" : sets) + ", file " + fileGlob + ")");
      return 2;
    }
    rep.writeJson(report);
    if (markdown != null) {
      rep.writeMarkdown(markdown, "the KMIP server at " + target, ConformanceDocs.PREAMBLE, runner.skips());
    }
    ConformanceReport.Counts c = rep.totals();
    out.printf("%d files: %d pass, %d fail, %d skipped. Report: %s%n", c.total(), c.pass(), c.fail(), c.skip(), report);
    return c.fail() == 0 ? 0 : 1;
  }

  /** Registers {@code conformance} on {@code clavis} (see {@code dev.clavis.client.CommandProvider}). */
  public static final class Provider implements dev.clavis.client.CommandProvider {
    @Override
    public String name() {
      return "conformance";
    }

    @Override
    public Object command() {
      return new ConformanceCommand();
    }
  }
}
