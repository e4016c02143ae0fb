package dev.clavis.client;

import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clavis create}: Create a symmetric key (KMIP 1.4 §4.1, KMIP 2.1 §6.1.8). */
@Command(name = "create", description = "Create a symmetric key on the server and print its Unique Identifier.")
final class CreateCommand extends KmipCommand {

  @Option(names = "--algorithm", defaultValue = "AES", paramLabel = "ALG",
      description = "Cryptographic Algorithm: AES, 3DES, HMAC-SHA256, … (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = "--length", defaultValue = "256", paramLabel = "BITS", description = "Cryptographic Length in bits (default: ${DEFAULT-VALUE}).")
  int length;

  @Option(names = "--name", paramLabel = "NAME", description = "Name of the key (may be repeated).")
  List<String> names = new ArrayList<>();

  @Option(names = "--usage", split = ",", paramLabel = "USAGE",
      description = "Cryptographic Usage Mask, comma-separated: encrypt,decrypt,wrap-key,mac-generate,… "
          + "(default: encrypt,decrypt; mac-generate,mac-verify for HMAC).")
  List<String> usage = new ArrayList<>();

  private CreateRequest request;

  CreateCommand() {
    this(Terminal.system());
  }

  CreateCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  void prepare() {
    CryptographicAlgorithm alg = SpecNames.parse(CryptographicAlgorithm.values(), CryptographicAlgorithm::specName,
        algorithm, "--algorithm");
    if (length <= 0) {
      throw new BadInputException("--length: " + length + " (expected: > 0 bits)");
    }
    request = CreateRequest.of(alg, length);
    for (String n : names) {
      request = request.name(n);
    }
    request = request.usage(usage(usage, alg.specName().startsWith("HMAC")));
  }

  static CryptographicUsageMask[] usage(List<String> given, boolean mac) {
    if (given.isEmpty()) {
      return mac
          ? new CryptographicUsageMask[] {CryptographicUsageMask.MAC_GENERATE, CryptographicUsageMask.MAC_VERIFY}
          : new CryptographicUsageMask[] {CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT};
    }
    return given.stream()
        .map(u -> SpecNames.parse(CryptographicUsageMask.values(), CryptographicUsageMask::specName, u, "--usage"))
        .toArray(CryptographicUsageMask[]::new);
  }

  @Override
  Output execute(KmipClient client) {
    String id = client.create(request);
    String alg = request.algorithm().specName();
    return new Output(
        object("uniqueIdentifier", id, "objectType", "Symmetric Key", "cryptographicAlgorithm", alg,
            "cryptographicLength", request.lengthBits()),
        "Created " + alg + "-" + request.lengthBits() + " symmetric key " + id + "\n");
  }
}
