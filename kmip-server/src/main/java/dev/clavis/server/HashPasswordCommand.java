package dev.clavis.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clavis hash-password}: reads one password from standard input (first line) and prints
 * its bcrypt hash ({@code $2y$}, Bouncy Castle's {@link OpenBSDBCrypt}) for {@code access.users}
 * in {@code clavis.yaml}. The password is never an argument (it would show in the process list
 * and the shell history).
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
    description = "Read a password from standard input, print its bcrypt hash for access.users.")
final class HashPasswordCommand implements Callable<Integer> {

  static final int DEFAULT_COST = 12;
  static final int MAX_PASSWORD_BYTES = 72; // bcrypt uses at most 72 bytes

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--cost", description = "bcrypt cost, 4..31 (default ${DEFAULT-VALUE}).")
  int cost = DEFAULT_COST;

  private final InputStream in;

  HashPasswordCommand() {
    this(System.in);
  }

  HashPasswordCommand(InputStream in) {
    this.in = in;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (cost < 4 || cost > 31) {
      err.println("clavis hash-password: --cost: " + cost + " (expected: 4..31)");
      return 2;
    }
    byte[] raw = in.readNBytes(4096);
    String text = new String(raw, StandardCharsets.UTF_8);
    int eol = text.indexOf('\n');
    String password = (eol >= 0 ? text.substring(0, eol) : text).replace("\r", "");
    if (password.isEmpty()) {
      err.println("clavis hash-password: password: empty (expected: one line on standard input)");
      return 2;
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      err.println("clavis hash-password: password: longer than " + MAX_PASSWORD_BYTES
          + " bytes (expected: at most 72 UTF-8 bytes, the bcrypt limit)");
      return 2;
    }
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    String hash = OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, cost);
    PrintWriter out = spec.commandLine().getOut();
    out.println(hash);
    out.flush();
    return 0;
  }
}
