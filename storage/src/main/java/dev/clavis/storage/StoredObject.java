package dev.clavis.storage;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One managed object as the store keeps it: the attributes Locate filters on as typed fields
 * (each one a column), the full attribute set in one encoded form ({@link #attributes()}, opaque:
 * the server stores TTLV there), the sealed key material (opaque, never plain key bytes), and a
 * {@link #version()} for optimistic concurrency.
 *
 * <p>Enumerations are KMIP integer values: {@code objectType} is an Object Type (KMIP 2.1 §11.34),
 * {@code state} a State (§11.46), {@code cryptographicAlgorithm} a Cryptographic Algorithm
 * (§11.12); {@code usageMask} is a Cryptographic Usage Mask (§12.4).
 *
 * <p>Byte arrays are copied in and out. {@link #toString()} prints their lengths only; {@code
 * equals} compares arrays by content.
 *
 * @param uid the Unique Identifier (KMIP 2.1 §4.50); a UUID from {@link ObjectStore#newUid()}
 * @param owner the identity that owns the object (DESIGN §5)
 * @param names the Name values (KMIP 2.1 §4.40), unique within the server
 * @param objectGroups the Object Group values (KMIP 2.1 §4.41)
 * @param fresh the Fresh attribute (KMIP 2.1 §4.24), for Object Group Member "Group Member Fresh"
 * @param archived whether the object is in archival storage (Storage Status Mask, KMIP 2.1 §12.3)
 * @param customAttributes custom attributes (names starting {@code x-} or {@code y-}) by name
 * @param attributes the full attribute set in one encoded form, opaque to the store
 * @param sealedMaterial the key material sealed by the key protection, or {@code null} (none, or
 *     erased by Destroy)
 * @param kekVersion the version of the key-encryption key that sealed the material, or {@code null}
 * @param version the row version: 1 after create, +1 on every change; ignored on create
 */
public record StoredObject(
        String uid,
        int objectType,
        int state,
        String owner,
        List<String> names,
        List<String> objectGroups,
        Integer cryptographicAlgorithm,
        Integer cryptographicLength,
        Integer usageMask,
        Instant initialDate,
        Instant activationDate,
        Instant deactivationDate,
        Instant destroyDate,
        Instant compromiseDate,
        Instant lastChangeDate,
        boolean fresh,
        boolean archived,
        Map<String, String> customAttributes,
        byte[] attributes,
        byte[] sealedMaterial,
        Integer kekVersion,
        long version) {

    /** KMIP 2.1 §11.46 State: Pre-Active. */
    public static final int STATE_PRE_ACTIVE = 1;
    /** KMIP 2.1 §11.46 State: Active. */
    public static final int STATE_ACTIVE = 2;
    /** KMIP 2.1 §11.46 State: Deactivated. */
    public static final int STATE_DEACTIVATED = 3;
    /** KMIP 2.1 §11.46 State: Compromised. */
    public static final int STATE_COMPROMISED = 4;
    /** KMIP 2.1 §11.46 State: Destroyed. */
    public static final int STATE_DESTROYED = 5;
    /** KMIP 2.1 §11.46 State: Destroyed Compromised. */
    public static final int STATE_DESTROYED_COMPROMISED = 6;

    public StoredObject {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(owner, "owner");
        names = List.copyOf(names);
        objectGroups = List.copyOf(objectGroups);
        customAttributes = customAttributes.isEmpty()
                ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(customAttributes));
        attributes = attributes == null ? new byte[0] : attributes.clone();
        sealedMaterial = sealedMaterial == null ? null : sealedMaterial.clone();
    }

    /** A builder for a new object; the other fields default to empty / {@code null}. */
    public static Builder builder(String uid, int objectType, int state, String owner) {
        return new Builder(uid, objectType, state, owner);
    }

    /** A builder initialised with every field of this object, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether the object is in state Destroyed or Destroyed Compromised. */
    public boolean destroyed() {
        return state == STATE_DESTROYED || state == STATE_DESTROYED_COMPROMISED;
    }

    @Override
    public byte[] attributes() {
        return attributes.clone();
    }

    @Override
    public byte[] sealedMaterial() {
        return sealedMaterial == null ? null : sealedMaterial.clone();
    }

    /** The length of {@link #sealedMaterial()} without copying it, or -1 when there is none. */
    public int sealedMaterialLength() {
        return sealedMaterial == null ? -1 : sealedMaterial.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredObject that
                && objectType == that.objectType && state == that.state
                && fresh == that.fresh && archived == that.archived && version == that.version
                && uid.equals(that.uid) && owner.equals(that.owner)
                && names.equals(that.names) && objectGroups.equals(that.objectGroups)
                && Objects.equals(cryptographicAlgorithm, that.cryptographicAlgorithm)
                && Objects.equals(cryptographicLength, that.cryptographicLength)
                && Objects.equals(usageMask, that.usageMask)
                && Objects.equals(initialDate, that.initialDate)
                && Objects.equals(activationDate, that.activationDate)
                && Objects.equals(deactivationDate, that.deactivationDate)
                && Objects.equals(destroyDate, that.destroyDate)
                && Objects.equals(compromiseDate, that.compromiseDate)
                && Objects.equals(lastChangeDate, that.lastChangeDate)
                && customAttributes.equals(that.customAttributes)
                && Arrays.equals(attributes, that.attributes)
                && Arrays.equals(sealedMaterial, that.sealedMaterial)
                && Objects.equals(kekVersion, that.kekVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uid, version, state);
    }

    /** Every field but the byte arrays, which are shown by length only (no key bytes in logs). */
    @Override
    public String toString() {
        return "StoredObject[uid=" + uid + ", objectType=" + objectType + ", state=" + state
                + ", owner=" + owner + ", names=" + names + ", objectGroups=" + objectGroups
                + ", cryptographicAlgorithm=" + cryptographicAlgorithm
                + ", cryptographicLength=" + cryptographicLength + ", usageMask=" + usageMask
                + ", initialDate=" + initialDate + ", activationDate=" + activationDate
                + ", deactivationDate=" + deactivationDate + ", destroyDate=" + destroyDate
                + ", compromiseDate=" + compromiseDate + ", lastChangeDate=" + lastChangeDate
                + ", fresh=" + fresh + ", archived=" + archived
                + ", customAttributes=" + customAttributes
                + ", attributes=<" + attributes.length + " bytes>"
                + ", sealedMaterial=" + (sealedMaterial == null ? "null" : "<" + sealedMaterial.length + " bytes>")
                + ", kekVersion=" + kekVersion + ", version=" + version + "]";
    }

    /** Builds a {@link StoredObject}; see the record's fields for their meaning. */
    public static final class Builder {
        private String uid;
        private int objectType;
        private int state;
        private String owner;
        private List<String> names = List.of();
        private List<String> objectGroups = List.of();
        private Integer cryptographicAlgorithm;
        private Integer cryptographicLength;
        private Integer usageMask;
        private Instant initialDate;
        private Instant activationDate;
        private Instant deactivationDate;
        private Instant destroyDate;
        private Instant compromiseDate;
        private Instant lastChangeDate;
        private boolean fresh = true;
        private boolean archived;
        private Map<String, String> customAttributes = Map.of();
        private byte[] attributes = new byte[0];
        private byte[] sealedMaterial;
        private Integer kekVersion;
        private long version;

        private Builder(String uid, int objectType, int state, String owner) {
            this.uid = uid;
            this.objectType = objectType;
            this.state = state;
            this.owner = owner;
        }

        private Builder(StoredObject o) {
            this(o.uid, o.objectType, o.state, o.owner);
            names = o.names;
            objectGroups = o.objectGroups;
            cryptographicAlgorithm = o.cryptographicAlgorithm;
            cryptographicLength = o.cryptographicLength;
            usageMask = o.usageMask;
            initialDate = o.initialDate;
            activationDate = o.activationDate;
            deactivationDate = o.deactivationDate;
            destroyDate = o.destroyDate;
            compromiseDate = o.compromiseDate;
            lastChangeDate = o.lastChangeDate;
            fresh = o.fresh;
            archived = o.archived;
            customAttributes = o.customAttributes;
            attributes = o.attributes;
            sealedMaterial = o.sealedMaterial;
            kekVersion = o.kekVersion;
            version = o.version;
        }

        public Builder uid(String value) { uid = value; return this; }
        public Builder objectType(int value) { objectType = value; return this; }
        public Builder state(int value) { state = value; return this; }
        public Builder owner(String value) { owner = value; return this; }
        public Builder names(List<String> value) { names = value; return this; }
        public Builder objectGroups(List<String> value) { objectGroups = value; return this; }
        public Builder cryptographicAlgorithm(Integer value) { cryptographicAlgorithm = value; return this; }
        public Builder cryptographicLength(Integer value) { cryptographicLength = value; return this; }
        public Builder usageMask(Integer value) { usageMask = value; return this; }
        public Builder initialDate(Instant value) { initialDate = value; return this; }
        public Builder activationDate(Instant value) { activationDate = value; return this; }
        public Builder deactivationDate(Instant value) { deactivationDate = value; return this; }
        public Builder destroyDate(Instant value) { destroyDate = value; return this; }
        public Builder compromiseDate(Instant value) { compromiseDate = value; return this; }
        public Builder lastChangeDate(Instant value) { lastChangeDate = value; return this; }
        public Builder fresh(boolean value) { fresh = value; return this; }
        public Builder archived(boolean value) { archived = value; return this; }
        public Builder customAttributes(Map<String, String> value) { customAttributes = value; return this; }
        public Builder attributes(byte[] value) { attributes = value; return this; }
        public Builder sealedMaterial(byte[] value) { sealedMaterial = value; return this; }
        public Builder kekVersion(Integer value) { kekVersion = value; return this; }
        public Builder version(long value) { version = value; return this; }

        public StoredObject build() {
            return new StoredObject(uid, objectType, state, owner, names, objectGroups,
                    cryptographicAlgorithm, cryptographicLength, usageMask, initialDate,
                    activationDate, deactivationDate, destroyDate, compromiseDate, lastChangeDate,
                    fresh, archived, customAttributes, attributes, sealedMaterial, kekVersion, version);
        }
    }
}
