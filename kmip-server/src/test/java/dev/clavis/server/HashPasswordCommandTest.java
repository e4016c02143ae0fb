package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code clavis hash-password} and the operation names of {@code clavis grant}. */
class HashPasswordCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new HashPasswordCommand(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return new Run(cl.execute(args), out.toString(), err.toString());
  }

  @Test
  void printsABcryptHashOfTheFirstLine() {
    Run r = run("s3cret pass\nignored\n", "--cost", "4");
    assertThat(r.code()).isZero();
    String hash = r.out().strip();
    assertThat(hash).startsWith("$2y$04$");
    assertThat(OpenBSDBCrypt.checkPassword(hash, "s3cret pass".toCharArray())).isTrue();
    assertThat(OpenBSDBCrypt.checkPassword(hash, "s3cret pass\n".toCharArray())).isFalse();
    assertThat(r.out()).doesNotContain("s3cret");
  }

  @Test
  void refusesEmptyAndOverlongPasswordsAndBadCosts() {
    assertThat(run("\n").code()).isEqualTo(2);
    assertThat(run("x".repeat(73) + "\n", "--cost", "4").err()).contains("72");
    assertThat(run("pw\n", "--cost", "3").err()).contains("--cost: 3 (expected: 4..31)");
  }

  @Test
  void grantOperationNamesIgnoreCaseAndSeparators() {
    assertThat(GrantCommand.operations(List.of("get", "Get-Attributes", "ENCRYPT")))
        .containsExactly(0x0A, 0x0B, 0x1F);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GrantCommand.operations(List.of("steal")))
        .hasMessageContaining("--operations: steal");
  }
}
