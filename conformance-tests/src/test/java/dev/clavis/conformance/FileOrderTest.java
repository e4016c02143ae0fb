package dev.clavis.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order files run in ({@link ConformanceRunner#files()}): by set, set-up first, clean-up last. */
class FileOrderTest {

  @Test
  void setupFilesComeFirstAndCleanupLastWithinEachSet(@TempDir Path root) throws Exception {
    for (String f : new String[] {"kmip-1.3-testcases/TC-OTP-1-13.xml", "kmip-1.3-testcases/TC-OTP-CLEANUP-1-13.xml",
        "kmip-1.3-testcases/TC-OTP-SETUP-1-13.xml", "kmip-1.3-testcases/TC-A-1-13.xml",
        "kmip-1.4-testcases/TC-OTP-1-14.xml", "kmip-1.4-testcases/TC-A-SETUP-1-14.xml",
        "kmip-1.3-profiles/mandatory/SASED-M-2-13.xml", "kmip-1.3-profiles/mandatory/SASED-M-1-13.xml"}) {
      Path p = root.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "<KMIP/>");
    }
    ConformanceRunner runner = new ConformanceRunner(root);
    assertThat(runner.files()).map(p -> runner.setOf(p) + "/" + runner.nameOf(p)).containsExactly(
        "kmip-1.3-profiles/mandatory/SASED-M-1-13.xml",
        "kmip-1.3-profiles/mandatory/SASED-M-2-13.xml",
        "kmip-1.3-testcases/TC-OTP-SETUP-1-13.xml",
        "kmip-1.3-testcases/TC-A-1-13.xml",
        "kmip-1.3-testcases/TC-OTP-1-13.xml",
        "kmip-1.3-testcases/TC-OTP-CLEANUP-1-13.xml",
        "kmip-1.4-testcases/TC-A-SETUP-1-14.xml",
        "kmip-1.4-testcases/TC-OTP-1-14.xml");
  }
}
