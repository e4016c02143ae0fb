package dev.clavis.storage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A KMIP Locate (KMIP 2.1 §6.1.28) as the store runs it: every filter is a condition in one SQL
 * query, and so is the caller's visibility. An object matches when it matches every filter that is
 * set; no filter set matches every visible object.
 *
 * <p>Start with {@link #visibleTo(String)} (objects the identity owns or holds a grant on) or
 * {@link #all()} (administrators), so that nobody forgets the visibility by accident.
 *
 * @param visibleTo the identity whose objects are searched, or {@code null} for all objects
 * @param objectType Object Type equality
 * @param state State equality
 * @param owner owner equality (an administrator's filter; visibility is {@code visibleTo})
 * @param names Name equality; with several names, an object must carry each of them
 * @param objectGroup Object Group equality
 * @param groupMember the Object Group Member option (KMIP 2.1 §11.33), needs {@code objectGroup}
 * @param cryptographicAlgorithm Cryptographic Algorithm equality
 * @param cryptographicLength Cryptographic Length equality
 * @param usageMask Cryptographic Usage Mask as a subset: the object's mask has every bit set here
 * @param dates inclusive ranges for date attributes
 * @param customAttributes custom attribute equality, by name
 * @param storageStatusMask KMIP 2.1 §12.3: 1 on-line, 2 archival, 4 destroyed; default on-line
 * @param offsetItems objects to skip, Offset Items
 * @param maximumItems the most objects to return, Maximum Items, or {@code null} for no limit
 *     beyond the store's own {@link StoreLimits#maxLocateItems()}
 * @param countLocatedItems whether to count every match for Located Items; counting costs a scan
 *     of all matches when the page does not show the end (KMIP 2.1 §6.1.28 lets the server omit
 *     Located Items), so a server may skip it when the client did not page (no Offset Items)
 * @param objectTypeIn the Object Types the caller may see (a custom role's, ADR 0008), or
 *     {@code null} for every type; a visibility condition like {@code visibleTo}
 */
public record LocateQuery(
        String visibleTo,
        Integer objectType,
        Integer state,
        String owner,
        List<String> names,
        String objectGroup,
        GroupMember groupMember,
        Integer cryptographicAlgorithm,
        Integer cryptographicLength,
        Integer usageMask,
        Map<DateAttribute, DateRange> dates,
        Map<String, String> customAttributes,
        int storageStatusMask,
        int offsetItems,
        Integer maximumItems,
        boolean countLocatedItems,
        java.util.Set<Integer> objectTypeIn) {

    /** Storage Status Mask (KMIP 2.1 §12.3): On-line storage. */
    public static final int ONLINE_STORAGE = 1;
    /** Storage Status Mask (KMIP 2.1 §12.3): Archival storage. */
    public static final int ARCHIVAL_STORAGE = 2;
    /** Storage Status Mask (KMIP 2.1 §12.3): Destroyed storage. */
    public static final int DESTROYED_STORAGE = 4;

    /** Object Group Member option (KMIP 2.1 §11.33). */
    public enum GroupMember {
        /** Group Member Fresh: only objects whose Fresh attribute is true. */
        FRESH,
        /** Group Member Default: the server's default member, here the most recently created one. */
        DEFAULT
    }

    public LocateQuery {
        names = List.copyOf(names);
        dates = dates.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(dates));
        customAttributes = Map.copyOf(customAttributes);
        objectTypeIn = objectTypeIn == null ? null : java.util.Set.copyOf(objectTypeIn);
        if (offsetItems < 0) {
            throw new IllegalArgumentException("offsetItems: " + offsetItems + " (expected: >= 0)");
        }
        if (maximumItems != null && maximumItems < 0) {
            throw new IllegalArgumentException("maximumItems: " + maximumItems + " (expected: >= 0)");
        }
        if ((storageStatusMask & ~7) != 0 || storageStatusMask == 0) {
            throw new IllegalArgumentException("storageStatusMask: " + storageStatusMask + " (expected: 1..7)");
        }
        if (groupMember != null && objectGroup == null) {
            throw new IllegalArgumentException("groupMember: " + groupMember + " (expected: with an objectGroup)");
        }
    }

    /** A query over the objects {@code identity} owns or holds a grant on. */
    public static Builder visibleTo(String identity) {
        if (identity == null) {
            throw new IllegalArgumentException("identity: null (expected: an identity; use all() for administrators)");
        }
        return new Builder(identity);
    }

    /** A query over every object, whoever owns it: for administrators only. */
    public static Builder all() {
        return new Builder(null);
    }

    /** Builds a {@link LocateQuery}. */
    public static final class Builder {
        private final String visibleTo;
        private Integer objectType;
        private Integer state;
        private String owner;
        private final List<String> names = new ArrayList<>();
        private String objectGroup;
        private GroupMember groupMember;
        private Integer cryptographicAlgorithm;
        private Integer cryptographicLength;
        private Integer usageMask;
        private final Map<DateAttribute, DateRange> dates = new EnumMap<>(DateAttribute.class);
        private final Map<String, String> customAttributes = new LinkedHashMap<>();
        private int storageStatusMask = ONLINE_STORAGE;
        private int offsetItems;
        private Integer maximumItems;
        private boolean countLocatedItems = true;
        private java.util.Set<Integer> objectTypeIn;

        private Builder(String visibleTo) {
            this.visibleTo = visibleTo;
        }

        public Builder objectType(int value) { objectType = value; return this; }
        /** Only objects of these Object Types (the caller's role may use no others). */
        public Builder objectTypeIn(java.util.Set<Integer> values) { objectTypeIn = values; return this; }
        public Builder state(int value) { state = value; return this; }
        public Builder owner(String value) { owner = value; return this; }
        public Builder name(String value) { names.add(value); return this; }
        public Builder objectGroup(String value) { objectGroup = value; return this; }
        public Builder groupMember(GroupMember value) { groupMember = value; return this; }
        public Builder cryptographicAlgorithm(int value) { cryptographicAlgorithm = value; return this; }
        public Builder cryptographicLength(int value) { cryptographicLength = value; return this; }
        public Builder usageMask(int value) { usageMask = value; return this; }
        public Builder date(DateAttribute attribute, DateRange range) { dates.put(attribute, range); return this; }
        public Builder customAttribute(String name, String value) { customAttributes.put(name, value); return this; }
        public Builder storageStatusMask(int value) { storageStatusMask = value; return this; }
        public Builder offsetItems(int value) { offsetItems = value; return this; }
        public Builder maximumItems(Integer value) { maximumItems = value; return this; }
        /** Do not count all matches: {@link LocateResult#locatedItems()} is then -1 unless the page shows the end. */
        public Builder withoutLocatedItems() { countLocatedItems = false; return this; }

        public LocateQuery build() {
            return new LocateQuery(visibleTo, objectType, state, owner, names, objectGroup, groupMember,
                    cryptographicAlgorithm, cryptographicLength, usageMask, dates, customAttributes,
                    storageStatusMask, offsetItems, maximumItems, countLocatedItems, objectTypeIn);
        }
    }
}
