package dev.clavis.client;

import dev.clavis.codec.spec.KmipVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The connection options every client command takes. Without {@code --cert}/{@code --key}/{@code
 * --ca}, the files of the development PKI that {@code clavis serve} writes under {@code
 * <data-dir>/pki/} are used, so {@code bin/clavis query} works with no flags next to a
 * {@code bin/clavis serve}.
 */
final class ClientOptions {

  /** The default data directory of {@code clavis serve}. */
  static final Path DEFAULT_DATA_DIR = Path.of("clavis-data");

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Server host name or address (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "5696", description = "Server port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--cert", paramLabel = "PEM", description = "Client certificate chain, PEM (default: <data-dir>/pki/client.pem).")
  Path cert;

  @Option(names = "--key", paramLabel = "PEM",
      description = "Client private key, unencrypted PEM: PKCS#8, PKCS#1 or SEC1 (default: <data-dir>/pki/client.key).")
  Path key;

  @Option(names = "--ca", paramLabel = "PEM",
      description = "CA certificate(s) the server certificate must chain to (default: <data-dir>/pki/ca.pem if present, else the JDK trust store).")
  Path ca;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "clavis-data",
      description = "Data directory of a local `clavis serve`, for its development PKI (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--kmip-version", paramLabel = "VERSION", defaultValue = "1.4", converter = VersionConverter.class,
      description = "KMIP protocol version to speak: 1.0 to 2.1 (default: ${DEFAULT-VALUE}).")
  KmipVersion version;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Seconds to wait for the connection and for each response (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  /** A client for these options (no connection yet); bad files are {@link BadInputException}s. */
  KmipClient client() {
    Path pki = dataDir.resolve("pki");
    Path certFile = cert != null ? cert : pki.resolve("client.pem");
    Path keyFile = key != null ? key : pki.resolve("client.key");
    Path caFile = ca != null ? ca : Files.isRegularFile(pki.resolve("ca.pem")) ? pki.resolve("ca.pem") : null;
    if (!Files.isRegularFile(certFile) || !Files.isRegularFile(keyFile)) {
      Path missing = Files.isRegularFile(certFile) ? keyFile : certFile;
      throw new BadInputException("client " + (missing == certFile ? "certificate" : "key") + ": " + missing
          + " not found (expected: --cert PEM and --key PEM, or --data-dir DIR of a `clavis serve` with its development PKI)");
    }
    if (timeoutSeconds < 1) {
      throw new BadInputException("--timeout: " + timeoutSeconds + " (expected: >= 1 second)");
    }
    try {
      KmipClient.Builder b = KmipClient.builder().host(host).port(port).clientCertificate(certFile, keyFile)
          .kmipVersion(version)
          .connectTimeout(Duration.ofSeconds(timeoutSeconds)).readTimeout(Duration.ofSeconds(timeoutSeconds));
      if (caFile != null) {
        b.trustedCa(caFile);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  /** Reads {@code 1.4}-style versions. */
  static final class VersionConverter implements CommandLine.ITypeConverter<KmipVersion> {
    @Override
    public KmipVersion convert(String value) {
      KmipVersion v = KmipVersion.parse(value.strip());
      if (v == null) {
        throw new CommandLine.TypeConversionException("KMIP version: " + value + " (expected: 1.0, 1.1, 1.2, 1.3, 1.4, 2.0 or 2.1)");
      }
      return v;
    }
  }
}
