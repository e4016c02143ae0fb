package dev.clavis.storage;

import java.util.List;

/**
 * The answer to a {@link LocateQuery}: the unique identifiers of the page asked for (after Offset
 * Items, at most Maximum Items), most recently created first (KMIP 2.1 §6.1.28), and the number
 * of all objects that matched, for the Located Items field, or -1 when the query asked not to
 * count ({@link LocateQuery.Builder#withoutLocatedItems()}) and the page did not show the end.
 */
public record LocateResult(List<String> uids, long locatedItems) {
    public LocateResult {
        uids = List.copyOf(uids);
    }
}
