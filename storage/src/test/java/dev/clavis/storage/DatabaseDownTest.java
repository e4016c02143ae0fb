package dev.clavis.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 3 §7: a database that is down, unreachable or hung gives a clear {@link
 * StoreUnavailableException} within a bounded time — never a hang, never a half-write. PostgreSQL
 * behind a {@link TcpProxy}; skipped, with the reason, without PostgreSQL.
 */
final class DatabaseDownTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    private String schema;
    private TcpProxy proxy;
    private ObjectStore store;

    @BeforeEach
    void open() throws Exception {
        String reason = PostgresSupport.unreachableReason();
        assumeTrue(reason == null, reason); // each test reported skipped, with the reason
        schema = PostgresSupport.newSchema();
        proxy = new TcpProxy(5432);
        String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test";
        store = JdbcObjectStore.open(JdbcStoreConfig.postgres(url, PostgresSupport.USER, null)
                .withSchema(schema).withMaxPoolSize(4).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }

    @AfterEach
    void close() {
        try {
            if (store != null) {
                store.close();
            }
            if (proxy != null) {
                proxy.close();
            }
        } finally {
            if (schema != null) {
                PostgresSupport.dropSchema(schema);
            }
        }
    }

    @Test
    void anUnreachableDatabaseFailsFastAtOpen() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/test";
        long start = System.nanoTime();
        assertThatThrownBy(() -> JdbcObjectStore.open(JdbcStoreConfig.postgres(url, "postgres", null)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
    }

    @Test
    void aDatabaseGoingDownGivesClearErrorsAndTheStoreRecovers() throws Exception {
        StoredObject before = store.create(ObjectStoreContract.key(store, "alice", "before").build());

        proxy.down();
        StoredObject during = ObjectStoreContract.key(store, "alice", "during").build();
        long start = System.nanoTime();
        assertThatThrownBy(() -> store.create(during)).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store.get(before.uid())).isInstanceOf(StoreUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);

        proxy.up();
        // connections that died with the database fail once each (clearly) and are then evicted
        assertThat(eventually(() -> store.get(before.uid()))).isEqualTo(before);
        Optional<StoredObject> maybe = store.find(during.uid());
        assertThat(maybe).as("the failed create is absent or whole, never half-written")
                .satisfiesAnyOf(m -> assertThat(m).isEmpty(), m -> assertThat(m.get().names()).containsExactly("during"));
        store.create(ObjectStoreContract.key(store, "alice", "after").build());
    }

    private static <T> T eventually(java.util.function.Supplier<T> action) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (StoreUnavailableException e) {
                if (attempt == 20) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }

    @Test
    void aHungDatabaseTimesOut() {
        StoredObject before = store.create(ObjectStoreContract.key(store, "alice").build());
        proxy.hang(true);
        long start = System.nanoTime();
        assertThatThrownBy(() -> store.get(before.uid())).isInstanceOf(StoreUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
        proxy.hang(false);
    }
}
