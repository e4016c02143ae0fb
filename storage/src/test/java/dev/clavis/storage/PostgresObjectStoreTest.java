package dev.clavis.storage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on PostgreSQL, each test in its own schema (dropped afterwards). Skipped, with
 * the reason, when no PostgreSQL answers at 127.0.0.1:5432.
 */
final class PostgresObjectStoreTest extends ObjectStoreContract {
    private final List<String> schemas = new ArrayList<>();

    @BeforeAll
    static void requirePostgres() {
        String reason = PostgresSupport.unreachableReason();
        assumeTrue(reason == null, reason);
    }

    @Override
    JdbcStoreConfig newConfig() {
        if (schemas.isEmpty()) {
            schemas.add(PostgresSupport.newSchema());
        }
        return PostgresSupport.config(schemas.get(0));
    }

    @AfterEach
    void dropSchemas() {
        if (store != null) {
            store.close();
            store = null;
        }
        schemas.forEach(PostgresSupport::dropSchema);
    }
}
