package dev.clavis.hsm;

/**
 * Where a {@link ResealJob} stands, reported after every page and once at the end.
 *
 * @param targetVersion the KEK version blobs are moved to
 * @param scanned entries read so far
 * @param resealed entries re-sealed and replaced
 * @param alreadyCurrent entries found under the target version already
 * @param vanished entries deleted while the job ran
 * @param conflicts entries still changing after {@link ResealJob#MAX_ATTEMPTS} attempts (left as
 *     they are; a later run picks them up)
 * @param failed entries that did not open (damaged or under a retired KEK; left as they are)
 * @param lastUid the last uid scanned, or null before the first page
 * @param done whether the walk reached the end
 */
public record ResealProgress(int targetVersion, long scanned, long resealed, long alreadyCurrent,
        long vanished, long conflicts, long failed, String lastUid, boolean done) {

    /** Whether every scanned blob now sits under the target version. */
    public boolean complete() {
        return done && conflicts == 0 && failed == 0;
    }

    @Override
    public String toString() {
        return "re-seal to KEK v" + targetVersion + (done ? " done" : "") + ": scanned " + scanned
                + ", re-sealed " + resealed + ", already current " + alreadyCurrent + ", vanished "
                + vanished + ", conflicts " + conflicts + ", failed " + failed
                + (lastUid == null ? "" : ", last uid " + lastUid);
    }
}
