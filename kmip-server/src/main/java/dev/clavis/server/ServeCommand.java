package dev.clavis.server;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clavis serve}: runs the KMIP server. With no configuration at all it uses
 * {@code ./clavis-data}, creates a development PKI there and listens on 127.0.0.1:5696.
 * Values come from the flags, then {@code --config} (or {@code conf/clavis.yaml} when present),
 * then the defaults. SIGTERM (or Ctrl-C) stops it gracefully.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Run the Clavis KMIP server (TTLV over mutual TLS).",
        "With no configuration: data in ./clavis-data, a development PKI created there, 127.0.0.1:5696.",
        "Precedence: flag > YAML (--config, else conf/clavis.yaml if present) > default."
    })
public final class ServeCommand implements Callable<Integer> {

  /** The YAML read when {@code --config} is not given, if it exists (relative to the working directory). */
  static final Path DEFAULT_CONFIG = Path.of("conf", "clavis.yaml");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (default: conf/clavis.yaml if present).")
  Path config;

  @Option(names = "--port", description = "TCP port (server.port; default 5696; 0 = any free port).")
  Integer port;

  @Option(names = "--https-port", description = "KMIP over HTTPS port, POST /kmip (server.https-port; default 0 = off).")
  Integer httpsPort;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (server.bind; default 127.0.0.1).")
  String bind;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (server.data-dir; default ./clavis-data).")
  Path dataDir;

  @Option(names = "--server-cert", paramLabel = "PEM", description = "Server certificate chain (tls.server-cert).")
  Path serverCert;

  @Option(names = "--server-key", paramLabel = "PEM", description = "Server private key (tls.server-key).")
  Path serverKey;

  @Option(names = "--client-ca", paramLabel = "PEM", description = "CA certificate(s) for client certificates (tls.client-ca).")
  Path clientCa;

  @Option(names = "--crl-file", paramLabel = "FILE", description = "CRLs (PEM or DER) for client certificates (tls.crl-file).")
  Path crlFile;

  @Option(names = "--store-url", paramLabel = "JDBC-URL", description = "Object store (store.url; default H2 under the data directory).")
  String storeUrl;

  @Option(names = "--key-protection", paramLabel = "software|pkcs11", description = "Key-encryption key holder (key-protection.type; default software).")
  String keyProtection;

  @Option(names = "--kek-passphrase-file", paramLabel = "FILE", description = "Passphrase file of the software KEK keystore.")
  Path kekPassphraseFile;

  @Option(names = "--pkcs11-config", paramLabel = "FILE", description = "SunPKCS11 configuration file.")
  Path pkcs11Config;

  @Option(names = "--pkcs11-library", paramLabel = "FILE", description = "PKCS#11 module (when no --pkcs11-config).")
  Path pkcs11Library;

  @Option(names = "--pkcs11-token-label", paramLabel = "LABEL", description = "PKCS#11 token label.")
  String pkcs11TokenLabel;

  @Option(names = "--pkcs11-pin-file", paramLabel = "FILE", description = "File holding the PKCS#11 user PIN.")
  Path pkcs11PinFile;

