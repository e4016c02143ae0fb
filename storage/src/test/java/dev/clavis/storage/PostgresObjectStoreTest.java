package dev.clavis.storage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The store contract on PostgreSQL, each test in its own schema (dropped afterwards). Skipped, with
 * the reason, when no PostgreSQL answers at 127.0.0.1:5432.
 */
final class PostgresObjectStoreTest extends ObjectStoreContract {
    private final List<String> schemas = new ArrayList<>();

    /** Each test is reported skipped, with the reason, when PostgreSQL does not answer. */
    @Override
    JdbcStoreConfig newConfig() {
        String reason = PostgresSupport.unreachableReason();
        assumeTrue(reason == null, reason);
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
