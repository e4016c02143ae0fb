package dev.clavis.hsm;

import java.util.List;

/**
 * What a {@link ResealJob} reads and rewrites: every sealed blob, in pages ordered by unique
 * identifier. The server adapts its object store to this; the job knows nothing else about it.
 */
public interface SealedBlobSource {

    /** One sealed blob and what it is authenticated with. */
    record Entry(String uid, String objectType, SealedBlob blob) {
    }

    /**
     * Up to {@code limit} entries with {@code uid > afterUid} (all when {@code afterUid} is
     * null), ascending by uid in {@link String#compareTo} order (SQL: a binary collation).
     */
    List<Entry> page(String afterUid, int limit);

    /**
     * Replaces {@code old.blob()} by {@code fresh} for {@code old.uid()} only if the stored blob is
     * still {@code old.blob()} (compare-and-set).
     *
     * @return false when the entry changed or disappeared meanwhile
     */
    boolean replace(Entry old, SealedBlob fresh);

    /** How many blobs are sealed under {@code kekVersion}. */
    long countByKekVersion(int kekVersion);
}
