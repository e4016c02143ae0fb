package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interoperability with an independent client: PyKMIP (Debian {@code python3-pykmip}) runs
 * {@code conformance-tests/src/test/resources/pykmip/interop.py} — Create, Get, GetAttributes,
 * Activate, Locate, Register, Revoke, Destroy, CreateKeyPair — against a real server on port 0,
 * over mutual TLS with the development PKI's PEM files. Skipped when {@code /usr/bin/python3}
 * cannot {@code import kmip} or the script is missing.
 */
class PyKmipInteropIT {

  static final Path PYTHON = Path.of("/usr/bin/python3");
  static final Path SCRIPT = Path.of("..", "conformance-tests", "src", "test", "resources", "pykmip", "interop.py");
  static final long TIMEOUT_SECONDS = 180;

  @TempDir static Path dataDir;
  static ServerFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SCRIPT), "PyKMIP interop script missing: " + SCRIPT.toAbsolutePath());
    Assumptions.assumeTrue(Files.isExecutable(PYTHON), "no " + PYTHON);
    Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import kmip").redirectErrorStream(true).start();
    boolean done = p.waitFor(60, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    Assumptions.assumeTrue(done && p.exitValue() == 0, "PyKMIP not installed: " + PYTHON + " cannot import kmip");
    fixture = new ServerFixture(dataDir);
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @ParameterizedTest(name = "KMIP {0}")
  @ValueSource(strings = {"1.2", "1.4", "2.0"})
  void pykmipDrivesEveryStepSuccessfully(String version) throws Exception {
    Path out = dataDir.resolve("pykmip-" + version + ".out");
    Path err = dataDir.resolve("pykmip-" + version + ".err");
    List<String> command = List.of(PYTHON.toString(), SCRIPT.toString(), "127.0.0.1",
        Integer.toString(fixture.server.address().getPort()),
        ServerFixture.PKI.trusted.clientCert().toString(), ServerFixture.PKI.trusted.clientKey().toString(),
        ServerFixture.PKI.trusted.caCert().toString(), version);
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    boolean finished = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
    String output = read(out);
    System.out.println("PyKMIP " + version + ":\n" + output);
    if (!finished || p.exitValue() != 0) {
      System.out.println("PyKMIP " + version + " stderr:\n" + read(err));
    }
    assertThat(finished).as("PyKMIP finished within %d s", TIMEOUT_SECONDS).isTrue();
    assertThat(output).contains("0 failed");
    assertThat(p.exitValue()).as("PyKMIP exit code; output:%n%s", output).isZero();
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