  @Option(names = "--dev-pki-key", paramLabel = "ec|rsa", defaultValue = "ec",
      description = "Key type of a development PKI created now (default ec: ECDSA P-256; rsa: RSA-3072). An existing PKI is kept as it is.")
  String devPkiKey;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any configuration key, e.g. --set limits.max-connections=64.")
  Map<String, String> set = new LinkedHashMap<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig cfg;
    Path yaml = config != null ? config : (Files.isRegularFile(DEFAULT_CONFIG) ? DEFAULT_CONFIG : null);
    try {
      if (config != null && !Files.isRegularFile(config)) {
        throw new ConfigReader.ConfigException("--config: " + config + " (expected: a readable YAML file)");
      }
      cfg = ConfigReader.read(yaml, overrides());
    } catch (ConfigReader.ConfigException e) {
      err.println("clavis serve: " + e.getMessage());
      return 2;
    }
    try {
      createOwnerOnly(cfg.dataDir());
      DevPki pki = null;
      boolean created = false;
      if (!cfg.tls().configured()) {
        pki = DevPki.at(cfg.dataDir().resolve("pki"), DevPki.KeyType.parse(devPkiKey));
        created = pki.ensure();
        cfg = cfg.withTls(cfg.tls().withFiles(pki.serverCert(), pki.serverKey(), pki.caCert()));
      }
      ClavisServer server = ClavisServer.start(cfg);
      Duration grace = cfg.limits().shutdownGrace();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(grace), "clavis-shutdown"));
      banner(out, cfg, server, yaml, pki, created);
      server.awaitTermination();
      return 0;
    } catch (RuntimeException | java.io.IOException e) {
      err.println("clavis serve: " + e.getMessage());
      return 1;
    }
  }

  /** The data directory holds the store and key material: created 0700 where POSIX modes exist. */
  private static void createOwnerOnly(Path dir) throws java.io.IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Path absolute = dir.toAbsolutePath();
    if (absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(absolute, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
          java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(absolute);
    }
  }

  Map<String, String> overrides() {
    Map<String, String> o = new LinkedHashMap<>(set);
    put(o, "server.port", port);
    put(o, "server.https-port", httpsPort);
    put(o, "server.bind", bind);
    put(o, "server.data-dir", dataDir);
    put(o, "tls.server-cert", serverCert);
    put(o, "tls.server-key", serverKey);
    put(o, "tls.client-ca", clientCa);
    put(o, "tls.crl-file", crlFile);
    put(o, "store.url", storeUrl);
    put(o, "key-protection.type", keyProtection);
    put(o, "key-protection.kek-passphrase-file", kekPassphraseFile);
    put(o, "key-protection.pkcs11.config", pkcs11Config);
    put(o, "key-protection.pkcs11.library", pkcs11Library);
    put(o, "key-protection.pkcs11.token-label", pkcs11TokenLabel);
    put(o, "key-protection.pkcs11.pin-file", pkcs11PinFile);
    return o;
  }

  private static void put(Map<String, String> o, String key, Object value) {
    if (value != null) {
      o.put(key, value.toString());
    }
  }

  private static void banner(PrintWriter out, ServerConfig cfg, ClavisServer server, Path yaml, DevPki pki, boolean created) {
    String host = server.address().getAddress().isAnyLocalAddress() ? "127.0.0.1" : server.address().getAddress().getHostAddress();
    int port = server.address().getPort();
    out.printf("Clavis KMIP server listening on %s:%d (TLS %s, client certificate required)%n",
        server.address().getAddress().getHostAddress(), port, String.join("/", cfg.tls().protocols()));
    if (server.httpsAddress() != null) {
      out.printf("  KMIP over HTTPS: POST https://%s:%d/kmip (TTLV, XML or JSON; same client certificate)%n",
          host, server.httpsAddress().getPort());
    }
    out.printf("  configuration: %s%n", yaml == null ? "defaults (no conf/clavis.yaml)" : yaml);
    out.printf("  data directory: %s%n", cfg.dataDir().toAbsolutePath().normalize());
    if (pki != null) {
      out.printf("  development PKI %s in %s (CA ca.pem, server.pem/.key, client.pem/.key, client.p12 with its password in client.p12.pass)%n",
          created ? "created" : "reused", pki.dir().normalize());
      out.printf("Try it:%n  bin/clavis query --host %s --port %d --cert %s --key %s --ca %s%n",
          host, port, pki.clientCert().normalize(), pki.clientKey().normalize(), pki.caCert().normalize());
    } else {
      out.printf("Try it:%n  bin/clavis query --host %s --port %d --cert CLIENT.pem --key CLIENT.key --ca SERVER-CA.pem%n",
          host, port);
    }
    Duration grace = cfg.limits().shutdownGrace();
    out.printf("Stop with Ctrl-C or SIGTERM (requests in flight get up to %s to finish).%n",
        grace.toMillis() % 1000 == 0 ? grace.toSeconds() + "s" : grace.toMillis() + "ms");
    out.flush();
  }
}
