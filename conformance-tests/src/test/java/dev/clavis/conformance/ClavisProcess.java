package dev.clavis.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Clavis server started for the run exactly as a user starts it — {@code clavis serve --port 0
 * --data-dir <temp>} — in a child JVM on this test class path; it creates its development PKI,
 * whose client certificate the runner uses. Stopped by its pid (SIGTERM: graceful shutdown).
 */
final class ClavisProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern LISTENING = Pattern.compile("listening on ([0-9.:a-fA-F\\[\\]]+):(\\d+)");

  private final Process process;
  private final KmipEndpoint endpoint;

  private ClavisProcess(Process process, KmipEndpoint endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  static ClavisProcess start(Path dataDir) throws IOException, InterruptedException {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
        "dev.clavis.server.ClavisCommand", "serve", "--port", "0", "--bind", "127.0.0.1", "--data-dir", dataDir.toString(),
        "--set", "server.interop=true"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    Path log = dataDir.resolve("clavis-serve.log");
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          Files.writeString(log, line + "\n", StandardCharsets.UTF_8,
              java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
          Matcher m = LISTENING.matcher(line);
          if (m.find() && !port.isDone()) {
            port.complete(Integer.parseInt(m.group(2)));
          }
        }
      } catch (IOException ignored) {
        // the process ended
      }
      port.completeExceptionally(new IOException("clavis serve ended without listening; output in " + log));
    }, "clavis-serve-output");
    reader.setDaemon(true);
    reader.start();
    try {
      int p0 = port.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      Path pki = dataDir.resolve("pki");
      return new ClavisProcess(p, new KmipEndpoint("127.0.0.1", p0, pki.resolve("client.pem"), pki.resolve("client.key"),
          pki.resolve("ca.pem"), true, Duration.ofSeconds(30)));
    } catch (Exception e) {
      stop(p);
      throw new IOException("clavis serve did not start within " + START_TIMEOUT + ": " + e.getMessage(), e);
    }
  }

  KmipEndpoint endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    stop(process);
  }

  private static void stop(Process p) {
    p.destroy();
    try {
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
    }
  }
}
