package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clavis serve} end to end: the packaged {@code target/clavis.jar} (what {@code bin/clavis}
 * runs) in its own JVM, from an empty directory, stopped with SIGTERM.
 */
class ServeCommandIT {

  private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

  @TempDir Path work;
  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void kill() {
    processes.forEach(Process::destroyForcibly);
  }

  private record Running(Process process, int port, List<String> banner, Path stderr) {}

  private Process launch(String... args) throws IOException {
    Path jar = Path.of("target", "clavis.jar").toAbsolutePath();
    assertThat(jar).as("the runnable jar, built in the package phase before the integration tests").exists();
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd)
        .directory(work.toFile())
        .redirectError(work.resolve("stderr-" + processes.size() + ".txt").toFile())
        .start();
    processes.add(p);
    return p;
  }

  /** Starts {@code serve} and reads its banner up to the "Stop with" line (at most 120 s). */
  private Running serve(String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
    args.addAll(List.of(extra));
    Process p = launch(args.toArray(new String[0]));
    Path stderr = work.resolve("stderr-" + (processes.size() - 1) + ".txt");
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread.ofVirtual().start(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          lines.add(l);
        }
      } catch (IOException e) {
        // process ended
      }
    });
    List<String> banner = new ArrayList<>();
    int port = -1;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      String l = lines.poll(1, TimeUnit.SECONDS);
      if (l == null) {
        assertThat(p.isAlive()).as("serve exited early: %s", Files.readString(stderr)).isTrue();
        continue;
      }
      banner.add(l);
      Matcher m = LISTENING.matcher(l);
      if (m.find()) {
        port = Integer.parseInt(m.group(1));
      }
      if (l.startsWith("Stop with")) {
        break;
      }
    }
    assertThat(port).as("banner %s", banner).isPositive();
    return new Running(p, port, banner, stderr);
  }

  private static Map<String, byte[]> snapshot(Path pki) throws IOException {
    Map<String, byte[]> m = new HashMap<>();
    for (String f : DevPki.FILES) {
      m.put(f, Files.readAllBytes(pki.resolve(f)));
    }
    return m;
  }

  @Test
  void freshDirectoryGetsADevelopmentPkiAndAServerThatStopsOnSigterm() throws Exception {
    Running r = serve();
    Path pki = work.resolve("clavis-data/pki");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("clavis-data"))))
        .as("the data directory is the owner's only").isEqualTo("rwx------");
    assertThat(String.join("\n", r.banner()))
        .contains("development PKI created in clavis-data/pki")
        .contains("bin/clavis query --host 127.0.0.1 --port " + r.port()
            + " --cert clavis-data/pki/client.pem --key clavis-data/pki/client.key --ca clavis-data/pki/ca.pem");

    // The printed client files open a mutually authenticated session.
    InetSocketAddress address = new InetSocketAddress("127.0.0.1", r.port());
    try (TestClient c = TestClient.connect(
        TestClient.context(pki.resolve("client.pem"), pki.resolve("client.key"), pki.resolve("ca.pem")), address)) {
      assertThat(c.socket.getSession().getPeerPrincipal().getName()).isEqualTo("CN=localhost,O=Clavis development PKI");
      dev.clavis.codec.spec.KmipVersion v = dev.clavis.codec.spec.KmipVersion.V1_4;
      c.send(dev.clavis.codec.TtlvEncoder.encode(new dev.clavis.codec.RequestMessage(
          dev.clavis.codec.RequestHeader.of(v, 1),
          java.util.List.of(dev.clavis.codec.RequestBatchItem.of(new dev.clavis.codec.QueryRequestPayload(
              java.util.List.of(dev.clavis.codec.spec.QueryFunction.QUERY_OPERATIONS), null), null, v))).toTtlv()));
      dev.clavis.codec.ResponseMessage response = dev.clavis.codec.ResponseMessage.fromTtlv(
          dev.clavis.codec.TtlvDecoder.decode(c.receive(), dev.clavis.codec.TtlvLimits.DEFAULT));
      assertThat(response.batchItems().get(0).resultStatus()).isEqualTo(dev.clavis.codec.spec.ResultStatus.SUCCESS);
      assertThat(((dev.clavis.codec.QueryResponsePayload) response.batchItems().get(0).payload(v)).operations())
          .as("the operations are wired").contains(dev.clavis.codec.spec.Operation.CREATE, dev.clavis.codec.spec.Operation.GET);
    }
    assertThat(work.resolve("clavis-data/clavis.mv.db")).as("the default H2 store").exists();

    r.process().destroy(); // SIGTERM
    assertThat(r.process().waitFor(60, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
    assertThat(Files.readString(r.stderr())).contains("stopped");

    // A second start reuses the PKI, byte for byte.
    Map<String, byte[]> before = snapshot(pki);
    Running again = serve();
    assertThat(String.join("\n", again.banner())).contains("development PKI reused in clavis-data/pki");
    Map<String, byte[]> after = snapshot(pki);
    for (String f : DevPki.FILES) {
      assertThat(after.get(f)).as(f).isEqualTo(before.get(f));
    }
    again.process().destroy();
    assertThat(again.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void unknownKeyInConfClavisYamlStopsStartUp() throws Exception {
    Files.createDirectories(work.resolve("conf"));
    Files.writeString(work.resolve("conf/clavis.yaml"), "server:\n  prot: 5696\n");
    Process p = launch("serve");
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(Files.readString(work.resolve("stderr-0.txt")))
        .contains("unknown key server.prot (expected one of: server.bind, server.port, server.https-port, server.interop, server.data-dir)");
    assertThat(work.resolve("clavis-data")).as("nothing created").doesNotExist();
  }

  @Test
  void flagsWinOverTheYaml() throws Exception {
    Files.createDirectories(work.resolve("conf"));
    Files.writeString(work.resolve("conf/clavis.yaml"), "server:\n  port: 1\n  data-dir: from-yaml\n");
    Running r = serve("--data-dir", "from-flag");
    assertThat(String.join("\n", r.banner())).contains("configuration: conf/clavis.yaml");
    assertThat(work.resolve("from-flag/pki/ca.pem")).exists();
    assertThat(work.resolve("from-yaml")).doesNotExist();
    r.process().destroy();
    assertThat(r.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
  }
}
