package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.clavis.storage.JdbcObjectStore;
import dev.clavis.storage.JdbcStoreConfig;
import dev.clavis.storage.ObjectStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The audit table ({@link JdbcAuditSink}) next to the audit file, on an H2 file store and on
 * PostgreSQL (127.0.0.1:5432, database {@code test}; those runs are skipped, with the reason, when
 * it does not answer): the same chain in both, verification by {@code clavis audit verify --table},
 * tamper detection naming the row, fail-closed on a failed insert without a gap afterwards,
 * catch-up from the file, refusal of a different chain, one chain per node.
 */
class AuditTableTest {

  static final String PG_URL = System.getProperty("clavis.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String PG_USER = System.getProperty("clavis.test.pg.user", "postgres");

  @TempDir Path dir;

  private String schema;
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void cleanUp() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    if (schema != null) {
      sql("postgresql", "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  /** The store URL as {@code clavis} takes it. */
  private String url(String db) {
    if (db.equals("h2")) {
      return ServerConfig.defaultStoreUrl(dir);
    }
    if (schema == null) {
      schema = "clavis_audit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }
    return PG_URL + "?user=" + PG_USER + "&currentSchema=" + schema;
  }

  private ObjectStore store(String db) {
    if (db.equals("postgresql")) {
      String reason = pgUnreachable();
      assumeTrue(reason == null, reason);
      url(db);
      sql(db, "CREATE SCHEMA IF NOT EXISTS " + schema);
    }
    ServerConfig cfg = ConfigReader.read(null, java.util.Map.of("server.data-dir", dir.toString(), "store.url", url(db)));
    ObjectStore s = JdbcObjectStore.open(ClavisServer.storeConfig(cfg));
    open.add(s);
    return s;
  }

  private static String pgUnreachable() {
    Properties p = new Properties();
    p.setProperty("user", PG_USER);
    p.setProperty("connectTimeout", "3");
    try (Connection c = DriverManager.getConnection(PG_URL, p)) {
      return null;
    } catch (SQLException e) {
      return "PostgreSQL not reachable at " + PG_URL + ": " + e.getMessage();
    }
  }

  /** Raw SQL as someone with database access would run it (H2: with the store closed). */
  private void sql(String db, String statement) {
    try (Connection c = db.equals("h2")
            ? DriverManager.getConnection(ServerConfig.defaultStoreUrl(dir), "clavis", "")
            : DriverManager.getConnection(PG_URL + (schema == null || statement.startsWith("CREATE SCHEMA")
                || statement.startsWith("DROP SCHEMA") ? "" : "?currentSchema=" + schema), PG_USER, "");
        Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(statement + ": " + e.getMessage(), e);
    }
  }

  private AuditLog log(ObjectStore store, String node, Duration wait) {
    JdbcAuditSink table = new JdbcAuditSink(store, node, wait);
    AuditLog log = new AuditLog(List.of(table, LogbackAuditSink.open(dir.resolve(node).resolve(AuditLog.FILE))));
    open.add(log);
    return log;
  }

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int clavis(String... args) {
    CommandLine cl = ClavisCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private int verify(String db, String node) {
    return clavis("audit", "verify", "--table", "--file", dir.resolve(node).resolve(AuditLog.FILE).toString(),
        "--data-dir", dir.toString(), "--store-url", url(db), "--node", node);
  }

  private void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    open.clear();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void concurrentRequestsMakeOneWholeChainInTableAndFile(String db) throws Exception {
    ObjectStore store = store(db);
    AuditLog log = log(store, "node-a", Duration.ofSeconds(30));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 50; i++) {
            // two batch items per request, as AuditingProcessor writes them
            log.recordAll(List.of(AuditLogTest.record(thread * 100 + i), AuditLogTest.record(thread * 100 + i)));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    AuditVerifier.Result table = AuditVerifier.verifyTable(store, "node-a");
    assertThat(table.whole()).as("%s", table.broken()).isTrue();
    assertThat(table.lastSeq()).isEqualTo(800);
    assertThat(AuditVerifier.verify(dir.resolve("node-a").resolve(AuditLog.FILE)).lastHash()).isEqualTo(table.lastHash());
    closeAll();
    assertThat(verify(db, "node-a")).as("%s", err).isZero();
    assertThat(out.toString()).contains("audit table, node node-a: chain whole: 800 entries", "last seq 800");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void anEditedDeletedOrRehashedRowIsNamed(String db) throws Exception {
    ObjectStore store = store(db);
    AuditLog log = log(store, "n", Duration.ofSeconds(30));
    for (int i = 1; i <= 6; i++) {
      log.record(AuditLogTest.record(i));
    }
    closeAll();
    assertThat(verify(db, "n")).isZero();

    sql(db, "UPDATE audit_log SET result_status = 'Operation Failed' WHERE node = 'n' AND seq = 3");
    assertThat(verify(db, "n")).isEqualTo(1);
    assertThat(err.toString()).contains("audit table, node n: chain broken at row 3 (seq 3): COLUMN_MISMATCH: column"
        + " result_status is 'Operation Failed' but the row's line says 'Success'", "2 valid entries before it");
    sql(db, "UPDATE audit_log SET result_status = 'Success' WHERE node = 'n' AND seq = 3");
    assertThat(verify(db, "n")).isZero();

    err.getBuffer().setLength(0);
    sql(db, "UPDATE audit_log SET line = REPLACE(line, 'CN=client-4', 'CN=client-9') WHERE node = 'n' AND seq = 4");
    sql(db, "UPDATE audit_log SET identity = 'CN=client-9,O=Test' WHERE node = 'n' AND seq = 4");
    assertThat(verify(db, "n")).isEqualTo(1);
    assertThat(err.toString()).contains("chain broken at row 4 (seq 4): HASH_MISMATCH");

    err.getBuffer().setLength(0);
    sql(db, "DELETE FROM audit_log WHERE node = 'n' AND seq = 4");
    assertThat(verify(db, "n")).isEqualTo(1);
    assertThat(err.toString()).contains("chain broken at row 4 (seq 5): SEQ_GAP: seq 5 (expected: 4)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aFailedInsertRefusesTheRequestAndTheRetryLeavesNoGap(String db) throws Exception {
    ObjectStore store = store(db);
    AuditLog log = logWithTableAway(db, store);
    assertThatThrownBy(() -> log.record(AuditLogTest.record(2)))
        .as("no acknowledgement without the row").isInstanceOf(AuditException.class)
        .hasMessageContaining("entry 2 not written to the audit table (node n)");
    // a request through AuditingProcessor (entry 3): every item General Failure, no payload released
    AuditingProcessor p = new AuditingProcessor(AuditingProcessorTest.INNER, log, ServerLimits.DEFAULT);
    dev.clavis.codec.TtlvItem.Structure response = (dev.clavis.codec.TtlvItem.Structure) dev.clavis.codec.TtlvDecoder.decode(
        p.process(AuditingProcessorTest.registerAndGet(), AuditingProcessorTest.CLIENT), dev.clavis.codec.TtlvLimits.DEFAULT);
    for (dev.clavis.codec.TtlvItem i : response.all(dev.clavis.codec.spec.Tag.BATCH_ITEM)) {
      dev.clavis.codec.TtlvItem.Structure item = (dev.clavis.codec.TtlvItem.Structure) i;
      assertThat(item.find(dev.clavis.codec.spec.Tag.RESULT_REASON, dev.clavis.codec.TtlvItem.Enumeration.class)
          .orElseThrow().value()).isEqualTo(dev.clavis.codec.spec.ResultReason.GENERAL_FAILURE.value());
      assertThat(item.find(dev.clavis.codec.spec.Tag.RESPONSE_PAYLOAD)).as("no result released").isEmpty();
    }
    AuditVerifier.Result r = tableBack(db, store, log, 5);
    assertThat(r.lastSeq()).as("the refused entries (2; 3 and 4, the request's two items) were written on the retry, in order")
        .isEqualTo(5);
    assertThat(AuditVerifier.verify(dir.resolve("n").resolve(AuditLog.FILE)).lastHash()).isEqualTo(r.lastHash());
  }

  /**
   * ADR 0011: a request during which the store committed no change is answered once its entries
   * are in the file, without waiting for the table; one during which a change was committed waits
   * for its rows, and is refused when they cannot be written. The table then catches up, gap-free.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void onlyARequestThatChangedTheStoreWaitsForItsRows(String db) throws Exception {
    ObjectStore store = store(db);
    AuditLog log = logWithTableAway(db, store);
    long[] changes = {0};
    AuditingProcessor reads = new AuditingProcessor(AuditingProcessorTest.INNER, log, ServerLimits.DEFAULT, () -> changes[0]);
    AuditingProcessor writes = new AuditingProcessor((request, client) -> {
      changes[0]++;
      return AuditingProcessorTest.INNER.process(request, client);
    }, log, ServerLimits.DEFAULT, () -> changes[0]);

    assertThat(resultReasons(reads.process(AuditingProcessorTest.registerAndGet(), AuditingProcessorTest.CLIENT)))
        .as("entries 2 and 3 are in the file; the table is not waited for").doesNotContain(
            dev.clavis.codec.spec.ResultReason.GENERAL_FAILURE.value());
    assertThat(AuditVerifier.verify(dir.resolve("n").resolve(AuditLog.FILE)).lastSeq()).isEqualTo(3);
    assertThat(resultReasons(writes.process(AuditingProcessorTest.registerAndGet(), AuditingProcessorTest.CLIENT)))
        .as("a change: no acknowledgement without the rows").containsOnly(
            dev.clavis.codec.spec.ResultReason.GENERAL_FAILURE.value());

    AuditVerifier.Result r = tableBack(db, store, log, 6);
    assertThat(r.lastSeq()).as("entries 2 to 5 written on the retry, in order").isEqualTo(6);
    assertThat(AuditVerifier.verify(dir.resolve("n").resolve(AuditLog.FILE)).lastHash()).isEqualTo(r.lastHash());
  }

  /** Back-pressure: once the table is more than {@link JdbcAuditSink#LAG} entries behind, nobody skips the wait. */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aTableFarBehindMakesEveryRequestWait(String db) throws Exception {
    ObjectStore store = store(db);
    AuditLog log = logWithTableAway(db, store);
    List<AuditRecord> many = new ArrayList<>();
    for (int i = 2; i <= JdbcAuditSink.LAG + 1; i++) {
      many.add(AuditLogTest.record(i));
    }
    log.recordAll(many, false);
    assertThatThrownBy(() -> log.recordAll(List.of(AuditLogTest.record(JdbcAuditSink.LAG + 2)), false))
        .isInstanceOf(AuditException.class).hasMessageContaining("not written to the audit table (node n)");
    AuditVerifier.Result r = tableBack(db, store, log, JdbcAuditSink.LAG + 3);
    assertThat(r.lastSeq()).isEqualTo(JdbcAuditSink.LAG + 3);
  }

  /** Node n's log with entry 1 written, then its table renamed away: inserts fail until {@link #tableBack}. */
  private AuditLog logWithTableAway(String db, ObjectStore store) {
    AuditLog log = log(store, "n", Duration.ofSeconds(2));
    log.record(AuditLogTest.record(1));
    sql(db, "ALTER TABLE audit_log RENAME TO audit_log_away");
    return log;
  }

  /** The table back under its name, entry {@code seq} recorded; the table's chain verified whole. */
  private AuditVerifier.Result tableBack(String db, ObjectStore store, AuditLog log, int seq) {
    sql(db, "ALTER TABLE audit_log_away RENAME TO audit_log");
    log.record(AuditLogTest.record(seq));
    AuditVerifier.Result r = AuditVerifier.verifyTable(store, "n");
    assertThat(r.whole()).as("%s", r.broken()).isTrue();
    return r;
  }

  private static List<Integer> resultReasons(byte[] response) {
    List<Integer> reasons = new ArrayList<>();
    dev.clavis.codec.TtlvItem.Structure tree = (dev.clavis.codec.TtlvItem.Structure) dev.clavis.codec.TtlvDecoder.decode(
        response, dev.clavis.codec.TtlvLimits.DEFAULT);
    for (dev.clavis.codec.TtlvItem i : tree.all(dev.clavis.codec.spec.Tag.BATCH_ITEM)) {
      ((dev.clavis.codec.TtlvItem.Structure) i).find(dev.clavis.codec.spec.Tag.RESULT_REASON,
          dev.clavis.codec.TtlvItem.Enumeration.class).ifPresent(e -> reasons.add(e.value()));
    }
    return reasons;
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aNewTableIsFilledFromTheFileAndADifferentChainStopsTheStart(String db) throws Exception {
    try (AuditLog fileOnly = new AuditLog(List.of(LogbackAuditSink.open(dir.resolve("n").resolve(AuditLog.FILE))))) {
      for (int i = 1; i <= 1500; i++) {
        fileOnly.record(AuditLogTest.record(i));
      }
    }
    ObjectStore store = store(db);
    AuditLog log = log(store, "n", Duration.ofSeconds(30));
    log.record(AuditLogTest.record(1501));
    AuditVerifier.Result r = AuditVerifier.verifyTable(store, "n");
    assertThat(r.whole()).as("%s", r.broken()).isTrue();
    assertThat(r.lastSeq()).isEqualTo(1501);

    // another chain under node "m" in the table, then a file of a different chain for "m"
    log(store, "m", Duration.ofSeconds(30)).record(AuditLogTest.record(7));
    closeAll();
    java.nio.file.Files.delete(dir.resolve("m").resolve(AuditLog.FILE));
    try (AuditLog other = new AuditLog(List.of(LogbackAuditSink.open(dir.resolve("m").resolve(AuditLog.FILE))))) {
      other.record(AuditLogTest.record(8));
    }
    ObjectStore again = store(db);
    assertThatThrownBy(() -> log(again, "m", Duration.ofSeconds(30)))
        .isInstanceOf(AuditException.class).hasMessageContaining("they hold different chains");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void everyNodeHasItsOwnChain(String db) throws Exception {
    ObjectStore store = store(db);
    AuditLog a = log(store, "node-a", Duration.ofSeconds(30));
    AuditLog b = log(store, "node-b", Duration.ofSeconds(30));
    for (int i = 1; i <= 20; i++) {
      a.record(AuditLogTest.record(i));
      b.record(AuditLogTest.record(100 + i));
      b.record(AuditLogTest.record(200 + i));
    }
    assertThat(store.auditNodes()).containsExactly("node-a", "node-b");
    assertThat(AuditVerifier.verifyTable(store, "node-a").lastSeq()).isEqualTo(20);
    assertThat(AuditVerifier.verifyTable(store, "node-b").lastSeq()).isEqualTo(40);
    closeAll();
    assertThat(clavis("audit", "verify", "--table", "--all-nodes", "--data-dir", dir.toString(), "--store-url", url(db)))
        .as("%s", err).isZero();
    assertThat(out.toString()).contains("node node-a: chain whole: 20 entries", "node node-b: chain whole: 40 entries");
  }
}
