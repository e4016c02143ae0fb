package dev.clavis.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/** The test PostgreSQL: 127.0.0.1:5432, database {@code test}, user {@code postgres}, trust auth. */
final class PostgresSupport {
    static final String URL = System.getProperty("clavis.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("clavis.test.pg.user", "postgres");

    private static volatile String unreachableReason;
    private static volatile boolean checked;

    private PostgresSupport() {
    }

    /** {@code null} when PostgreSQL answers, else why not. */
    static synchronized String unreachableReason() {
        if (!checked) {
            Properties p = new Properties();
            p.setProperty("user", USER);
            p.setProperty("connectTimeout", "3");
            p.setProperty("socketTimeout", "10");
            try (Connection c = DriverManager.getConnection(URL, p); Statement s = c.createStatement()) {
                s.execute("SELECT 1");
                unreachableReason = null;
            } catch (SQLException e) {
                unreachableReason = "PostgreSQL not reachable at " + URL + ": " + e.getMessage();
            }
            checked = true;
        }
        return unreachableReason;
    }

    /** A fresh schema name, so that parallel runs do not collide. */
    static String newSchema() {
        return "clavis_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    static JdbcStoreConfig config(String schema) {
        return JdbcStoreConfig.postgres(URL, USER, null).withSchema(schema).withMaxPoolSize(8);
    }

    static void dropSchema(String schema) {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("connectTimeout", "3");
        try (Connection c = DriverManager.getConnection(URL, p); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("drop schema " + schema + ": " + e.getMessage(), e);
        }
    }
}
