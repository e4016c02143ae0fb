package dev.clavis.hsm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The re-seal job's input, in memory: entries by uid in {@link String#compareTo} order, with the
 * compare-and-set {@link #replace} the job relies on. Not a store: it has nothing but blobs.
 */
class MemorySealedBlobSource implements SealedBlobSource {

    final ConcurrentSkipListMap<String, Entry> entries = new ConcurrentSkipListMap<>();
    int pagesServed;

    void put(String uid, String objectType, SealedBlob blob) {
        entries.put(uid, new Entry(uid, objectType, blob));
    }

    SealedBlob blob(String uid) {
        return entries.get(uid).blob();
    }

    @Override
    public synchronized List<Entry> page(String afterUid, int limit) {
        pagesServed++;
        Map<String, Entry> tail = afterUid == null ? entries : entries.tailMap(afterUid, false);
        List<Entry> page = new ArrayList<>();
        for (Entry e : tail.values()) {
            if (page.size() == limit) {
                break;
            }
            page.add(e);
        }
        return page;
    }

    @Override
    public synchronized boolean replace(Entry old, SealedBlob fresh) {
        Entry stored = entries.get(old.uid());
        if (stored == null || !stored.blob().equals(old.blob())) {
            return false;
        }
        entries.put(old.uid(), new Entry(old.uid(), old.objectType(), fresh));
        return true;
    }

    @Override
    public long countByKekVersion(int kekVersion) {
        return entries.values().stream().filter(e -> e.blob().kekVersion() == kekVersion).count();
    }
}
