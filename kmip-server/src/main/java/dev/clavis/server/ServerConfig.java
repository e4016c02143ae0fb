package dev.clavis.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The whole server configuration, resolved (flag &gt; {@code clavis.yaml} &gt; default) by
 * {@link ConfigReader}. Every key, with its default, is documented in {@code conf/clavis.yaml}.
 *
 * @param bind the address to listen on ({@code server.bind}, default {@code 127.0.0.1})
 * @param port the TCP port ({@code server.port}, default 5696, the IANA port for KMIP; 0 picks a free one)
 * @param dataDir where the server keeps its state: store, development PKI ({@code server.data-dir})
 * @param tls the TLS material and policy
 * @param storeUrl the JDBC URL of the object store ({@code store.url}; default an embedded H2
 *     file under the data directory)
 * @param keyProtection how keys at rest are protected
 * @param limits the limits applied to clients
 * @param admins identities (client certificate subject DN, or a SAN such as {@code DNS:ops-1})
 *     that see and may act on every object ({@code access.admins}, default none)
 * @param httpsPort the TCP port of KMIP over HTTPS ({@code server.https-port}, default 0: off;
 *     docs/adr/0006-kmip-over-https.md)
 */
public record ServerConfig(
    String bind,
    int port,
    Path dataDir,
    TlsSettings tls,
    String storeUrl,
    KeyProtectionSettings keyProtection,
    ServerLimits limits,
    List<String> admins,
    int httpsPort) {

  public ServerConfig {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(storeUrl, "storeUrl");
    Objects.requireNonNull(keyProtection, "keyProtection");
    Objects.requireNonNull(limits, "limits");
    admins = admins == null ? List.of() : List.copyOf(admins);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port: " + port + " (expected: 0..65535)");
    }
    if (httpsPort < 0 || httpsPort > 65535) {
      throw new IllegalArgumentException("httpsPort: " + httpsPort + " (expected: 0..65535, 0 = off)");
    }
  }

  /** A configuration without KMIP over HTTPS. */
  public ServerConfig(String bind, int port, Path dataDir, TlsSettings tls, String storeUrl,
      KeyProtectionSettings keyProtection, ServerLimits limits, List<String> admins) {
    this(bind, port, dataDir, tls, storeUrl, keyProtection, limits, admins, 0);
  }

  /** A configuration without administrators. */
  public ServerConfig(String bind, int port, Path dataDir, TlsSettings tls, String storeUrl,
      KeyProtectionSettings keyProtection, ServerLimits limits) {
    this(bind, port, dataDir, tls, storeUrl, keyProtection, limits, List.of(), 0);
  }

  /** This configuration with these administrators. */
  public ServerConfig withAdmins(List<String> newAdmins) {
    return new ServerConfig(bind, port, dataDir, tls, storeUrl, keyProtection, limits, newAdmins, httpsPort);
  }

  /** This configuration with another port (0: any free port). */
  public ServerConfig withPort(int newPort) {
    return new ServerConfig(bind, newPort, dataDir, tls, storeUrl, keyProtection, limits, admins, httpsPort);
  }

  /** This configuration with another KMIP-over-HTTPS port (0: off). */
  public ServerConfig withHttpsPort(int newHttpsPort) {
    return new ServerConfig(bind, port, dataDir, tls, storeUrl, keyProtection, limits, admins, newHttpsPort);
  }

  /** The default embedded store for a data directory: an H2 file database, {@code <data-dir>/clavis.mv.db}. */
  public static String defaultStoreUrl(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("clavis");
  }

  /** This configuration with other TLS settings (e.g. the development PKI filled in). */
  public ServerConfig withTls(TlsSettings newTls) {
    return new ServerConfig(bind, port, dataDir, newTls, storeUrl, keyProtection, limits, admins, httpsPort);
  }

  /** This configuration with other limits. */
  public ServerConfig withLimits(ServerLimits newLimits) {
    return new ServerConfig(bind, port, dataDir, tls, storeUrl, keyProtection, newLimits, admins, httpsPort);
  }

  /**
   * TLS material (PEM files) and policy.
   *
   * @param serverCert the server certificate chain, leaf first ({@code tls.server-cert})
   * @param serverKey the server's private key, PKCS#8 or PKCS#1, unencrypted ({@code tls.server-key})
   * @param clientCa the CA certificate(s) client certificates must chain to ({@code tls.client-ca})
   * @param protocols enabled TLS versions, a subset of {@code TLSv1.3, TLSv1.2} ({@code tls.protocols})
   * @param requireClientAuthEku refuse client certificates without the clientAuth extended key
   *     usage ({@code tls.require-client-auth-eku}, default true)
   */
  public record TlsSettings(
      Path serverCert, Path serverKey, Path clientCa, List<String> protocols, boolean requireClientAuthEku) {

    public TlsSettings {
      protocols = List.copyOf(protocols);
      if (protocols.isEmpty()) {
        throw new IllegalArgumentException("tls.protocols: [] (expected: one or more of " + ServerTls.PROTOCOLS + ")");
      }
      for (String p : protocols) {
        if (!ServerTls.PROTOCOLS.contains(p)) {
          throw new IllegalArgumentException("tls.protocols: " + p + " (expected: one of " + ServerTls.PROTOCOLS + ")");
        }
      }
      int set = (serverCert != null ? 1 : 0) + (serverKey != null ? 1 : 0) + (clientCa != null ? 1 : 0);
      if (set != 0 && set != 3) {
        throw new IllegalArgumentException("tls: server-cert=" + serverCert + ", server-key=" + serverKey
            + ", client-ca=" + clientCa + " (expected: all three, or none for the development PKI)");
      }
    }

    /** True when the TLS files are given; false means "use the development PKI". */
    public boolean configured() {
      return serverCert != null;
    }

    public TlsSettings withFiles(Path cert, Path key, Path ca) {
      return new TlsSettings(cert, key, ca, protocols, requireClientAuthEku);
    }
  }

  /** Where the key-encryption key lives (DESIGN §3). */
  public enum KeyProtectionType {
    /** A KEK in a passphrase-protected PKCS#12 file under the data directory. */
    SOFTWARE,
    /** A non-extractable KEK inside a PKCS#11 token, through SunPKCS11. */
    PKCS11
  }

  /**
   * Key protection settings; read here, wired to the {@code hsm-adapter} by the server.
   *
   * @param type {@code key-protection.type}: {@code software} (default) or {@code pkcs11}
   * @param kekPassphraseFile file holding the software KEK keystore passphrase
   *     ({@code key-protection.kek-passphrase-file}; never the passphrase itself)
   * @param pkcs11Config a SunPKCS11 configuration file ({@code key-protection.pkcs11.config})
   * @param pkcs11Library the PKCS#11 module, when no config file is given ({@code key-protection.pkcs11.library})
   * @param pkcs11TokenLabel the token to use ({@code key-protection.pkcs11.token-label})
   * @param pkcs11PinFile file holding the user PIN ({@code key-protection.pkcs11.pin-file})
   */
  public record KeyProtectionSettings(
      KeyProtectionType type,
      Path kekPassphraseFile,
      Path pkcs11Config,
      Path pkcs11Library,
      String pkcs11TokenLabel,
      Path pkcs11PinFile) {

    public KeyProtectionSettings {
      Objects.requireNonNull(type, "type");
    }
  }
}
