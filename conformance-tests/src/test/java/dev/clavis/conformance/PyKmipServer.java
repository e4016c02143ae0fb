package dev.clavis.conformance;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PyKMIP's server from Debian ({@code python3-pykmip}), an independent KMIP implementation, run
 * as a child process on 127.0.0.1 with a throwaway PKI and SQLite file; stopped by its pid.
 */
final class PyKmipServer implements AutoCloseable {

  static final Path EXECUTABLE = Path.of("/usr/bin/pykmip-server");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  final int port;
  final TestPki pki;
  private final Process process;
  private final Path log;

  private PyKmipServer(int port, TestPki pki, Process process, Path log) {
    this.port = port;
    this.pki = pki;
    this.process = process;
    this.log = log;
  }

  static boolean available() {
    return Files.isExecutable(EXECUTABLE);
  }

  static PyKmipServer start(Path dir) throws Exception {
    TestPki pki = TestPki.create(dir);
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path policies = Files.createDirectories(dir.resolve("policies"));
    Path conf = dir.resolve("server.conf");
    Files.writeString(conf, String.join("\n",
        "[server]",
        "hostname=127.0.0.1",
        "port=" + port,
        "certificate_path=" + pki.serverCert,
        "key_path=" + pki.serverKey,
        "ca_path=" + pki.ca,
        "auth_suite=TLS1.2",
        "enable_tls_client_auth=True",
        "policy_path=" + policies,
        "database_path=" + dir.resolve("pykmip.db"),
        "logging_level=INFO",
        ""), StandardCharsets.UTF_8);
    Path log = dir.resolve("server.log");
    Process p = new ProcessBuilder(List.of(EXECUTABLE.toString(), "-f", conf.toString(), "-l", log.toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
    PyKmipServer server = new PyKmipServer(port, pki, p, log);
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("pykmip-server exited with " + p.exitValue() + ": " + Files.readString(dir.resolve("stdout.txt")));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return server;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    server.close();
    throw new IllegalStateException("pykmip-server: not listening on 127.0.0.1:" + port + " after " + START_TIMEOUT);
  }

  KmipEndpoint endpoint() {
    return new KmipEndpoint("127.0.0.1", port, pki.clientCert, pki.clientKey, pki.ca, true, Duration.ofSeconds(20));
  }

  String logTail() throws IOException {
    List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  @Override
  public void close() {
    // Only our own child, by its pid: SIGTERM, then SIGKILL if it lingers.
    ProcessHandle h = process.toHandle();
    h.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
