package dev.clavis.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link JdbcObjectStore} reaches its database. Use the factories: {@link #h2File(Path)} (the
 * embedded default, {@code <dataDir>/clavis.mv.db}), {@link #h2InMemory(String)} (tests), {@link
 * #postgres(String, String, String)} (several nodes sharing one database).
 *
 * @param jdbcUrl the JDBC URL; H2 URLs get the store's durability settings appended
 * @param user the database user
 * @param password the password, or {@code null}; never printed by {@link #toString()}
 * @param schema the schema holding the tables ({@code null}: the database's default); created by
 *     the migrations when missing
 * @param maxPoolSize the most connections, which bounds concurrency toward the database
 * @param connectionTimeout how long a caller waits for a connection before {@link
 *     StoreUnavailableException}
 * @param statementTimeout how long one statement may run before {@link StoreUnavailableException}
 * @param fsyncOnCommit H2 only: after each commit, wait for an fsync of the database file (shared
 *     by all commits waiting at that moment — group commit), so an acknowledged write survives
 *     power loss and not only a process kill. See docs/adr/0002-storage-durability.md. PostgreSQL
 *     follows its own {@code synchronous_commit} and {@code fsync} settings.
 * @param limits the store's limits
 */
public record JdbcStoreConfig(
        String jdbcUrl,
        String user,
        String password,
        String schema,
        int maxPoolSize,
        Duration connectionTimeout,
        Duration statementTimeout,
        boolean fsyncOnCommit,
        StoreLimits limits) {

    public static final int DEFAULT_MAX_POOL_SIZE = 16;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    public JdbcStoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        Objects.requireNonNull(limits, "limits");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("jdbcUrl: " + jdbcUrl + " (expected: jdbc:h2:… or jdbc:postgresql:…)");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize: " + maxPoolSize + " (expected: >= 1)");
        }
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("connectionTimeout: " + connectionTimeout + " (expected: >= 250 ms)");
        }
        if (statementTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("statementTimeout: " + statementTimeout + " (expected: >= 1 s)");
        }
        if (schema != null && !schema.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("schema: " + schema + " (expected: an SQL identifier)");
        }
    }

    /** The embedded H2 database {@code <dataDir>/clavis.mv.db}, with fsync on commit. */
    public static JdbcStoreConfig h2File(Path dataDir) {
        String base = dataDir.toAbsolutePath().resolve("clavis").toString();
        return new JdbcStoreConfig("jdbc:h2:file:" + base, "clavis", null, null, DEFAULT_MAX_POOL_SIZE,
                DEFAULT_CONNECTION_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT, true, StoreLimits.defaults());
    }

    /** A private in-memory H2 database named {@code name}: for tests. */
    public static JdbcStoreConfig h2InMemory(String name) {
        return new JdbcStoreConfig("jdbc:h2:mem:" + name, "clavis", null, null, DEFAULT_MAX_POOL_SIZE,
                DEFAULT_CONNECTION_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT, false, StoreLimits.defaults());
    }

    /** A PostgreSQL database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/clavis}. */
    public static JdbcStoreConfig postgres(String jdbcUrl, String user, String password) {
        return new JdbcStoreConfig(jdbcUrl, user, password, null, DEFAULT_MAX_POOL_SIZE,
                DEFAULT_CONNECTION_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT, false, StoreLimits.defaults());
    }

    public JdbcStoreConfig withSchema(String value) {
        return new JdbcStoreConfig(jdbcUrl, user, password, value, maxPoolSize, connectionTimeout,
                statementTimeout, fsyncOnCommit, limits);
    }

    public JdbcStoreConfig withMaxPoolSize(int value) {
        return new JdbcStoreConfig(jdbcUrl, user, password, schema, value, connectionTimeout,
                statementTimeout, fsyncOnCommit, limits);
    }

    public JdbcStoreConfig withTimeouts(Duration connection, Duration statement) {
        return new JdbcStoreConfig(jdbcUrl, user, password, schema, maxPoolSize, connection,
                statement, fsyncOnCommit, limits);
    }

    public JdbcStoreConfig withFsyncOnCommit(boolean value) {
        return new JdbcStoreConfig(jdbcUrl, user, password, schema, maxPoolSize, connectionTimeout,
                statementTimeout, value, limits);
    }

    public JdbcStoreConfig withLimits(StoreLimits value) {
        return new JdbcStoreConfig(jdbcUrl, user, password, schema, maxPoolSize, connectionTimeout,
                statementTimeout, fsyncOnCommit, value);
    }

    boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    boolean isH2File() {
        return jdbcUrl.startsWith("jdbc:h2:file:");
    }

    /** Every field but the password (also when the URL carries one). */
    @Override
    public String toString() {
        return "JdbcStoreConfig[jdbcUrl=" + jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1<redacted>") + ", user=" + user
                + ", password=" + (password == null ? "none" : "<redacted>") + ", schema=" + schema
                + ", maxPoolSize=" + maxPoolSize + ", connectionTimeout=" + connectionTimeout
                + ", statementTimeout=" + statementTimeout + ", fsyncOnCommit=" + fsyncOnCommit
                + ", limits=" + limits + "]";
    }
}
