package dev.clavis.hsm;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Moves every sealed blob to the current KEK version, page by page, then retires the versions
 * nothing uses any more (DESIGN §3, KEK rotation).
 *
 * <p>Each blob is re-sealed with {@link KeyProtection#reseal} (the plaintext never leaves the
 * protection call) and written back with {@link SealedBlobSource#replace}, a compare-and-set: when
 * the entry changed meanwhile, the job reads it again and retries, up to {@link #MAX_ATTEMPTS}.
 * A blob that does not open is counted as failed and left alone; so is one still changing after
 * the last attempt. Either keeps its old KEK version in use, so {@link #retireUnused()} keeps that
 * version.
 */
public final class ResealJob {

    public static final int DEFAULT_PAGE_SIZE = 500;
    public static final int MAX_PAGE_SIZE = 10_000;
    public static final int MAX_ATTEMPTS = 5;

    private static final System.Logger LOG = System.getLogger(ResealJob.class.getName());

    private final KeyProtection protection;
    private final SealedBlobSource source;
    private final int pageSize;
    private final Consumer<ResealProgress> progress;

    /**
     * @param pageSize entries per page, 1 to {@value #MAX_PAGE_SIZE}
     * @param progress told after each page and at the end (also logged at INFO)
     */
    public ResealJob(KeyProtection protection, SealedBlobSource source, int pageSize,
            Consumer<ResealProgress> progress) {
        this.protection = Objects.requireNonNull(protection, "protection");
        this.source = Objects.requireNonNull(source, "source");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException(
                    "page size: " + pageSize + " (expected: 1.." + MAX_PAGE_SIZE + ")");
        }
        this.pageSize = pageSize;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Walks the whole source once; returns the final progress. */
    public ResealProgress run() {
        int target = protection.currentKekVersion();
        long scanned = 0;
        long resealed = 0;
        long current = 0;
        long vanished = 0;
        long conflicts = 0;
        long failed = 0;
        String cursor = null;
        while (true) {
            List<SealedBlobSource.Entry> page = source.page(cursor, pageSize);
            String previous = cursor;
            for (SealedBlobSource.Entry first : page) {
                scanned++;
                SealedBlobSource.Entry entry = first;
                for (int attempt = 1; ; attempt++) {
                    if (entry == null) {
                        vanished++;
                        break;
                    }
                    if (entry.blob().kekVersion() >= target) {
                        current++;
                        break;
                    }
                    SealedBlob fresh;
                    try {
                        fresh = protection.reseal(entry.uid(), entry.objectType(), entry.blob());
                    } catch (KeyProtectionException e) {
                        failed++;
                        LOG.log(Level.WARNING, "re-seal: uid " + entry.uid() + " left under KEK v"
                                + entry.blob().kekVersion() + ": " + e.getMessage());
                        break;
                    }
                    if (source.replace(entry, fresh)) {
                        resealed++;
                        break;
                    }
                    if (attempt == MAX_ATTEMPTS) {
                        conflicts++;
                        break;
                    }
                    entry = reread(previous, entry.uid());
                }
                previous = first.uid();
            }
            boolean done = page.size() < pageSize;
            if (!page.isEmpty()) {
                cursor = page.get(page.size() - 1).uid();
            }
            ResealProgress p = new ResealProgress(target, scanned, resealed, current, vanished,
                    conflicts, failed, cursor, done);
            LOG.log(Level.INFO, p.toString());
            progress.accept(p);
            if (done) {
                return p;
            }
        }
    }

    /**
     * Retires every KEK version older than the current one that no blob uses any more.
     *
     * @return the versions retired
     */
    public List<Integer> retireUnused() {
        int current = protection.currentKekVersion();
        List<Integer> retired = new ArrayList<>();
        for (int version : protection.kekVersions()) {
            if (version < current && source.countByKekVersion(version) == 0) {
                protection.retireKek(version, source);
                retired.add(version);
                LOG.log(Level.INFO, "KEK v" + version + " retired: no blob uses it");
            }
        }
        return retired;
    }

    private SealedBlobSource.Entry reread(String before, String uid) {
        for (SealedBlobSource.Entry e : source.page(before, pageSize)) {
            int c = e.uid().compareTo(uid);
            if (c == 0) {
                return e;
            }
            if (c > 0) {
                return null;
            }
        }
        return null;
    }
}
