package dev.clavis.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ObjectStore} over JDBC: embedded H2 2.x in file mode (one node) or PostgreSQL (several
 * nodes sharing one database), through a HikariCP pool. The schema is created and upgraded by
 * Flyway migrations ({@code db/migration}) when the store opens.
 *
 * <p>Durability (docs/adr/0002-storage-durability.md): H2 runs with {@code WRITE_DELAY=0}, so each
 * commit is written to the database file before {@link #inTransaction} returns (survives a process
 * kill); with {@link JdbcStoreConfig#fsyncOnCommit()} each commit also ends with {@code CHECKPOINT
 * SYNC} (fsync), so the write also survives power loss. In H2 file mode the writing transactions
 * run one at a time and share their commits ({@link H2GroupCommit}, ADR 0013). PostgreSQL commits
 * are durable by its own WAL flush ({@code synchronous_commit=on}), grouped by PostgreSQL.
 *
 * <p>Nothing is cached: every read goes to the database, so a node never serves a state or a
 * sealed material that another node has changed.
 */
public final class JdbcObjectStore implements ObjectStore {
    private static final Logger log = LoggerFactory.getLogger(JdbcObjectStore.class);

    private final JdbcStoreConfig config;
    private final HikariDataSource dataSource;
    /** H2 file mode: the one connection writers share ({@link H2GroupCommit}); else null. */
    private final HikariDataSource writerPool;
    private final SqlDialect dialect;
    /** H2 file mode only: one writer at a time, group commit (ADR 0002 "Torn commits", ADR 0013); else null. */
    private final H2GroupCommit groupCommit;

    private final AtomicLong committedChanges = new AtomicLong();

    private JdbcObjectStore(JdbcStoreConfig config, HikariDataSource dataSource, HikariDataSource writerPool) {
        this.config = config;
        this.dataSource = dataSource;
        this.writerPool = writerPool;
        this.dialect = config.isH2() ? SqlDialect.H2 : SqlDialect.POSTGRESQL;
        this.groupCommit = config.isH2File()
                ? new H2GroupCommit(writerPool, config.fsyncOnCommit(), config.statementTimeout().toMillis())
                : null;
    }

