package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clavis.client.ClientCommands;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code clavis bench} against a real Clavis node (H2 file store, software key protection) over
 * TLS on port 0: short runs bounded in time and count, every operation succeeds. No assertion on
 * speed (a shared build machine is as slow as it is).
 */
class BenchCommandIT {

  @TempDir Path dataDir;
  ServerFixture fixture;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dataDir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @CommandLine.Command(name = "clavis")
  static final class Root implements Runnable {
    @Override
    public void run() {}
  }

  @ParameterizedTest
  @CsvSource({"get,2,jdk", "create,2,jdk", "create-get,1,jdk", "create-destroy,1,jdk", "locate,2,jdk", "mixed,2,jdk",
      "handshake,1,jdk", "handshake,2,openssl"})
  void everyOperationSucceeds(String mode, int conns, String tlsProvider) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = bench(out, err, "--mode", mode, "--conns", String.valueOf(conns), "--tls-provider", tlsProvider);
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(stderr).isZero();
    JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(j.get("mode").asText()).isEqualTo(mode);
    assertThat(j.get("ops").asLong()).isPositive().isLessThanOrEqualTo(200L + conns);
    // with openssl a resumed session counts as an error: zero errors means every handshake was full
    assertThat(j.get("errors").asLong()).as(stderr).isZero();
  }

  @org.junit.jupiter.api.Test
  void theOpenSslProviderIsForFullHandshakesOnly() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(bench(out, err, "--mode", "get", "--tls-provider", "openssl")).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--tls-provider openssl: for --mode handshake without --resume");
  }

  private int bench(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
    CommandLine root = new CommandLine(new Root());
    ClientCommands.register(root, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("bench", "--duration", "1", "--warmup", "0",
        "--max-ops", "200", "--json", "--quiet",
        "--port", String.valueOf(fixture.server.address().getPort()),
        "--cert", ServerFixture.PKI.trusted.clientCert().toString(),
        "--key", ServerFixture.PKI.trusted.clientKey().toString(),
        "--ca", ServerFixture.PKI.trusted.caCert().toString()));
    all.addAll(java.util.List.of(args));
    return root.execute(all.toArray(String[]::new));
  }
}
