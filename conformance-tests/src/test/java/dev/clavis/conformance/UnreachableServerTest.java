package dev.clavis.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that is not there fails files quickly, and after a few in a row the rest at once. */
class UnreachableServerTest {

  @Test
  void filesFailWithTheReasonAndTheRunStopsTrying(@TempDir Path dir) throws Exception {
    Path oasis = ConformanceTest.oasisDir();
    Assumptions.assumeTrue(oasis != null && Files.isDirectory(oasis), "OASIS test cases not found (" + oasis + ")");
    TestPki pki = TestPki.create(dir);
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    KmipEndpoint nobody = new KmipEndpoint("127.0.0.1", port, pki.clientCert, pki.clientKey, pki.ca, true, Duration.ofSeconds(5));
    ConformanceRunner runner = new ConformanceRunner(oasis);
    List<Path> files = runner.files().stream().filter(f -> runner.setOf(f).equals("kmip-1.4-profiles")).limit(7).toList();
    for (int i = 0; i < files.size(); i++) {
      FileResult r = runner.run(files.get(i), nobody);
      assertThat(r.status()).isEqualTo(FileResult.Status.FAIL);
      if (i < ConformanceRunner.MAX_UNREACHABLE_IN_A_ROW) {
        assertThat(r.detail()).startsWith("cannot connect to 127.0.0.1:" + port + ": ConnectException");
      } else {
        assertThat(r.detail()).startsWith("not run: 5 files in a row timed out or could not connect (last: cannot connect");
      }
    }
  }
}
