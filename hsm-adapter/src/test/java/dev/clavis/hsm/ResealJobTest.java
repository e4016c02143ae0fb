package dev.clavis.hsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The re-seal job against an in-memory source that changes under it. */
class ResealJobTest {

    static final String TYPE = "SymmetricKey";

    @TempDir
    Path dataDir;

    KeyProtection protection;
    int oldVersion;

    @BeforeEach
    void open() {
        protection = KeyProtections.open(KeyProtectionConfig.software(dataDir)
                .environment(Map.of(KeyProtectionConfig.KEK_PASSPHRASE_ENV, "reseal job test")).build());
        oldVersion = protection.currentKekVersion();
        restoredK2 = protection.seal("k2", TYPE, new byte[] {42});
    }

    /** New material for k2 sealed under the old KEK, as a restore from backup would write it. */
    SealedBlob restoredK2;

    @AfterEach
    void close() {
        protection.close();
    }

    MemorySealedBlobSource filled(MemorySealedBlobSource source, int count) {
        for (int i = 0; i < count; i++) {
            String uid = "k" + i;
            source.put(uid, TYPE, protection.seal(uid, TYPE, new byte[] {(byte) i}));
        }
        return source;
    }

    @Test
    void aBlobRewrittenMeanwhileIsReadAgainAndItsNewContentKept() {
        MemorySealedBlobSource source = new MemorySealedBlobSource() {
            boolean raced;

            @Override
            public synchronized boolean replace(Entry old, SealedBlob fresh) {
                if (!raced && old.uid().equals("k2")) {
                    raced = true;
                    // Another writer stores new material for k2, still under the old KEK (a restore).
                    put("k2", TYPE, restoredK2);
                }
                return super.replace(old, fresh);
            }
        };
        filled(source, 5);
        int fresh = protection.rotateKek();
        ResealProgress last = new ResealJob(protection, source, 2, p -> { }).run();
        assertThat(last.complete()).isTrue();
        assertThat(last.resealed()).isEqualTo(5);
        assertThat(source.blob("k2").kekVersion()).isEqualTo(fresh);
        assertThat(protection.unseal("k2", TYPE, source.blob("k2"))).containsExactly(42);
    }

    @Test
    void aBlobRewrittenUnderTheNewKekMeanwhileIsLeftAsWritten() {
        int[] fresh = new int[1];
        MemorySealedBlobSource source = new MemorySealedBlobSource() {
            @Override
            public synchronized boolean replace(Entry old, SealedBlob freshBlob) {
                if (old.uid().equals("k1") && old.blob().kekVersion() == oldVersion) {
                    put("k1", TYPE, protection.seal("k1", TYPE, new byte[] {7, 7}));
                }
                return super.replace(old, freshBlob);
            }
        };
        filled(source, 3);
        fresh[0] = protection.rotateKek();
        ResealProgress last = new ResealJob(protection, source, 10, p -> { }).run();
        assertThat(last.resealed()).isEqualTo(2);
        assertThat(last.alreadyCurrent()).isEqualTo(1);
        assertThat(protection.unseal("k1", TYPE, source.blob("k1"))).containsExactly(7, 7);
        assertThat(source.countByKekVersion(fresh[0])).isEqualTo(3);
    }

    @Test
    void aBlobDeletedMeanwhileCountsAsVanished() {
        MemorySealedBlobSource source = new MemorySealedBlobSource() {
            @Override
            public synchronized boolean replace(Entry old, SealedBlob fresh) {
                if (old.uid().equals("k0")) {
                    entries.remove("k0");
                }
                return super.replace(old, fresh);
            }
        };
        filled(source, 3);
        protection.rotateKek();
        ResealJob job = new ResealJob(protection, source, 10, p -> { });
        ResealProgress last = job.run();
        assertThat(last.vanished()).isEqualTo(1);
        assertThat(last.resealed()).isEqualTo(2);
        assertThat(last.complete()).isTrue();
        assertThat(job.retireUnused()).containsExactly(oldVersion);
    }

    @Test
    void aBlobThatKeepsChangingIsLeftForALaterRunAndKeepsItsKek() {
        MemorySealedBlobSource source = new MemorySealedBlobSource() {
            @Override
            public synchronized boolean replace(Entry old, SealedBlob fresh) {
                return !old.uid().equals("k1") && super.replace(old, fresh);
            }
        };
        filled(source, 3);
        protection.rotateKek();
        ResealJob job = new ResealJob(protection, source, 10, p -> { });
        ResealProgress last = job.run();
        assertThat(last.conflicts()).isEqualTo(1);
        assertThat(last.complete()).isFalse();
        assertThat(job.retireUnused()).isEmpty();
        assertThat(protection.kekVersions()).contains(oldVersion);
    }

    @Test
    void aDamagedBlobIsCountedAsFailedAndItsKekIsNotRetired() {
        MemorySealedBlobSource source = filled(new MemorySealedBlobSource(), 4);
        byte[] bytes = source.blob("k3").bytes();
        bytes[bytes.length - 1] ^= 1;
        source.put("k3", TYPE, SealedBlob.of(bytes));
        protection.rotateKek();
        List<ResealProgress> progress = new ArrayList<>();
        ResealJob job = new ResealJob(protection, source, 3, progress::add);
        ResealProgress last = job.run();
        assertThat(last.failed()).isEqualTo(1);
        assertThat(last.resealed()).isEqualTo(3);
        assertThat(progress).extracting(ResealProgress::scanned).containsExactly(3L, 4L);
        assertThat(job.retireUnused()).isEmpty();
        assertThat(source.countByKekVersion(oldVersion)).isEqualTo(1);
    }

    @Test
    void anEmptySourceReportsOnePageDone() {
        List<ResealProgress> progress = new ArrayList<>();
        ResealProgress last = new ResealJob(protection, new MemorySealedBlobSource(), 50, progress::add).run();
        assertThat(progress).containsExactly(last);
        assertThat(last.done()).isTrue();
        assertThat(last.scanned()).isZero();
        assertThatThrownBy(() -> new ResealJob(protection, new MemorySealedBlobSource(), 0, p -> { }))
                .hasMessage("page size: 0 (expected: 1..10000)");
    }
}
