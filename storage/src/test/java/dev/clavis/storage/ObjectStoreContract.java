package dev.clavis.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ObjectStore} must have, run against each database by a subclass
 * (H2 in memory, H2 file, PostgreSQL). Each test gets a fresh, empty store.
 */
abstract class ObjectStoreContract {
    static final int SYMMETRIC_KEY = 2;
    static final int SECRET_DATA = 7;
    static final int AES = 3;
    static final int RSA = 4;
    static final int ENCRYPT = 0x04;
    static final int DECRYPT = 0x08;
    static final int WRAP = 0x10;
    static final int OP_GET = 0x0A;
    static final int OP_DESTROY = 0x14;
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    ObjectStore store;

    /** A configuration for a new, empty database. */
    abstract JdbcStoreConfig newConfig() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = JdbcObjectStore.open(newConfig());
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    static StoredObject.Builder key(ObjectStore store, String owner, String... names) {
        String uid = store.newUid();
        return StoredObject.builder(uid, SYMMETRIC_KEY, StoredObject.STATE_ACTIVE, owner)
                .names(List.of(names))
                .cryptographicAlgorithm(AES)
                .cryptographicLength(256)
                .usageMask(ENCRYPT | DECRYPT)
                .initialDate(T0)
                .lastChangeDate(T0)
                .attributes(("ttlv-of-" + uid).getBytes(StandardCharsets.UTF_8))
                .sealedMaterial(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})
                .kekVersion(1);
    }

    // ------------------------------------------------------------------ create and get

    @Test
    void createThenGetReturnsEveryField() {
        StoredObject created = store.create(key(store, "alice", "k1", "k1-alias")
                .objectGroups(List.of("g1", "g2"))
                .activationDate(T0.plusSeconds(10))
                .deactivationDate(T0.plusSeconds(20))
                .destroyDate(null)
                .compromiseDate(T0.plusSeconds(30))
                .customAttributes(Map.of("x-app", "db", "y-tier", "gold"))
                .fresh(false)
                .build());

        StoredObject read = store.get(created.uid());

        assertThat(read).isEqualTo(created);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.names()).containsExactly("k1", "k1-alias");
        assertThat(read.objectGroups()).containsExactly("g1", "g2");
        assertThat(read.customAttributes()).containsOnly(Map.entry("x-app", "db"), Map.entry("y-tier", "gold"));
        assertThat(read.sealedMaterial()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(read.attributes()).isEqualTo(("ttlv-of-" + created.uid()).getBytes(StandardCharsets.UTF_8));
        assertThat(read.activationDate()).isEqualTo(T0.plusSeconds(10));
        assertThat(read.fresh()).isFalse();
    }

    /** RFC 9562 §5.7 (ADR 0013, decision 6): version 7, time first, then random bits. */
    @Test
    void newUidsAreTimeOrderedVersion7Uuids() {
        Set<String> uids = new java.util.HashSet<>();
        long before = System.currentTimeMillis();
        String previous = "";
        for (int i = 0; i < 1000; i++) {
            String uid = store.newUid();
            java.util.UUID parsed = java.util.UUID.fromString(uid);
            assertThat(parsed.version()).isEqualTo(7);
            assertThat(parsed.variant()).isEqualTo(2);
            assertThat(parsed.getMostSignificantBits() >>> 16).isBetween(before, System.currentTimeMillis());
            // within one millisecond the order is random; across milliseconds it follows time
            assertThat(uid.substring(0, 13)).isGreaterThanOrEqualTo(previous.isEmpty() ? "" : previous.substring(0, 13));
            previous = uid;
            uids.add(uid);
        }
        assertThat(uids).hasSize(1000);
    }

    @Test
    void getOfUnknownIdentifierIsNotFound() {
        assertThatThrownBy(() -> store.get("no-such-uid"))
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining("no-such-uid");
        assertThat(store.find("no-such-uid")).isEmpty();
        assertThat(store.find("x".repeat(500))).isEmpty();
    }

    @Test
    void anIdentifierIsNeverReusedEvenAfterDestroy() {
        StoredObject created = store.create(key(store, "alice", "once").build());
        assertThatThrownBy(() -> store.create(key(store, "bob").uid(created.uid()).build()))
                .isInstanceOf(ObjectAlreadyExistsException.class);

        store.destroy(created.toBuilder().state(StoredObject.STATE_DESTROYED).build());
        assertThatThrownBy(() -> store.create(key(store, "bob").uid(created.uid()).build()))
                .isInstanceOf(ObjectAlreadyExistsException.class);
        assertThat(store.get(created.uid()).owner()).isEqualTo("alice");
    }

    @Test
    void namesAreUniqueWithinTheServer() {
        store.create(key(store, "alice", "shared-name").build());
        StoredObject clash = key(store, "bob", "other", "shared-name").build();

        assertThatThrownBy(() -> store.create(clash))
                .isInstanceOf(DuplicateNameException.class)
                .hasMessageContaining("shared-name");
        assertThat(store.find(clash.uid())).as("nothing half-written").isEmpty();
        assertThat(store.locate(LocateQuery.all().name("other").build()).uids()).isEmpty();

        assertThatThrownBy(() -> store.create(key(store, "bob", "twice", "twice").build()))
                .isInstanceOf(DuplicateNameException.class);
    }

    @Test
    void aDestroyedObjectKeepsItsNameButNoLongerHoldsIt() {
        StoredObject first = store.create(key(store, "alice", "label").build());
        StoredObject destroyed = store.destroy(first.toBuilder().state(StoredObject.STATE_DESTROYED).build());
        assertThat(store.get(destroyed.uid()).names()).containsExactly("label");

        StoredObject second = store.create(key(store, "bob", "label").build());
        assertThat(store.locate(LocateQuery.all().name("label").build()).uids())
                .as("on-line objects: the name still identifies one").containsExactly(second.uid());
        assertThat(store.locate(LocateQuery.all().name("label").storageStatusMask(7).build()).uids())
                .containsExactlyInAnyOrder(first.uid(), second.uid());
        assertThatThrownBy(() -> store.create(key(store, "carol", "label").build()))
                .as("the live object holds the name").isInstanceOf(DuplicateNameException.class);
        StoredObject renamed = store.create(key(store, "carol", "other").build());
        assertThatThrownBy(() -> store.update(renamed.toBuilder().names(List.of("label")).build()))
                .isInstanceOf(DuplicateNameException.class);
        store.destroy(store.get(second.uid()).toBuilder().state(StoredObject.STATE_DESTROYED_COMPROMISED).build());
        assertThat(store.update(store.get(renamed.uid()).toBuilder().names(List.of("label")).build()).names())
                .containsExactly("label");
    }

    @Test
    void renamingOntoAnotherObjectsNameIsRefused() {
        store.create(key(store, "alice", "a").build());
        StoredObject b = store.create(key(store, "alice", "b").build());
        assertThatThrownBy(() -> store.update(b.toBuilder().names(List.of("a")).build()))
                .isInstanceOf(DuplicateNameException.class);
        assertThat(store.get(b.uid()).names()).containsExactly("b");
    }

    @Test
    void aUsedIdentifierIsAlreadyExistsWhateverTheNames() {
        StoredObject first = store.create(key(store, "alice", "first-name").build());
        store.create(key(store, "alice", "third-name").build());

        assertThatThrownBy(() -> store.create(key(store, "bob", "first-name").uid(first.uid()).build()))
                .as("its own name again").isInstanceOf(ObjectAlreadyExistsException.class);
        assertThatThrownBy(() -> store.create(key(store, "bob", "third-name").uid(first.uid()).build()))
                .as("a name another object holds").isInstanceOf(ObjectAlreadyExistsException.class);
        assertThatThrownBy(() -> store.create(key(store, "bob", "new-name").uid(first.uid()).build()))
                .as("a free name").isInstanceOf(ObjectAlreadyExistsException.class);
        assertThat(store.get(first.uid())).isEqualTo(first);
        assertThat(store.locate(LocateQuery.all().name("new-name").build()).uids()).isEmpty();
    }

    /**
     * find reads an object and its children in one statement: names and groups come back in their
     * positional order (more than ten, not alphabetical, so that neither text order nor insertion
     * by chance passes), custom attributes as the map, and an object without children has none.
     */
    @Test
    void findReturnsNamesInOrderGroupsAndCustomAttributesExactly() {
        List<String> names = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int i = 12; i >= 0; i--) {
            names.add("name-" + i);
            groups.add("group-" + (i * 7 % 13));
        }
        StoredObject created = store.create(key(store, "alice").names(names).objectGroups(groups)
                .customAttributes(Map.of("x-b", "2", "x-a", "1", "y-c", "3")).build());
        StoredObject bare = store.create(key(store, "alice").build());

        StoredObject read = store.find(created.uid()).orElseThrow();
        assertThat(read).isEqualTo(created);
        assertThat(read.names()).containsExactlyElementsOf(names);
        assertThat(read.objectGroups()).containsExactlyElementsOf(groups);
        assertThat(read.customAttributes()).isEqualTo(Map.of("x-a", "1", "x-b", "2", "y-c", "3"));

        StoredObject readBare = store.find(bare.uid()).orElseThrow();
        assertThat(readBare).isEqualTo(bare);
        assertThat(readBare.names()).isEmpty();
        assertThat(readBare.objectGroups()).isEmpty();
        assertThat(readBare.customAttributes()).isEmpty();

        List<String> reversed = new ArrayList<>(names.reversed());
        StoredObject updated = store.update(read.toBuilder().names(reversed).objectGroups(List.of("only"))
                .customAttributes(Map.of("x-a", "changed")).build());
        StoredObject reread = store.inTransaction(tx -> tx.find(created.uid()).orElseThrow());
        assertThat(reread).isEqualTo(updated);
        assertThat(reread.names()).containsExactlyElementsOf(reversed);
        assertThat(reread.objectGroups()).containsExactly("only");
        assertThat(reread.customAttributes()).containsOnly(Map.entry("x-a", "changed"));
        assertThat(store.find(bare.uid())).as("another object's children stay apart").contains(bare);
    }

    // ------------------------------------------------------------------ update

    @Test
    void updateReplacesAttributesAndStateAndBumpsTheVersion() {
        StoredObject created = store.create(key(store, "alice", "n1").objectGroups(List.of("g1")).build());
        StoredObject changed = created.toBuilder()
                .state(StoredObject.STATE_DEACTIVATED)
                .names(List.of("n2", "n3"))
                .objectGroups(List.of())
                .customAttributes(Map.of("x-rotated", "yes"))
                .deactivationDate(T0.plusSeconds(99))
                .lastChangeDate(T0.plusSeconds(99))
                .attributes(new byte[] {9, 9})
                .owner("mallory")
                .sealedMaterial(new byte[] {0})
                .build();

        StoredObject updated = store.update(changed);
        StoredObject read = store.get(created.uid());

        assertThat(read).isEqualTo(updated);
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.state()).isEqualTo(StoredObject.STATE_DEACTIVATED);
        assertThat(read.names()).containsExactly("n2", "n3");
        assertThat(read.objectGroups()).isEmpty();
        assertThat(read.customAttributes()).containsOnly(Map.entry("x-rotated", "yes"));
        assertThat(read.attributes()).containsExactly(9, 9);
        assertThat(read.owner()).as("owner is not changed by update").isEqualTo("alice");
        assertThat(read.sealedMaterial()).as("material is not changed by update").containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(store.locate(LocateQuery.all().name("n1").build()).uids()).isEmpty();
        assertThat(store.locate(LocateQuery.all().name("n3").build()).uids()).containsExactly(created.uid());
    }

    @Test
    void updateFromAStaleVersionIsRefused() {
        StoredObject v1 = store.create(key(store, "alice").build());
        store.update(v1.toBuilder().state(StoredObject.STATE_DEACTIVATED).build());

        assertThatThrownBy(() -> store.update(v1.toBuilder().state(StoredObject.STATE_COMPROMISED).build()))
                .isInstanceOf(StaleObjectException.class)
                .hasMessageContaining(v1.uid());
        assertThat(store.get(v1.uid()).state()).isEqualTo(StoredObject.STATE_DEACTIVATED);
        assertThatThrownBy(() -> store.update(key(store, "alice").build()))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void concurrentReadModifyWritesLoseNoUpdate() throws Exception {
        StoredObject created = store.create(key(store, "alice").customAttributes(Map.of("x-counter", "0")).build());
        int threads = 4;
        int incrementsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> conflicts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                conflicts.add(pool.submit(() -> incrementCounter(store, created.uid(), incrementsEach)));
            }
            for (Future<Integer> f : conflicts) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        StoredObject end = store.get(created.uid());
        assertThat(end.customAttributes().get("x-counter")).isEqualTo(Integer.toString(threads * incrementsEach));
        assertThat(end.version()).isEqualTo(1 + threads * incrementsEach);
    }

    /** Increments x-counter {@code times} times, retrying on stale versions; returns the conflicts seen. */
    static int incrementCounter(ObjectStore store, String uid, int times) {
        int conflicts = 0;
        for (int i = 0; i < times; i++) {
            for (int attempt = 0; ; attempt++) {
                if (attempt > 10_000) {
                    throw new AssertionError("no progress after 10,000 attempts");
                }
                StoredObject o = store.get(uid);
                int n = Integer.parseInt(o.customAttributes().get("x-counter"));
                try {
                    store.update(o.toBuilder().customAttributes(Map.of("x-counter", Integer.toString(n + 1))).build());
                    break;
                } catch (StaleObjectException e) {
                    conflicts++;
                }
            }
        }
        return conflicts;
    }

    @Test
    void getForUpdateSerializesReadModifyWrite() throws Exception {
        StoredObject created = store.create(key(store, "alice").customAttributes(Map.of("x-counter", "0")).build());
        int threads = 4;
        int incrementsEach = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit((Callable<Object>) () -> {
                    for (int i = 0; i < incrementsEach; i++) {
                        store.inTransaction(tx -> {
                            StoredObject o = tx.getForUpdate(created.uid());
                            int n = Integer.parseInt(o.customAttributes().get("x-counter"));
                            return tx.update(o.toBuilder().customAttributes(Map.of("x-counter", Integer.toString(n + 1))).build());
                        });
                    }
                    return null;
                }));
            }
            for (Future<Object> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.get(created.uid()).customAttributes().get("x-counter"))
                .isEqualTo(Integer.toString(threads * incrementsEach));
    }

    // ------------------------------------------------------------------ transactions

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        StoredObject a = key(store, "alice", "tx-a").build();
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.create(a);
            tx.grant(a.uid(), "bob", Set.of(OP_GET));
            assertThat(tx.get(a.uid()).names()).containsExactly("tx-a");
            throw new IllegalStateException("batch item failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.find(a.uid())).isEmpty();
        assertThat(store.grantsFor(a.uid())).isEmpty();
        store.create(key(store, "alice", "tx-a").build()); // the name is free again
    }

    @Test
    void severalOperationsCommitTogether() {
        StoredObject a = key(store, "alice", "pair-a").build();
        StoredObject b = key(store, "alice", "pair-b").build();
        StoredObject destroyed = store.inTransaction(tx -> {
            tx.create(a);
            tx.create(b);
            StoredObject read = tx.get(a.uid());
            return tx.destroy(read.toBuilder().state(StoredObject.STATE_DESTROYED).build());
        });
        assertThat(destroyed.version()).isEqualTo(2);
        assertThat(store.get(a.uid()).state()).isEqualTo(StoredObject.STATE_DESTROYED);
        assertThat(store.get(b.uid()).state()).isEqualTo(StoredObject.STATE_ACTIVE);
    }

    @Test
    void aLockWaitEndsInAClearErrorNotAHang() throws Exception {
        store.close();
        store = JdbcObjectStore.open(newConfig().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        StoredObject created = store.create(key(store, "alice").build());
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            store.inTransaction(tx -> {
                tx.getForUpdate(created.uid());
                Future<?> blocked = other.submit(() -> store.inTransaction(tx2 -> tx2.getForUpdate(created.uid())));
                long start = System.nanoTime();
                assertThatThrownBy(() -> blocked.get(20, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(StoreUnavailableException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
                return null;
            });
        } finally {
            other.shutdownNow();
        }
        assertThat(store.get(created.uid()).version()).isEqualTo(1);
    }

    @Test
    void aClosedStoreFailsClearly() {
        store.close();
        assertThatThrownBy(() -> store.get("any"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("closed");
    }

    // ------------------------------------------------------------------ destroy and re-seal

    @Test
    void destroyErasesTheMaterialAndKeepsTheMetadata() {
        StoredObject created = store.create(key(store, "alice", "to-destroy").build());
        StoredObject destroyed = store.destroy(created.toBuilder()
                .state(StoredObject.STATE_DESTROYED)
                .destroyDate(T0.plusSeconds(5))
                .build());

        StoredObject read = store.get(created.uid());
        assertThat(read).isEqualTo(destroyed);
        assertThat(read.sealedMaterial()).isNull();
        assertThat(read.state()).isEqualTo(StoredObject.STATE_DESTROYED);
        assertThat(read.destroyDate()).isEqualTo(T0.plusSeconds(5));
        assertThat(read.names()).containsExactly("to-destroy");
        assertThat(read.attributes()).isEqualTo(created.attributes());
        assertThat(store.countByKekVersion()).isEmpty();

        assertThatThrownBy(() -> store.destroy(read.toBuilder().state(StoredObject.STATE_ACTIVE).build()))
                .isInstanceOf(InvalidAttributeException.class);
        assertThatThrownBy(() -> store.updateSealedMaterial(read.uid(), read.version(), new byte[] {1}, 2))
                .isInstanceOf(InvalidAttributeException.class);
        assertThat(store.get(created.uid()).sealedMaterial()).isNull();
    }

    @Test
    void resealReplacesMaterialAndCountsPerKekVersion() {
        List<StoredObject> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(store.create(key(store, "alice").build()));
        }
        store.create(key(store, "alice").sealedMaterial(null).kekVersion(null).objectType(SECRET_DATA).build());
        assertThat(store.countByKekVersion()).containsExactly(Map.entry(1, 5L));

        // the re-seal job: iterate in pages, re-seal under KEK 2
        String after = null;
        int seen = 0;
        while (true) {
            List<StoredObject> page = store.page(after, 2);
            if (page.isEmpty()) {
                break;
            }
            for (StoredObject o : page) {
                seen++;
                if (o.sealedMaterial() != null && o.kekVersion() == 1) {
                    StoredObject resealed = store.updateSealedMaterial(o.uid(), o.version(), new byte[] {42, 42}, 2);
                    assertThat(resealed.version()).isEqualTo(o.version() + 1);
                }
            }
            after = page.get(page.size() - 1).uid();
        }
        assertThat(seen).isEqualTo(6);
        assertThat(store.countByKekVersion()).containsExactly(Map.entry(2, 5L));
        assertThat(store.get(created.get(0).uid()).sealedMaterial()).containsExactly(42, 42);
        assertThatThrownBy(() -> store.updateSealedMaterial(created.get(0).uid(), 1, new byte[] {1}, 3))
                .isInstanceOf(StaleObjectException.class);
    }

    @Test
    void pagesAreInIdentifierOrderAndComplete() {
        List<String> uids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            uids.add(store.create(key(store, "alice", "p" + i).build()).uid());
        }
        List<String> paged = new ArrayList<>();
        String after = null;
        for (List<StoredObject> page = store.page(null, 3); !page.isEmpty(); page = store.page(after, 3)) {
            page.forEach(o -> paged.add(o.uid()));
            after = page.get(page.size() - 1).uid();
            assertThat(page.get(0).names()).hasSize(1);
        }
        assertThat(paged).containsExactlyElementsOf(uids.stream().sorted().toList());
    }

    // ------------------------------------------------------------------ grants

    @Test
    void grantsAccumulateAndCanBeRevoked() {
        StoredObject o = store.create(key(store, "alice").build());
        store.grant(o.uid(), "bob", Set.of(OP_GET));
        store.grant(o.uid(), "bob", Set.of(OP_GET, OP_DESTROY));
        store.grant(o.uid(), "carol", Set.of(OP_GET));

        assertThat(store.grantsFor(o.uid())).containsExactly(
                new Grant(o.uid(), "bob", Set.of(OP_GET, OP_DESTROY)),
                new Grant(o.uid(), "carol", Set.of(OP_GET)));

        store.revokeGrant(o.uid(), "bob", Set.of(OP_DESTROY));
        store.revokeGrant(o.uid(), "carol", Set.of());
        assertThat(store.grantsFor(o.uid())).containsExactly(new Grant(o.uid(), "bob", Set.of(OP_GET)));
        assertThatThrownBy(() -> store.grant("no-such-uid", "bob", Set.of(OP_GET)))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    // ------------------------------------------------------------------ locate

    @Test
    void locateReturnsMostRecentlyCreatedFirstWithLocatedItems() {
        List<String> uids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            uids.add(store.create(key(store, "alice").build()).uid());
        }
        List<String> newestFirst = new ArrayList<>(uids);
        java.util.Collections.reverse(newestFirst);

        LocateResult everything = store.locate(LocateQuery.all().build());
        assertThat(everything.uids()).containsExactlyElementsOf(newestFirst);
        assertThat(everything.locatedItems()).isEqualTo(5);

        LocateResult page = store.locate(LocateQuery.all().offsetItems(1).maximumItems(2).build());
        assertThat(page.uids()).containsExactly(newestFirst.get(1), newestFirst.get(2));
        assertThat(page.locatedItems()).isEqualTo(5);

        LocateResult tail = store.locate(LocateQuery.all().offsetItems(4).maximumItems(2).build());
        assertThat(tail.uids()).containsExactly(newestFirst.get(4));
        assertThat(tail.locatedItems()).isEqualTo(5);

        LocateResult beyond = store.locate(LocateQuery.all().offsetItems(9).build());
        assertThat(beyond.uids()).isEmpty();
        assertThat(beyond.locatedItems()).isEqualTo(5);

        LocateResult uncounted = store.locate(LocateQuery.all().objectType(SYMMETRIC_KEY).maximumItems(2).withoutLocatedItems().build());
        assertThat(uncounted.uids()).containsExactly(newestFirst.get(0), newestFirst.get(1));
        assertThat(uncounted.locatedItems()).isEqualTo(-1);
        LocateResult uncountedEnd = store.locate(LocateQuery.all().offsetItems(3).maximumItems(5).withoutLocatedItems().build());
        assertThat(uncountedEnd.uids()).containsExactly(newestFirst.get(3), newestFirst.get(4));
        assertThat(uncountedEnd.locatedItems()).as("the page shows the end").isEqualTo(5);

        LocateResult countOnly = store.locate(LocateQuery.all().maximumItems(0).build());
        assertThat(countOnly.uids()).isEmpty();
        assertThat(countOnly.locatedItems()).isEqualTo(5);
    }

    @Test
    void locateFiltersOnEveryIndexedAttribute() {
        StoredObject aes128 = store.create(key(store, "alice", "aes-128").cryptographicLength(128)
                .usageMask(ENCRYPT).objectGroups(List.of("payments")).build());
        StoredObject aes256 = store.create(key(store, "alice", "aes-256").usageMask(ENCRYPT | DECRYPT | WRAP)
                .objectGroups(List.of("payments", "backup")).customAttributes(Map.of("x-app", "db")).build());
        StoredObject rsa = store.create(key(store, "alice", "rsa").cryptographicAlgorithm(RSA).cryptographicLength(2048)
                .state(StoredObject.STATE_PRE_ACTIVE).initialDate(T0.plusSeconds(3600)).build());
        StoredObject secret = store.create(key(store, "alice").objectType(SECRET_DATA).cryptographicAlgorithm(null)
                .cryptographicLength(null).usageMask(null).customAttributes(Map.of("x-app", "web")).build());

        assertThat(uids(LocateQuery.all().name("aes-256"))).containsExactly(aes256.uid());
        assertThat(uids(LocateQuery.all().name("aes-256").name("aes-128"))).isEmpty();
        assertThat(uids(LocateQuery.all().objectType(SECRET_DATA))).containsExactly(secret.uid());
        assertThat(uids(LocateQuery.all().state(StoredObject.STATE_PRE_ACTIVE))).containsExactly(rsa.uid());
        assertThat(uids(LocateQuery.all().cryptographicAlgorithm(AES))).containsExactly(aes256.uid(), aes128.uid());
        assertThat(uids(LocateQuery.all().cryptographicAlgorithm(AES).cryptographicLength(128))).containsExactly(aes128.uid());
        assertThat(uids(LocateQuery.all().usageMask(ENCRYPT))).containsExactly(rsa.uid(), aes256.uid(), aes128.uid());
        assertThat(uids(LocateQuery.all().usageMask(ENCRYPT | WRAP))).containsExactly(aes256.uid());
        assertThat(uids(LocateQuery.all().objectGroup("payments"))).containsExactly(aes256.uid(), aes128.uid());
        assertThat(uids(LocateQuery.all().objectGroup("backup"))).containsExactly(aes256.uid());
        assertThat(uids(LocateQuery.all().customAttribute("x-app", "db"))).containsExactly(aes256.uid());
        assertThat(uids(LocateQuery.all().customAttribute("x-app", "nope"))).isEmpty();
        assertThat(uids(LocateQuery.all().owner("alice"))).hasSize(4);
        assertThat(uids(LocateQuery.all().owner("bob"))).isEmpty();
        assertThat(uids(LocateQuery.all().date(DateAttribute.INITIAL_DATE, DateRange.at(T0.plusSeconds(3600)))))
                .containsExactly(rsa.uid());
        assertThat(uids(LocateQuery.all().date(DateAttribute.INITIAL_DATE, new DateRange(T0, T0.plusSeconds(3599)))))
                .containsExactly(secret.uid(), aes256.uid(), aes128.uid());
        assertThat(uids(LocateQuery.all().date(DateAttribute.INITIAL_DATE, new DateRange(T0, T0.plusSeconds(3600)))))
                .as("range limits are inclusive").hasSize(4);
        assertThat(uids(LocateQuery.all().date(DateAttribute.ACTIVATION_DATE, new DateRange(T0, T0.plusSeconds(3600)))))
                .as("an object without the date does not match").isEmpty();
        assertThat(uids(LocateQuery.all().objectType(SYMMETRIC_KEY).cryptographicAlgorithm(AES).usageMask(DECRYPT)
                .objectGroup("backup").name("aes-256"))).containsExactly(aes256.uid());
    }

    @Test
    void locateObjectGroupMembers() {
        StoredObject served = store.create(key(store, "alice").objectGroups(List.of("pool")).fresh(false).build());
        StoredObject fresh1 = store.create(key(store, "alice").objectGroups(List.of("pool")).build());
        StoredObject fresh2 = store.create(key(store, "alice").objectGroups(List.of("pool")).build());

        assertThat(uids(LocateQuery.all().objectGroup("pool").groupMember(LocateQuery.GroupMember.FRESH)))
                .containsExactly(fresh2.uid(), fresh1.uid());
        assertThat(uids(LocateQuery.all().objectGroup("pool").groupMember(LocateQuery.GroupMember.DEFAULT)))
                .containsExactly(fresh2.uid());
        assertThat(uids(LocateQuery.all().objectGroup("pool"))).containsExactly(fresh2.uid(), fresh1.uid(), served.uid());
    }

    @Test
    void locateHonoursTheStorageStatusMask() {
        StoredObject online = store.create(key(store, "alice").build());
        StoredObject archived = store.create(key(store, "alice").archived(true).build());
        StoredObject destroyed = store.create(key(store, "alice").build());
        store.destroy(destroyed.toBuilder().state(StoredObject.STATE_DESTROYED_COMPROMISED).build());

        assertThat(uids(LocateQuery.all())).containsExactly(online.uid());
        assertThat(uids(LocateQuery.all().storageStatusMask(LocateQuery.ARCHIVAL_STORAGE))).containsExactly(archived.uid());
        assertThat(uids(LocateQuery.all().storageStatusMask(LocateQuery.DESTROYED_STORAGE))).containsExactly(destroyed.uid());
        assertThat(uids(LocateQuery.all().storageStatusMask(7))).containsExactly(destroyed.uid(), archived.uid(), online.uid());
        assertThat(store.locate(LocateQuery.all().build()).locatedItems()).isEqualTo(1);
    }

    @Test
    void locateSeesOnlyWhatTheCallerOwnsOrWasGranted() {
        StoredObject alices = store.create(key(store, "alice", "shared").build());
        StoredObject bobs = store.create(key(store, "bob", "bobs").build());
        StoredObject carols = store.create(key(store, "carol").build());
        store.grant(carols.uid(), "bob", Set.of(OP_GET));

        assertThat(uids(LocateQuery.visibleTo("alice"))).containsExactly(alices.uid());
        assertThat(uids(LocateQuery.visibleTo("bob"))).containsExactly(carols.uid(), bobs.uid());
        assertThat(store.locate(LocateQuery.visibleTo("bob").build()).locatedItems()).isEqualTo(2);
        assertThat(uids(LocateQuery.visibleTo("bob").name("shared"))).as("no hint that it exists").isEmpty();
        assertThat(store.locate(LocateQuery.visibleTo("bob").name("shared").build()).locatedItems()).isZero();
        assertThat(uids(LocateQuery.visibleTo("mallory"))).isEmpty();
        assertThat(uids(LocateQuery.all())).hasSize(3);

        store.revokeGrant(carols.uid(), "bob", Set.of());
        assertThat(uids(LocateQuery.visibleTo("bob"))).containsExactly(bobs.uid());
    }

    private List<String> uids(LocateQuery.Builder query) {
        return store.locate(query.build()).uids();
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void overLongValuesAreRefusedWithTheFieldNamed() {
        String tooLong = "n".repeat(StoreLimits.DEFAULT_MAX_TEXT_LENGTH + 1);
        assertThatThrownBy(() -> store.create(key(store, "alice", tooLong).build()))
                .isInstanceOf(StoreLimitException.class)
                .hasMessage("name: 1025 (expected: at most 1024)");
        assertThatThrownBy(() -> store.create(key(store, tooLong).build()))
                .isInstanceOf(StoreLimitException.class).hasMessageStartingWith("owner: ");
        assertThatThrownBy(() -> store.create(key(store, "alice").objectGroups(List.of(tooLong)).build()))
                .isInstanceOf(StoreLimitException.class).hasMessageStartingWith("objectGroup: ");
        assertThatThrownBy(() -> store.create(key(store, "alice").customAttributes(Map.of("x-a", tooLong)).build()))
                .isInstanceOf(StoreLimitException.class);
        assertThatThrownBy(() -> store.create(key(store, "alice").customAttributes(Map.of("x-" + tooLong, "v")).build()))
                .isInstanceOf(StoreLimitException.class).hasMessageStartingWith("custom attribute name: ");
        assertThatThrownBy(() -> store.create(key(store, "alice")
                .attributes(new byte[StoreLimits.DEFAULT_MAX_ATTRIBUTES_BYTES + 1]).build()))
                .isInstanceOf(StoreLimitException.class).hasMessageStartingWith("attributes: ");
        assertThatThrownBy(() -> store.create(key(store, "alice").uid("u".repeat(65)).build()))
                .isInstanceOf(StoreLimitException.class).hasMessageStartingWith("uid: ");
        String multiByte = "\u00e9".repeat(StoreLimits.DEFAULT_MAX_TEXT_LENGTH);
        StoredObject accented = store.create(key(store, "alice", multiByte).build());
        assertThat(store.get(accented.uid()).names()).containsExactly(multiByte);
        assertThat(uids(LocateQuery.all())).containsExactly(accented.uid());
    }

    @Test
    void unknownAttributesAreRefused() {
        assertThatThrownBy(() -> store.create(key(store, "alice").customAttributes(Map.of("Secret Sauce", "1")).build()))
                .isInstanceOf(InvalidAttributeException.class)
                .hasMessageContaining("x- or y-");
        assertThatThrownBy(() -> store.create(key(store, "alice", "").build()))
                .isInstanceOf(InvalidAttributeException.class);
        assertThat(uids(LocateQuery.all())).isEmpty();
    }

    @Test
    void toStringShowsNoKeyBytes() {
        StoredObject o = key(store, "alice").sealedMaterial(new byte[] {0x7A, 0x7B, 0x7C}).build();
        assertThat(o.toString()).contains("sealedMaterial=<3 bytes>").doesNotContain("122").doesNotContain("[B@");
        assertThat(JdbcStoreConfig.postgres("jdbc:postgresql://127.0.0.1/x", "u", "hunter2").toString())
                .doesNotContain("hunter2");
        assertThat(JdbcStoreConfig.postgres("jdbc:postgresql://127.0.0.1/x?user=u&password=hunter2&ssl=true", "u", null)
                .toString()).doesNotContain("hunter2").contains("ssl=true");
    }

    // ------------------------------------------------------------------ locate by allowed types

    @Test
    void locateWithObjectTypeInFindsOnlyThoseTypes() {
        StoredObject k = store.create(key(store, "alice").build());
        StoredObject secret = store.create(key(store, "alice").objectType(SECRET_DATA).build());
        assertThat(store.locate(LocateQuery.all().objectTypeIn(Set.of(SECRET_DATA)).build()).uids())
                .containsExactly(secret.uid());
        assertThat(store.locate(LocateQuery.visibleTo("alice").objectTypeIn(Set.of(SYMMETRIC_KEY, 99)).build()).uids())
                .containsExactly(k.uid());
        assertThat(store.locate(LocateQuery.all().objectTypeIn(Set.of()).build()).uids()).isEmpty();
    }

    // ------------------------------------------------------------------ audit table

    static AuditRow auditRow(String node, long seq, String prev) {
        String hash = String.format("%064x", seq * 31 + node.hashCode());
        return new AuditRow(node, seq, T0.plusSeconds(seq).plusNanos(123_456_000), "req-" + seq + "-0",
                "CN=client,O=Example", "127.0.0.1:4000" + seq, "Get", "[\"uid-" + seq + "\"]",
                "Success", null, prev, hash, "{\"seq\":" + seq + ",\"line\":\"\u00e9\"}");
    }

    @Test
    void auditRowsAreStoredPerNodeInSequenceOrder() {
        assertThat(store.lastAudit("a")).isEmpty();
        List<AuditRow> a = new ArrayList<>();
        String prev = "0".repeat(64);
        for (long seq = 1; seq <= 5; seq++) {
            AuditRow r = auditRow("a", seq, prev);
            a.add(r);
            prev = r.hash();
        }
        store.appendAudit(a.subList(0, 3));
        store.appendAudit(a.subList(3, 5));
        store.appendAudit(List.of(auditRow("b", 1, "0".repeat(64))));
        assertThat(store.lastAudit("a")).contains(a.get(4));
        assertThat(store.auditRows("a", 0, 100)).containsExactlyElementsOf(a);
        assertThat(store.auditRows("a", 2, 2)).containsExactly(a.get(2), a.get(3));
        assertThat(store.auditRows("b", 0, 100)).hasSize(1);
        assertThat(store.auditNodes()).containsExactly("a", "b");
        assertThatThrownBy(() -> store.appendAudit(List.of(auditRow("a", 5, a.get(3).hash()))))
                .as("a second row with the same node and seq").isInstanceOf(StoreException.class);
        assertThat(store.auditRows("a", 0, 100)).as("nothing of the failed insert").hasSize(5);
    }
}
