package dev.clavis.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
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
 * kill); with {@link JdbcStoreConfig#fsyncOnCommit()} the committing threads then share one {@code
 * CHECKPOINT SYNC} (fsync) per group, so the write also survives power loss. PostgreSQL commits
 * are durable by its own WAL flush ({@code synchronous_commit=on}), grouped by PostgreSQL.
 *
 * <p>Nothing is cached: every read goes to the database, so a node never serves a state or a
 * sealed material that another node has changed.
 */
public final class JdbcObjectStore implements ObjectStore {
    private static final Logger log = LoggerFactory.getLogger(JdbcObjectStore.class);

    private final JdbcStoreConfig config;
    private final HikariDataSource dataSource;
    private final SqlDialect dialect;
    private final GroupSync groupSync;
    /** H2 file mode only: one writing transaction at a time (ADR 0002, "Torn commits"); else null. */
    private final WriterLock writerLock;

    private final AtomicLong committedChanges = new AtomicLong();

    private JdbcObjectStore(JdbcStoreConfig config, HikariDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.dialect = config.isH2() ? SqlDialect.H2 : SqlDialect.POSTGRESQL;
        this.writerLock = config.isH2File() ? new WriterLock(config.statementTimeout().toMillis()) : null;
        this.groupSync = config.isH2File() && config.fsyncOnCommit() ? new GroupSync(writerLock) : null;
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
        log.info("object store open: {}", config);
        return new JdbcObjectStore(config, dataSource);
    }

    /** The {@code .mv.db} file of an H2 file URL ({@code jdbc:h2:file:<base>[;settings]}). */
    private static java.nio.file.Path h2DatabaseFile(JdbcStoreConfig config) {
        String base = config.jdbcUrl().substring("jdbc:h2:file:".length());
        int settings = base.indexOf(';');
        return java.nio.file.Path.of((settings < 0 ? base : base.substring(0, settings)) + ".mv.db");
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
            WriterLock.Holder writer = writerLock == null ? null : writerLock.holder();
            JdbcTransaction tx = new JdbcTransaction(connection, dialect, config.limits(),
                    config.isH2() ? 0 : (int) config.statementTimeout().toSeconds(),
                    writer == null ? () -> { } : writer::acquire);
            T result;
            try {
                result = work.apply(tx);
                tx.close();
                connection.commit();
                if (tx.changed()) {
                    committedChanges.incrementAndGet();
                }
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection);
                throw e;
            } catch (SQLException e) {
                rollbackQuietly(connection);
                throw SqlErrors.map("commit", e);
            } finally {
                tx.close();
                if (writer != null) {
                    // after the commit (or rollback) and the chunk write H2 does inside it
                    writer.release();
                }
            }
            if (tx.wrote() && groupSync != null) {
                groupSync.awaitDurable(connection);
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
     * For measurements: {@code {commits waited for, fsyncs run}} since the store opened, or
     * {@code null} without group fsync.
     */
    long[] groupSyncCounts() {
        if (groupSync == null) {
            return null;
        }
        synchronized (groupSync.lock) {
            return new long[] {groupSync.issued, groupSync.syncCount};
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /**
     * Group fsync for H2: a committing thread takes a ticket; one thread at a time runs {@code
     * CHECKPOINT SYNC}, which covers every commit that finished before it started, and wakes all
     * the tickets it covered. So N concurrent commits cost about one fsync, not N.
     */
    static final class GroupSync {
        private final Object lock = new Object();
        private final WriterLock writerLock;
        private long issued;
        private long synced;
        private boolean syncing;
        private long syncCount;

        GroupSync(WriterLock writerLock) {
            this.writerLock = writerLock;
        }

        void awaitDurable(Connection connection) {
            long ticket;
            long covered;
            synchronized (lock) {
                ticket = ++issued;
                while (true) {
                    if (synced >= ticket) {
                        return;
                    }
                    if (!syncing) {
                        syncing = true;
                        covered = issued;
                        break;
                    }
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new StoreUnavailableException("interrupted while waiting for fsync", e);
                    }
                }
            }
            boolean ok = false;
            WriterLock.Holder writer = writerLock.holder();
            try (Statement s = connection.createStatement()) {
                // CHECKPOINT SYNC first stores the pending changes (a chunk), then fsyncs: under the
                // writer lock, so that no transaction is half-way through its writes or its commit
                writer.acquire();
                s.execute("CHECKPOINT SYNC");
                ok = true;
            } catch (SQLException e) {
                throw SqlErrors.map("fsync", e);
            } finally {
                writer.release();
                synchronized (lock) {
                    syncing = false;
                    if (ok) {
                        synced = Math.max(synced, covered);
                        syncCount++;
                    }
                    lock.notifyAll();
                }
            }
        }
    }

    /**
     * H2 file mode: the single-writer lock (ADR 0002, "Torn commits"). MVStore writes a chunk with
     * the root of each map taken one after the other while other threads go on writing, so a chunk
     * written while another transaction is half-way through its commit can hold some of that
     * transaction's rows as committed and the rest as uncommitted with its undo log already
     * cleared; after a process kill that transaction comes back torn. A transaction therefore takes
     * this lock before its first write or row lock and keeps it until its commit (and the chunk write
     * H2 does inside it) or rollback has returned; {@code CHECKPOINT SYNC} takes it too. Reads never
     * take it. Waiting is bounded by the lock timeout (the statement timeout).
     */
    static final class WriterLock {
        private final ReentrantLock lock = new ReentrantLock(true);
        private final long timeoutMillis;

        WriterLock(long timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
        }

        /** The lock as one transaction (or one fsync) holds it: taken at most once, released once. */
        Holder holder() {
            return new Holder();
        }

        final class Holder {
            private boolean held;

            void acquire() {
                if (held) {
                    return;
                }
                try {
                    if (!lock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
                        throw new StoreUnavailableException("lock timeout: waited " + timeoutMillis
                                + " ms for the H2 writer lock (expected: the other writer to commit within the lock timeout)",
                                null);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreUnavailableException("interrupted while waiting for the H2 writer lock", e);
                }
                held = true;
            }

            void release() {
                if (held) {
                    held = false;
                    lock.unlock();
                }
            }
        }
    }
}