    /**
     * Opens the store: applies the pending migrations (Flyway), then creates the connection pool.
     *
     * @throws StoreUnavailableException the database cannot be reached or migrated
     */
    public static JdbcObjectStore open(JdbcStoreConfig config) {
        if (config.isH2File()) {
            H2FileRecovery.keepNewestChunk(h2DatabaseFile(config));
        }
        // Flyway holds two connections at once (history table and migration): it gets a small pool
        // of its own, so that any pool size works for the store.
        try (HikariDataSource migrationPool = newPool(config, "clavis-store-migration", 2, true)) {
            migrate(config, migrationPool);
        }
        HikariDataSource dataSource = newPool(config, "clavis-store", config.maxPoolSize(), false);
        HikariDataSource writerPool = null;
        if (config.isH2File()) {
            try {
                writerPool = newPool(config, "clavis-store-writer", 1, false);
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
        }
        log.info("object store open: {}", config);
        return new JdbcObjectStore(config, dataSource, writerPool);
    }

    /** The {@code .mv.db} file of an H2 file URL ({@code jdbc:h2:file:<base>[;settings]}). */
    private static Path h2DatabaseFile(JdbcStoreConfig config) {
        String base = config.jdbcUrl().substring("jdbc:h2:file:".length());
        int settings = base.indexOf(';');
        return Path.of((settings < 0 ? base : base.substring(0, settings)) + ".mv.db");
    }

    private static HikariDataSource newPool(JdbcStoreConfig config, String name, int size, boolean migration) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(name);
        hikari.setJdbcUrl(jdbcUrl(config));
        hikari.setUsername(config.user());
        if (config.password() != null) {
            hikari.setPassword(config.password());
        }
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(Math.min(2, size));
        hikari.setConnectionTimeout(config.connectionTimeout().toMillis());
        hikari.setValidationTimeout(Math.min(config.connectionTimeout().toMillis(), 3_000));
        hikari.setInitializationFailTimeout(config.connectionTimeout().toMillis());
        hikari.setAutoCommit(false);
        hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (!config.isH2()) {
            // the last resort against a hung server or network: a statement timeout needs a working
            // connection to send its cancel request
            long socketSeconds = config.statementTimeout().toSeconds() + 5;
            hikari.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, config.connectionTimeout().toSeconds())));
            hikari.addDataSourceProperty("socketTimeout", Long.toString(socketSeconds));
            hikari.addDataSourceProperty("tcpKeepAlive", "true");
            hikari.addDataSourceProperty("ApplicationName", "clavis");
        }
        if (config.schema() != null && config.isH2() && !migration) {
            // (the migration pool runs before the schema exists; Flyway selects it itself)
            hikari.setSchema(config.schema().toUpperCase(java.util.Locale.ROOT));
        } else if (config.schema() != null) {
            // sent in the startup packet: every connection resolves names in this schema
            hikari.addDataSourceProperty("currentSchema", config.schema());
        }
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("database unreachable: " + config.jdbcUrl() + ": " + rootMessage(e), e);
        }
    }

    private static String jdbcUrl(JdbcStoreConfig config) {
        if (!config.isH2()) {
            return config.jdbcUrl();
        }
        // WRITE_DELAY=0: write each commit to the file before the commit returns (the default of
        // 500 ms loses acknowledged commits on a process kill). DB_CLOSE_ON_EXIT=FALSE: the store
        // closes the database itself, after the last transaction. QUERY_CACHE_SIZE: the store uses
        // about 30 distinct statements; the default cache of 8 parses most of them again each time.
        // DB_CLOSE_DELAY=-1 keeps an
        // in-memory database while the pool recycles its connections.
        StringBuilder url = new StringBuilder(config.jdbcUrl())
                .append(";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64")
                .append(";LOCK_TIMEOUT=").append(config.statementTimeout().toMillis())
                // Once per session here, not per statement: H2 runs Statement.setQueryTimeout as
                // SET QUERY_TIMEOUT, and every SET clears all sessions' query caches (measured:
                // a quarter of a Get's server time went to parsing SQL again; docs/adr/0007).
                .append(";QUERY_TIMEOUT=").append(config.statementTimeout().toMillis());
        if (config.jdbcUrl().startsWith("jdbc:h2:mem:")) {
            url.append(";DB_CLOSE_DELAY=-1");
        }
        return url.toString();
    }

    private static void migrate(JdbcStoreConfig config, HikariDataSource dataSource) {
        var flyway = Flyway.configure(JdbcObjectStore.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .loggers("slf4j");
        if (config.schema() != null) {
            String schema = config.isH2() ? config.schema().toUpperCase(java.util.Locale.ROOT) : config.schema();
            flyway = flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        try {
            flyway.load().migrate();
        } catch (FlywayException | StoreException e) {
            throw e instanceof StoreException se ? se
                    : new StoreUnavailableException("database migration failed: " + config.jdbcUrl() + ": " + rootMessage(e), e);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("database migration failed: " + config.jdbcUrl() + ": " + rootMessage(e), e);
        }
    }

    @Override
    public long committedChanges() {
        return committedChanges.get();
    }

    @Override
    public StoreLimits limits() {
        return config.limits();
    }

    /** The configuration this store was opened with. */
    public JdbcStoreConfig config() {
        return config;
    }

    @Override
    public <T> T inTransaction(Function<StoreTransaction, T> work) {
        if (dataSource.isClosed()) {
            throw new StoreUnavailableException("object store closed: " + config.jdbcUrl(), null);
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw SqlErrors.map("connect", e);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("database unavailable: " + rootMessage(e), e);
        }
        try (connection) {
            H2GroupCommit.Member member = groupCommit == null ? null : groupCommit.member(connection);
            JdbcTransaction tx = new JdbcTransaction(connection, dialect, config.limits(),
                    config.isH2() ? 0 : (int) config.statementTimeout().toSeconds(), member);
            T result;
            try {
                result = work.apply(tx);
                tx.close();
                if (member != null && member.passed()) {
                    member.commit();
                } else {
                    connection.commit();
                }
            } catch (RuntimeException | Error e) {
                tx.close();
                if (member != null && member.passed()) {
                    member.rollback();
                } else {
                    rollbackQuietly(connection);
                }
                throw e;
            } catch (SQLException e) {
                rollbackQuietly(connection);
                throw SqlErrors.map("commit", e);
            }
            if (tx.changed()) {
                committedChanges.incrementAndGet();
            }
            return result;
        } catch (SQLException e) {
            throw SqlErrors.map("connection", e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            log.debug("rollback failed: {}", e.toString());
        }
    }

    /**
     * Closes the pool. An embedded H2 file database closes with its last connection (a clean
     * close: the next open needs no recovery); an in-memory one is shut down explicitly.
     */
    @Override
    public void close() {
        if (dataSource.isClosed()) {
            return;
        }
        if (groupCommit != null) {
            groupCommit.close();
            writerPool.close();
        }
        dataSource.close();
        if (config.jdbcUrl().startsWith("jdbc:h2:mem:")) {
            try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl(config), config.user(),
                    config.password() == null ? "" : config.password());
                    Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                log.debug("H2 shutdown: {}", e.toString());
            }
        }
    }

    /**
     * For measurements: {@code {transactions committed, commits}} of the H2 group commit since the
     * store opened, or {@code null} outside H2 file mode.
     */
    long[] groupCommitCounts() {
        return groupCommit == null ? null : groupCommit.counts();
    }

    /** For tests: how long an H2 commit group may stay open while writers queue (H2 file mode only). */
    void groupCommitMaxAge(java.time.Duration age) {
        groupCommit.maxGroupAge(age);
    }

    /** For tests: how many writers wait for the H2 writer lock (0 outside H2 file mode). */
    int queuedWriters() {
        return groupCommit == null ? 0 : groupCommit.queuedWriters();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
