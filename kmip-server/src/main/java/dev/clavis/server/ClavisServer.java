package dev.clavis.server;

import dev.clavis.hsm.KeyProtection;
import dev.clavis.hsm.KeyProtectionConfig;
import dev.clavis.hsm.KeyProtections;
import dev.clavis.storage.JdbcObjectStore;
import dev.clavis.storage.JdbcStoreConfig;
import dev.clavis.storage.ObjectStore;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * A whole Clavis node: the object store and the key protection opened from a {@link
 * ServerConfig}, the KMIP operations ({@link KmipProcessor}) and the TLS transport ({@link
 * KmipServer}). {@code clavis serve} runs one; tests start one in-process on port 0:
 *
 * <pre>{@code
 * ServerConfig config = ConfigReader.read(null, Map.of(
 *     "server.port", "0", "server.data-dir", dir.toString()));
 * DevPki pki = DevPki.at(dir.resolve("pki"));
 * pki.ensure();
 * config = config.withTls(config.tls().withFiles(pki.serverCert(), pki.serverKey(), pki.caCert()));
 * try (ClavisServer server = ClavisServer.start(config)) {
 *   InetSocketAddress address = server.address();   // connect with pki.clientCert()/clientKey()
 * }
 * }</pre>
 */
public final class ClavisServer implements AutoCloseable {

  /** The environment variable holding the PostgreSQL password (never a flag or YAML value). */
  public static final String STORE_PASSWORD_ENV = "CLAVIS_STORE_PASSWORD";

  private final ObjectStore store;
  private final KeyProtection keyProtection;
  private final KmipServer server;
  /** KMIP over HTTPS, or null when {@code server.https-port} is 0. */
  private final KmipHttpsServer https;
  private final AuditLog audit;
  private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();

  private ClavisServer(ObjectStore store, KeyProtection keyProtection, KmipServer server, KmipHttpsServer https,
      AuditLog audit) {
    this.audit = audit;
    this.store = store;
    this.keyProtection = keyProtection;
    this.server = server;
    this.https = https;
  }

  /**
   * Opens the store and the key protection, then listens. The TLS files must be configured
   * ({@link ServerConfig.TlsSettings#configured()}).
   */
  public static ClavisServer start(ServerConfig config) {
    KeyProtection kp = KeyProtections.open(keyProtectionConfig(config));
    ObjectStore store = null;
    AuditLog audit = null;
    try {
      store = JdbcObjectStore.open(storeConfig(config));
      KmipServices services = new KmipServices(store, kp, new AccessPolicy(config.admins(), config.access()), config.limits(),
          Clock.systemUTC(), config.lease(), config.interop());
      audit = auditLog(config, store);
      MessageProcessor processor = new AuditingProcessor(new KmipProcessor(services), audit, config.limits(),
          config.audit().tableWaitEveryRequest() ? null : store::committedChanges);
      KmipServer server = KmipServer.start(config, processor, UnwiredProcessor::framingError);
      KmipHttpsServer https = null;
      if (config.httpsPort() != 0) {
        try {
          https = KmipHttpsServer.start(config, processor);
        } catch (RuntimeException e) {
          server.stop(Duration.ZERO);
          throw e;
        }
      }
      return new ClavisServer(store, kp, server, https, audit);
    } catch (RuntimeException e) {
      if (audit != null) {
        audit.close();
      }
      if (store != null) {
        store.close();
      }
      kp.close();
      throw e;
    }
  }

  /**
   * The node's audit trail: the audit table (when {@code audit.table}) first, then the file
   * {@code <data-dir>/audit/audit.log}; each is brought up to date from the other at start.
   */
  static AuditLog auditLog(ServerConfig config, ObjectStore store) {
    if (!config.audit().table()) {
      return AuditLog.open(config.dataDir());
    }
    JdbcAuditSink table = new JdbcAuditSink(store, config.audit().node(), AUDIT_TABLE_WAIT);
    LogbackAuditSink file = null;
    try {
      file = LogbackAuditSink.open(config.dataDir().resolve(AuditLog.FILE));
      return new AuditLog(java.util.List.of(table, file));
    } catch (RuntimeException e) {
      table.close();
      if (file != null) {
        file.close();
      }
      throw e;
    }
  }

  /** How long a request waits for its audit row's commit before it is refused (the store's statement timeout and some). */
  static final Duration AUDIT_TABLE_WAIT = Duration.ofSeconds(35);

  static KeyProtectionConfig keyProtectionConfig(ServerConfig config) {
    ServerConfig.KeyProtectionSettings k = config.keyProtection();
    KeyProtectionConfig.Builder b = switch (k.type()) {
      case SOFTWARE -> KeyProtectionConfig.software(config.dataDir()).kekPassphraseFile(k.kekPassphraseFile());
      case PKCS11 -> KeyProtectionConfig.pkcs11(config.dataDir())
          .pkcs11Config(k.pkcs11Config())
          .pkcs11Library(k.pkcs11Library(), k.pkcs11TokenLabel())
          .pkcs11PinFile(k.pkcs11PinFile());
    };
    return b.build();
  }

  /** The store: H2 (file or memory, with fsync on commit for files) or PostgreSQL ({@code user=} from the URL). */
  static JdbcStoreConfig storeConfig(ServerConfig config) {
    String url = config.storeUrl();
    if (url.startsWith("jdbc:postgresql:")) {
      String user = queryParameter(url, "user");
      return JdbcStoreConfig.postgres(url, user == null ? "clavis" : user, System.getenv(STORE_PASSWORD_ENV));
    }
    JdbcStoreConfig base = JdbcStoreConfig.h2InMemory("unused");
    return new JdbcStoreConfig(url, "clavis", null, null, base.maxPoolSize(), base.connectionTimeout(),
        base.statementTimeout(), url.startsWith("jdbc:h2:file:"), base.limits());
  }

  private static String queryParameter(String jdbcUrl, String name) {
    String query = URI.create(jdbcUrl.substring("jdbc:".length())).getRawQuery();
    if (query == null) {
      return null;
    }
    for (String p : query.split("&")) {
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).equals(name)) {
        return p.substring(eq + 1);
      }
    }
    return null;
  }

  /** The address listened on (the real port when the configuration said 0). */
  public InetSocketAddress address() {
    return server.address();
  }

  /** The KMIP-over-HTTPS address, or null when {@code server.https-port} is 0 (off). */
  public InetSocketAddress httpsAddress() {
    return https == null ? null : https.address();
  }

  /** The transport. */
  public KmipServer transport() {
    return server;
  }

  /** Blocks until the server is stopped. */
  public void awaitTermination() {
    server.awaitTermination();
  }

  /** Stops listening, lets requests in flight finish within {@code grace}, then closes the store and key protection. */
  public void stop(Duration grace) {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    // Both listeners drain at the same time, within one grace period.
    Thread httpsStop = https == null ? null : Thread.ofVirtual().name("clavis-https-stop").start(() -> https.stop(grace));
    server.stop(grace);
    if (httpsStop != null) {
      try {
        httpsStop.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    audit.close();
    store.close();
    keyProtection.close();
  }

  @Override
  public void close() {
    stop(Duration.ZERO);
  }

}
