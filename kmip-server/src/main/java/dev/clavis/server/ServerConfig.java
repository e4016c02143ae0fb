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
 * @param access the other roles, the default role and the users with passwords ({@code access.*})
 * @param audit where the audit trail goes besides the file ({@code audit.*})
 * @param interop whether the Interop operation is served ({@code server.interop}, default false:
 *     KMIP 2.1 §6.1.26, "It SHALL NOT be available in a production server")
 * @param lease the maximum lease time served on objects ({@code policy.lease-time}, default 1h;
 *     KMIP 1.4 §3.20, {@link LeasePolicy})
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
    int httpsPort,
    AccessSettings access,
    AuditSettings audit,
    LeasePolicy lease,
    boolean interop) {

  public ServerConfig {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(storeUrl, "storeUrl");
    Objects.requireNonNull(keyProtection, "keyProtection");
    Objects.requireNonNull(limits, "limits");
    admins = admins == null ? List.of() : List.copyOf(admins);
    access = access == null ? AccessSettings.DEFAULT : access;
    audit = audit == null ? AuditSettings.DEFAULT : audit;
    lease = lease == null ? LeasePolicy.DEFAULT : lease;
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port: " + port + " (expected: 0..65535)");
    }
    if (httpsPort < 0 || httpsPort > 65535) {
      throw new IllegalArgumentException("httpsPort: " + httpsPort + " (expected: 0..65535, 0 = off)");
    }
  }

  /** A configuration with the default audit settings and lease policy. */
  public ServerConfig(String bind, int port, Path dataDir, TlsSettings tls, String storeUrl,
      KeyProtectionSettings keyProtection, ServerLimits limits, List<String> admins, int httpsPort, AccessSettings access) {
    this(bind, port, dataDir, tls, storeUrl, keyProtection, limits, admins, httpsPort, access, null, null, false);
  }

  /** A configuration with the default access settings. */
  public ServerConfig(String bind, int port, Path dataDir, TlsSettings tls, String storeUrl,
      KeyProtectionSettings keyProtection, ServerLimits limits, List<String> admins, int httpsPort) {
    this(bind, port, dataDir, tls, storeUrl, keyProtection, limits, admins, httpsPort, AccessSettings.DEFAULT, null, null, false);
  }

  /** A configuration without KMIP over HTTPS. */
  public ServerConfig(String bind, int port, Path dataDir, TlsSettings tls, String storeUrl,
      KeyProtectionSettings keyProtection, ServerLimits limits, List<String> admins, AccessSettings access) {
    this(bind, port, dataDir, tls, storeUrl, keyProtection, limits, admins, 0, access, null, null, false);
  }

  /** A configuration without KMIP over HTTPS and with the default access settings. */
  public ServerConfig(String bind, int port, Path dataDir, TlsSettings tls, String storeUrl,
      KeyProtectionSettings keyProtection, ServerLimits limits, List<String> admins) {
    this(bind, port, dataDir, tls, storeUrl, keyProtection, limits, admins, 0, AccessSettings.DEFAULT, null, null, false);
  }

  /** A configuration without administrators. */
  public ServerConfig(String bind, int port, Path dataDir, TlsSettings tls, String storeUrl,
      KeyProtectionSettings keyProtection, ServerLimits limits) {
    this(bind, port, dataDir, tls, storeUrl, keyProtection, limits, List.of(), 0, AccessSettings.DEFAULT, null, null, false);
  }

  /** This configuration with other access settings. */
  public ServerConfig withAccess(AccessSettings newAccess) {
    return new ServerConfig(bind, port, dataDir, tls, storeUrl, keyProtection, limits, admins, httpsPort, newAccess, audit, lease, interop);
  }

  /**
   * Roles besides {@code admin} and the users who may log in with a password (ADR 0008).
   *
   * @param operators identities with the {@code operator} role ({@code access.operators})
   * @param auditors identities with the read-only {@code auditor} role ({@code access.auditors})
   * @param defaultRole the role of an authenticated identity in no list: {@code operator}
   *     (default), {@code auditor}, {@code admin} or {@code none} (refused)
   * @param users user name → bcrypt hash ({@code access.users}, entries {@code name:hash}; make
   *     a hash with {@code bin/clavis hash-password})
   * @param roles custom roles by name ({@code access.roles}); {@code defaultRole} may name one
   */
  public record AccessSettings(List<String> operators, List<String> auditors, String defaultRole,
      java.util.Map<String, String> users, java.util.Map<String, RoleSettings> roles) {

    public static final AccessSettings DEFAULT = new AccessSettings(List.of(), List.of(), "operator", java.util.Map.of());

    public AccessSettings {
      operators = List.copyOf(operators);
      auditors = List.copyOf(auditors);
      Objects.requireNonNull(defaultRole, "defaultRole");
      users = java.util.Map.copyOf(users);
      roles = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(roles));
    }

    /** Settings without custom roles. */
    public AccessSettings(List<String> operators, List<String> auditors, String defaultRole,
        java.util.Map<String, String> users) {
      this(operators, auditors, defaultRole, users, java.util.Map.of());
    }

    /** Hash values are secrets of a kind: only the user names are shown. */
    @Override
    public String toString() {
      return "AccessSettings[operators=" + operators + ", auditors=" + auditors + ", defaultRole=" + defaultRole
          + ", users=" + users.keySet() + ", roles=" + roles + "]";
    }
  }

  /**
   * A custom role ({@code access.roles.<name>}, ADR 0008): operations × object types × scope.
   *
   * @param operations the KMIP operations the role may run (Query and Discover Versions too, if
   *     wanted); at least one
   * @param objectTypes the Object Types the role may use, or {@code null} for every type
   * @param allObjects {@code objects: all} — every object, whoever owns it; {@code false}
   *     ({@code objects: own}, the default) — its own objects and those granted to it
   * @param members identities with this role, written as in the other role lists
   */
  public record RoleSettings(List<dev.clavis.codec.spec.Operation> operations,
      List<dev.clavis.codec.spec.ObjectType> objectTypes, boolean allObjects, List<String> members) {

    public RoleSettings {
      operations = List.copyOf(operations);
      if (operations.isEmpty()) {
        throw new IllegalArgumentException("operations: none (expected: at least one)");
      }
      objectTypes = objectTypes == null ? null : List.copyOf(objectTypes);
      members = List.copyOf(members);
    }
  }

  /** This configuration with other audit settings. */
  public ServerConfig withAudit(AuditSettings newAudit) {
    return new ServerConfig(bind, port, dataDir, tls, storeUrl, keyProtection, limits, admins, httpsPort, access, newAudit, lease, interop);
  }

  /**
   * Where the audit trail goes besides {@code <data-dir>/audit/audit.log} (docs/security.md §1, ADR 0009).
   *
   * @param table also write every entry to the store's {@code audit_log} table ({@code audit.table},
   *     default true)
   * @param node this node's name in the table: its own chain ({@code audit.node}, default
   *     {@code default}); nodes sharing one PostgreSQL each need a distinct one
   * @param tableWaitEveryRequest every response waits for its rows in the table ({@code
   *     audit.table-wait: every-request}); by default ({@code changes}) only the responses of
   *     requests during which the store committed a change do (ADR 0011)
   */
  public record AuditSettings(boolean table, String node, boolean tableWaitEveryRequest) {

    public static final AuditSettings DEFAULT = new AuditSettings(true, "default", false);

    public AuditSettings {
      Objects.requireNonNull(node, "node");
      if (node.isBlank() || node.length() > 255) {
        throw new IllegalArgumentException("audit.node: '" + node + "' (expected: 1 to 255 characters)");
      }
    }
  }

  /** This configuration with these administrators. */
  public ServerConfig withAdmins(List<String> newAdmins) {
    return new ServerConfig(bind, port, dataDir, tls, storeUrl, keyProtection, limits, newAdmins, httpsPort, access, audit, lease, interop);
  }

  /** This configuration with another port (0: any free port). */
  public ServerConfig withPort(int newPort) {
    return new ServerConfig(bind, newPort, dataDir, tls, storeUrl, keyProtection, limits, admins, httpsPort, access, audit, lease, interop);
  }

  /** This configuration with another KMIP-over-HTTPS port (0: off). */
  public ServerConfig withHttpsPort(int newHttpsPort) {
    return new ServerConfig(bind, port, dataDir, tls, storeUrl, keyProtection, limits, admins, newHttpsPort, access, audit, lease, interop);
  }

  /** The default embedded store for a data directory: an H2 file database, {@code <data-dir>/clavis.mv.db}. */
  public static String defaultStoreUrl(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("clavis");
  }

  /** This configuration with other TLS settings (e.g. the development PKI filled in). */
  public ServerConfig withTls(TlsSettings newTls) {
    return new ServerConfig(bind, port, dataDir, newTls, storeUrl, keyProtection, limits, admins, httpsPort, access, audit, lease, interop);
  }

  /** This configuration with other limits. */
  public ServerConfig withLimits(ServerLimits newLimits) {
    return new ServerConfig(bind, port, dataDir, tls, storeUrl, keyProtection, newLimits, admins, httpsPort, access, audit, lease, interop);
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
   * @param crlFile CRLs (PEM or DER) of the client CAs; when set, every client certificate is
   *     checked against them and refused when revoked or when no valid CRL covers it
   *     ({@code tls.crl-file}, default none: no revocation checking)
   * @param reloadInterval how often the TLS files are checked for changes and re-read; zero
   *     turns reloading off ({@code tls.reload-interval}, default 30 s)
   */
  public record TlsSettings(
      Path serverCert, Path serverKey, Path clientCa, List<String> protocols, boolean requireClientAuthEku,
      Path crlFile, java.time.Duration reloadInterval) {

    /** The default interval between checks of the TLS files. */
    public static final java.time.Duration DEFAULT_RELOAD_INTERVAL = java.time.Duration.ofSeconds(30);

    /** Settings without a CRL, reloaded every {@link #DEFAULT_RELOAD_INTERVAL}. */
    public TlsSettings(Path serverCert, Path serverKey, Path clientCa, List<String> protocols, boolean requireClientAuthEku) {
      this(serverCert, serverKey, clientCa, protocols, requireClientAuthEku, null, DEFAULT_RELOAD_INTERVAL);
    }

    public TlsSettings {
      Objects.requireNonNull(reloadInterval, "reloadInterval");
      if (reloadInterval.isNegative()) {
        throw new IllegalArgumentException("tls.reload-interval: " + reloadInterval + " (expected: >= 0; 0 = off)");
      }
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
      return new TlsSettings(cert, key, ca, protocols, requireClientAuthEku, crlFile, reloadInterval);
    }

    /** These settings with a CRL file and reload interval. */
    public TlsSettings withRevocation(Path crl, java.time.Duration interval) {
      return new TlsSettings(serverCert, serverKey, clientCa, protocols, requireClientAuthEku, crl, interval);
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
