package dev.clavis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.DiscoverVersionsResponsePayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code clavis bench}: its argument checks, the JSON line, the percentiles, and short bounded
 * runs over real TLS against the test-only {@link KmipResponder}. No assertion on speed.
 */
class BenchCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static TestPki pki;
  static TestPki.Issued server;
  @TempDir static Path dataDir;

  KmipResponder responder;

  @BeforeAll
  static void pki() {
    pki = new TestPki("bench CA");
    server = pki.server("127.0.0.1", "localhost");
    pki.writeClientFiles(dataDir.resolve("pki"), pki.client("bench", false), false);
  }

  @BeforeEach
  void start() throws IOException {
    responder = new KmipResponder(pki.context(server));
    responder.answer(Operation.CREATE, new CreateResponsePayload(ObjectType.SYMMETRIC_KEY, "key-1", null));
    responder.answer(Operation.GET, new GetResponsePayload(ObjectType.SYMMETRIC_KEY, "key-1",
        new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, new byte[32], CryptographicAlgorithm.AES, 256))));
    responder.answer(Operation.DISCOVER_VERSIONS, new DiscoverVersionsResponsePayload(List.of(new ProtocolVersion(1, 4))));
  }

  @AfterEach
  void stop() throws IOException {
    responder.close();
  }

  record Run(int exit, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }
  }

  @CommandLine.Command(name = "clavis")
  static final class Root implements Runnable {
    @Override
    public void run() {}
  }

  Run run(String... args) {
    List<String> all = new ArrayList<>(List.of("bench"));
    all.addAll(List.of(args));
    all.addAll(List.of("--port", String.valueOf(responder.port()), "--data-dir", dataDir.toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    CommandLine root = new CommandLine(new Root());
    root.addSubcommand("bench", new BenchCommand(new Terminal(new ByteArrayInputStream(new byte[0]), o, e)));
    root.setOut(new PrintWriter(o, true));
    root.setErr(new PrintWriter(e, true));
    int exit = root.execute(all.toArray(String[]::new));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- arguments

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--conns|0|--conns: 0 (expected: 1-4096)",
      "--conns|4097|--conns: 4097 (expected: 1-4096)",
      "--duration|0|--duration: 0 (expected: 1-3600 seconds)",
      "--duration|3601|--duration: 3601 (expected: 1-3600 seconds)",
      "--warmup|-1|--warmup: -1 (expected: 0-600 seconds)",
      "--max-ops|0|--max-ops: 0 (expected: >= 1)",
      "--timeout|0|--timeout: 0 (expected: >= 1 second)",
      "--tls-provider|sunjsse|--tls-provider: sunjsse (expected: jdk or openssl)",
      "--mode|fetch|--mode: fetch (expected: one of get, create, create-get, create-destroy, locate, encrypt, handshake, mixed)"
  })
  void refusesOutOfRangeArgumentsBeforeConnecting(String option, String value, String message) {
    Run r = run(option, value);
    assertThat(r.exit()).isEqualTo(KmipCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("clavis bench: " + message);
    assertThat(r.out()).isEmpty();
    assertThat(responder.connections.get()).as("nothing sent").isZero();
  }

  @Test
  void missingClientCertificateIsBadInput(@TempDir Path empty) {
    Run r = run("--cert", empty.resolve("nope.pem").toString());
    assertThat(r.exit()).isEqualTo(KmipCommand.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("client certificate: ").contains("nope.pem not found");
  }

  @Test
  void refusedConnectionAtSetUpIsAConnectionFailure() throws IOException {
    responder.close();
    Run r = run("--duration", "1", "--timeout", "2");
    assertThat(r.exit()).isEqualTo(KmipCommand.EXIT_CONNECTION);
    assertThat(r.err()).contains("cannot connect");
  }

  // ---------------------------------------------------------------- output

  @Test
  void jsonIsOneLineWithTheDocumentedFieldsInOrder() throws IOException {
    Histogram h = BenchResult.histogram();
    BenchResult.record(h, 1_500_000);
    BenchResult.record(h, 2_500_000);
    String line = BenchResult.of("get", 32, 3, 2.0, h).json();
    assertThat(line).doesNotContain("\n").doesNotContain(" ");
    JsonNode j = JSON.readTree(line);
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = j.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    assertThat(names).containsExactly("mode", "conns", "ops", "errors", "ops_per_sec", "p50_ms", "p90_ms", "p99_ms", "max_ms");
    assertThat(j.get("mode").asText()).isEqualTo("get");
    assertThat(j.get("conns").asInt()).isEqualTo(32);
    assertThat(j.get("ops").asLong()).isEqualTo(2);
    assertThat(j.get("errors").asLong()).isEqualTo(3);
    assertThat(j.get("ops_per_sec").asDouble()).isEqualTo(1.0);
    assertThat(j.get("p50_ms").asDouble()).isCloseTo(1.5, within(0.01));
    assertThat(j.get("max_ms").asDouble()).isCloseTo(2.5, within(0.01));
  }

  @Test
  void percentilesOfAKnownDistribution() {
    Histogram h = BenchResult.histogram();
    for (int ms = 1; ms <= 1_000; ms++) {
      BenchResult.record(h, ms * 1_000_000L);
    }
    BenchResult r = BenchResult.of("get", 1, 0, 10.0, h);
    // HdrHistogram with 3 significant digits: within 0.1 % of the exact order statistic.
    assertThat(r.ops()).isEqualTo(1_000);
    assertThat(r.p50Ms()).isCloseTo(500, within(0.5));
    assertThat(r.p90Ms()).isCloseTo(900, within(0.9));
    assertThat(r.p99Ms()).isCloseTo(990, within(1.0));
    assertThat(r.maxMs()).isCloseTo(1_000, within(1.0));
    assertThat(r.opsPerSec()).isEqualTo(100.0);
  }

  @Test
  void noOperationsGiveZerosNotNaN() {
    BenchResult r = BenchResult.of("create", 4, 7, 0.0, BenchResult.histogram());
    assertThat(r.opsPerSec()).isZero();
    assertThat(r.json()).isEqualTo("{\"mode\":\"create\",\"conns\":4,\"ops\":0,\"errors\":7,\"ops_per_sec\":0.0,"
        + "\"p50_ms\":0.000,\"p90_ms\":0.000,\"p99_ms\":0.000,\"max_ms\":0.000}");
  }

  @Test
  void modesParseByTheirCommandLineNames() {
    for (BenchCommand.Mode m : BenchCommand.Mode.values()) {
      assertThat(BenchCommand.Mode.parse(m.cliName())).isEqualTo(m);
    }
    assertThat(BenchCommand.Mode.CREATE_DESTROY.cliName()).isEqualTo("create-destroy");
  }

  // ---------------------------------------------------------------- bounded runs over TLS

  @Test
  void getRunOverPersistentConnections() {
    Run r = run("--mode", "get", "--conns", "2", "--duration", "1", "--warmup", "0", "--max-ops", "300", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("mode").asText()).isEqualTo("get");
    assertThat(j.get("conns").asInt()).isEqualTo(2);
    assertThat(j.get("ops").asLong()).isPositive();
    assertThat(j.get("errors").asLong()).isZero();
    assertThat(j.get("ops").asLong()).as("--max-ops bounds the run (each worker may finish one more)").isLessThanOrEqualTo(302);
    // One connection for the set-up Create, one TLS probe, then exactly one per worker.
    assertThat(responder.connections.get()).isEqualTo(2 + 2);
    assertThat(r.err()).contains("clavis bench: 127.0.0.1:" + responder.port() + ", KMIP 1.4, TLSv1.3");
    assertThat(r.err()).contains("clavis bench get (2 conns): 1/1 s");
  }

  @Test
  void handshakeModeOpensOneConnectionPerOperation() {
    Run r = run("--mode", "handshake", "--conns", "1", "--duration", "1", "--warmup", "0", "--max-ops", "20", "--json", "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    long ops = r.json().get("ops").asLong();
    assertThat(ops).isPositive();
    assertThat(r.json().get("errors").asLong()).isZero();
    assertThat(responder.connections.get()).as("set-up connection + one per operation").isGreaterThanOrEqualTo((int) ops + 1);
    assertThat(r.err()).as("--quiet").isEmpty();
  }

  @Test
  void unsupportedOperationsAreCountedAsErrorsAndReported() {
    // The responder answers Create and Activate? Activate is not in its table: the set-up fails cleanly.
    Run setUp = run("--mode", "encrypt", "--duration", "1", "--warmup", "0");
    assertThat(setUp.exit()).isEqualTo(KmipCommand.EXIT_KMIP_ERROR);
    assertThat(setUp.err()).contains("clavis bench: set-up: ").doesNotContain("\tat ");

    responder.answer(Operation.ACTIVATE, new dev.clavis.codec.ActivateResponsePayload("key-1"));
    Run r = run("--mode", "encrypt", "--conns", "1", "--duration", "1", "--warmup", "0", "--max-ops", "50", "--json", "--quiet");
    assertThat(r.exit()).as("no operation succeeded").isEqualTo(KmipCommand.EXIT_KMIP_ERROR);
    assertThat(r.json().get("ops").asLong()).isZero();
    assertThat(r.json().get("errors").asLong()).isPositive();
    assertThat(r.err()).contains("operations failed; first failure: ").contains("Encrypt");
  }
}
