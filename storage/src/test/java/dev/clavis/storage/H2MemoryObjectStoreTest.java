package dev.clavis.storage;

import java.util.UUID;

/** The store contract on H2 in memory (what handler tests use). */
final class H2MemoryObjectStoreTest extends ObjectStoreContract {
    private final String name = "contract-" + UUID.randomUUID();

    @Override
    JdbcStoreConfig newConfig() {
        return JdbcStoreConfig.h2InMemory(name);
    }
}
