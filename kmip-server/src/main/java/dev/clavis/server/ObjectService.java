package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import dev.clavis.hsm.SealedBlob;
import dev.clavis.storage.StoredObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The managed objects as one client sees them, inside one batch item's transaction: loading
 * (with the access policy and the effective lifecycle state applied), creating (server-maintained
 * attributes added, material sealed), updating (Last Change Date kept) and destroying (material
 * erased, metadata kept).
 */
final class ObjectService {

  private final RequestContext ctx;

  ObjectService(RequestContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The object {@code uid}, or Item Not Found — also when it exists but belongs to someone else
   * (the client learns nothing about objects it may not see).
   */
  LoadedObject load(String uid) {
    return load(uid, false);
  }

  /** As {@link #load}, locking the row until the item's transaction ends (read-modify-write). */
  LoadedObject loadForUpdate(String uid) {
    return load(uid, true);
  }

  /**
   * As {@link #loadForUpdate}, archived objects included: for Recover (KMIP 1.4 §4.23, KMIP 2.1
   * §6.1.44), the one operation that reaches an archived object.
   */
  LoadedObject loadArchivedForUpdate(String uid) {
    return load(uid, true, true);
  }

  private LoadedObject load(String uid, boolean forUpdate) {
    return load(uid, forUpdate, false);
  }

  /**
   * An archived object is Object Archived for every operation but Recover (KMIP 1.4 §11, KMIP 2.1
   * §11.1: "The object SHALL be recovered from the archive before performing the operation").
   */
  private LoadedObject load(String uid, boolean forUpdate, boolean archivedToo) {
    Optional<StoredObject> found = ctx.tx.find(uid);
    if (found.isEmpty()) {
      throw notFound(uid);
    }
    switch (ctx.services.access().decide(ctx.client, found.get(), ctx.tx, ctx.operation)) {
      case INVISIBLE -> throw notFound(uid);
      case DENIED -> throw new KmipException(ResultReason.PERMISSION_DENIED, "operation: "
          + (ctx.operation == null ? "this" : ctx.operation.specName()) + " on " + uid
          + " (expected: one this identity's role or grant allows)");
      case NOT_AUTHORISED -> throw new KmipException(ResultReason.NOT_AUTHORISED, "operation: "
          + (ctx.operation == null ? "this" : ctx.operation.specName()) + " on " + uid
          + " (expected: one the Rights of the request's ticket name)");
      case ALLOWED -> { }
    }
    StoredObject s = forUpdate ? ctx.tx.getForUpdate(uid) : found.get();
    if (s.archived() && !archivedToo) {
      throw new KmipException(ResultReason.OBJECT_ARCHIVED,
          "Unique Identifier: " + uid + " is archived (expected: an on-line object; Recover it first)");
    }
    return withEffectiveState(s);
  }

  static KmipException notFound(String uid) {
    return new KmipException(ResultReason.OBJECT_NOT_FOUND,
        "Unique Identifier: " + uid + " (expected: an existing object visible to this client)");
  }

  /** The object with its State attribute set to the state at the request's time. */
  LoadedObject withEffectiveState(StoredObject s) {
    Attributes a = ManagedObjects.decodeAttributes(s.attributes());
    State stored = State.fromValue(s.state());
    State effective = LifecycleStates.effective(stored, s.activationDate(), s.deactivationDate(), ctx.now);
    if (effective != stored || a.get(Tag.STATE).isEmpty()) {
      a = a.set(Attribute.of(TtlvItem.enumeration(Tag.STATE, effective.value())));
    }
    return new LoadedObject(s, a);
  }

  /**
   * Creates an object from client attributes (already checked) plus the server-maintained ones:
   * Unique Identifier, Object Type, State (Active at once when the Activation Date is not after
   * now), Initial Date, Last Change Date, Original Creation Date (not for Register), Fresh, Key
   * Value Present (when false), Lease Time ({@link LeasePolicy}), Protection Storage Mask, Digest,
   * Sensitive, Extractable, Always Sensitive, Never Extractable, Certificate Type / Length and the
   * attributes derived from an X.509 certificate ({@link CertificateAttributes}). An object that
   * must be Quantum Safe and cannot be is refused ({@link QuantumSafety}). A 1.x Template gets
   * neither Fresh nor the Sensitive / Extractable family.
   *
   * @param object the managed object with its material; sealed here, the caller wipes it
   */
  LoadedObject create(String uid, ManagedObject object, Attributes clientAttributes) {
    ObjectType type = object.objectType();
    ctx.services.access().checkCreate(ctx.client, type);
    Attributes a = clientAttributes;
    QuantumSafety.check(a);
    Instant activation = a.dateTime(Tag.ACTIVATION_DATE).orElse(null);
    Instant deactivation = a.dateTime(Tag.DEACTIVATION_DATE).orElse(null);
    State state = LifecycleStates.initial(activation, deactivation, ctx.now);
    a = a.set(Attribute.of(TtlvItem.text(Tag.UNIQUE_IDENTIFIER, uid)))
        .set(Attribute.of(TtlvItem.enumeration(Tag.OBJECT_TYPE, type.value())))
        .set(Attribute.of(TtlvItem.enumeration(Tag.STATE, state.value())))
        .set(ManagedObjects.date(Tag.INITIAL_DATE, ctx.now))
        .set(ManagedObjects.date(Tag.LAST_CHANGE_DATE, ctx.now));
    boolean template = type == ObjectType.TEMPLATE;
    if (!template) {
      // Fresh and Sensitive / Extractable apply to cryptographic objects, not to a 1.x Template
      // (KMIP 1.4 §3.34, §3.48–§3.51: "Applies to Object Types").
      // KMIP 2.1 §4.24: True "unless the client provides a False value in Register or Import".
      a = a.set(Attribute.of(TtlvItem.bool(Tag.FRESH, clientAttributes.bool(Tag.FRESH).orElse(true))));
    }
    // Original Creation Date (KMIP 2.1 §4.38): the client's, if any, for a registered object;
    // Initial Date for every object the server generates.
    if (ctx.operation != dev.clavis.codec.spec.Operation.REGISTER) {
      a = a.set(ManagedObjects.date(Tag.ORIGINAL_CREATION_DATE, ctx.now));
    }
    if (LeasePolicy.appliesTo(type)) {
      a = a.set(ctx.services.lease().attribute());
    }
    a = a.set(Attribute.of(TtlvItem.integer(Tag.PROTECTION_STORAGE_MASK, protectionStorageMask())));
    // Sensitive / Extractable (KMIP 1.4 §3.48–§3.51): false / true unless the client said
    // otherwise; Always Sensitive and Never Extractable follow from them at creation.
    boolean sensitive = a.bool(Tag.SENSITIVE).orElse(false);
    boolean extractable = a.bool(Tag.EXTRACTABLE).orElse(true);
    if (!template) {
      a = a.set(Attribute.of(TtlvItem.bool(Tag.SENSITIVE, sensitive)))
          .set(Attribute.of(TtlvItem.bool(Tag.EXTRACTABLE, extractable)))
          .set(Attribute.of(TtlvItem.bool(Tag.ALWAYS_SENSITIVE, sensitive)))
          .set(Attribute.of(TtlvItem.bool(Tag.NEVER_EXTRACTABLE, !extractable)));
    }
    if (object instanceof dev.clavis.codec.Certificate c) {
      a = a.set(Attribute.of(TtlvItem.enumeration(Tag.CERTIFICATE_TYPE, c.certificateType().value())))
          .set(Attribute.of(TtlvItem.integer(Tag.CERTIFICATE_LENGTH, c.certificateValue().length)));
      if (c.certificateType() == dev.clavis.codec.spec.CertificateType.X_509) {
        // Derived from the certificate itself; they replace whatever the client sent for them.
        java.util.List<Attribute> derived = CertificateAttributes.of(c.certificateValue());
        for (Attribute d : derived) {
          a = a.without(d.tag());
        }
        for (Attribute d : derived) {
          a = a.with(d);
        }
      }
      // Key Format Type of a certificate value: Raw, its DER as it is (KMIP 2.1 §4.26, §11.16).
      a = a.set(Attribute.of(TtlvItem.enumeration(Tag.KEY_FORMAT_TYPE, dev.clavis.codec.spec.KeyFormatType.RAW.value())));
    }
    a = a.set(Attribute.of(TtlvItem.bytes(Tag.SHORT_UNIQUE_IDENTIFIER, shortUid(uid))));
    dev.clavis.codec.KeyBlock kb = ManagedObjects.keyBlock(object);
    if (kb != null && kb.keyValue() == null) {
      // Key Value Present (KMIP 1.4 §3.57, KMIP 2.1 §4.28): created, false, when the Key Value is
      // absent from the Key Block (Register of a key kept elsewhere, see Key Value Location).
      a = a.set(Attribute.of(TtlvItem.bool(Tag.KEY_VALUE_PRESENT, false)));
    }
    if (kb != null) {
      // Key Format Type is an attribute from KMIP 2.0 (§4.26); never rendered for 1.x (see GetAttributesHandler).
      a = a.set(Attribute.of(TtlvItem.enumeration(Tag.KEY_FORMAT_TYPE, kb.keyFormatType().value())));
    }
    List<Attribute> digests = ManagedObjects.digests(object);
    for (int i = 0; i < digests.size(); i++) {
      a = i == 0 ? a.set(digests.get(i)) : a.with(digests.get(i));
    }
    SealedBlob blob = ManagedObjects.seal(ctx.services.keyProtection(), uid, object);
    StoredObject.Builder b = StoredObject.builder(uid, type.value(), state.value(), ctx.owner())
        .sealedMaterial(blob.bytes())
        .kekVersion(blob.kekVersion());
    ManagedObjects.columns(b, a);
    StoredObject stored = ctx.tx.create(b.build());
    return new LoadedObject(stored, a);
  }

  /**
   * The Protection Storage Mask (KMIP 2.0 §4.44, KMIP 2.1 §4.44, values §12.2) of what this server
   * stores: Hardware when the key-encryption key that seals it is held by a PKCS#11 token,
   * Software otherwise.
   */
  int protectionStorageMask() {
    return "pkcs11".equals(ctx.services.keyProtection().kind()) ? PROTECTION_HARDWARE : PROTECTION_SOFTWARE;
  }

  /** Protection Storage Mask bits (KMIP 2.1 §12.2). */
  static final int PROTECTION_SOFTWARE = 0x00000001;
  static final int PROTECTION_HARDWARE = 0x00000002;

  /** Short Unique Identifier (KMIP 2.1 §4.51): the SHA-256 of the Unique Identifier. */
  static byte[] shortUid(String uid) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(uid.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /**
   * Stores changed attributes (and the state they carry, moved on by any Activation or
   * Deactivation Date that has come), setting Last Change Date.
   */
  LoadedObject update(LoadedObject o, Attributes changed) {
    Attributes a = changed.set(ManagedObjects.date(Tag.LAST_CHANGE_DATE, ctx.now));
    State carried = State.fromValue(a.enumeration(Tag.STATE).orElse(o.stored().state()));
    State effective = LifecycleStates.effective(carried, a.dateTime(Tag.ACTIVATION_DATE).orElse(null),
        a.dateTime(Tag.DEACTIVATION_DATE).orElse(null), ctx.now);
    if (effective != carried) {
      a = a.set(Attribute.of(TtlvItem.enumeration(Tag.STATE, effective.value())));
    }
    StoredObject.Builder b = o.stored().toBuilder();
    ManagedObjects.columns(b, a);
    StoredObject stored = ctx.tx.update(b.build());
    return new LoadedObject(stored, a);
  }

  /**
   * Records that the object was served by Get: Fresh becomes False (KMIP 2.1 §4.24: "as soon as
   * the object has been served via the Get operation"). A server-side change, not a client
   * modification: Last Change Date is kept. The row is re-read under lock, so a concurrent change
   * of other attributes is not lost.
   */
  void served(LoadedObject o) {
    if (!o.attributes().bool(Tag.FRESH).orElse(false)) {
      return;
    }
    LoadedObject locked = loadForUpdate(o.stored().uid());
    Attributes a = locked.attributes().set(Attribute.of(TtlvItem.bool(Tag.FRESH, false)));
    StoredObject.Builder b = locked.stored().toBuilder();
    ManagedObjects.columns(b, a);
    ctx.tx.update(b.build());
  }

  /**
   * Import (KMIP 2.1 §6.1.25): "all attributes MUST be set to the supplied values rather than any
   * server generated values". The object is stored as {@link #create} does (material sealed,
   * server attributes computed), then every attribute the client supplied replaces the server's
   * instances of that attribute; the ones it did not supply keep the server's values. When
   * {@code existing} is given (Replace Existing), that row is overwritten — material and
   * attributes — and keeps its owner; otherwise a new row is created, owned by the caller.
   *
   * @param object the object with its material; sealed here, the caller wipes it
   */
  LoadedObject imported(String uid, ManagedObject object, Attributes supplied, LoadedObject existing) {
    LoadedObject base;
    if (existing == null) {
      base = create(uid, object, Attributes.empty());
    } else {
      SealedBlob blob = ManagedObjects.seal(ctx.services.keyProtection(), uid, object);
      StoredObject resealed = ctx.tx.updateSealedMaterial(uid, existing.stored().version(), blob.bytes(), blob.kekVersion());
      Attributes server = Attributes.empty()
          .set(Attribute.of(TtlvItem.text(Tag.UNIQUE_IDENTIFIER, uid)))
          .set(Attribute.of(TtlvItem.enumeration(Tag.OBJECT_TYPE, object.objectType().value())));
      List<Attribute> digests = ManagedObjects.digests(object);
      for (int i = 0; i < digests.size(); i++) {
        server = i == 0 ? server.set(digests.get(i)) : server.with(digests.get(i));
      }
      base = new LoadedObject(resealed, server);
    }
    java.util.Set<Integer> given = new java.util.HashSet<>();
    java.util.Set<String> givenVendor = new java.util.HashSet<>();
    for (Attribute x : supplied) {
      if (x.isVendor()) {
        givenVendor.add(x.name());
      } else {
        given.add(x.tag());
      }
    }
    java.util.List<Attribute> merged = new java.util.ArrayList<>();
    supplied.forEach(merged::add);
    for (Attribute x : base.attributes()) {
      if (x.isVendor() ? !givenVendor.contains(x.name()) : !given.contains(x.tag())) {
        merged.add(x);
      }
    }
    Attributes a = Attributes.of(merged);
    StoredObject.Builder b = base.stored().toBuilder();
    b.objectType(object.objectType().value());
    ManagedObjects.columns(b, a);
    StoredObject stored = ctx.tx.update(b.build());
    return new LoadedObject(stored, a);
  }

  /** Erases the material and stores the destroyed state and attributes (KMIP 2.1 §6.1.15). */
  LoadedObject destroy(LoadedObject o, Attributes changed) {
    Attributes a = changed.set(ManagedObjects.date(Tag.LAST_CHANGE_DATE, ctx.now));
    StoredObject.Builder b = o.stored().toBuilder();
    ManagedObjects.columns(b, a);
    StoredObject stored = ctx.tx.destroy(b.build());
    return new LoadedObject(stored, a);
  }

  /** The object's managed object with its material, opened; the caller wipes it. */
  ManagedObject material(LoadedObject o) {
    return ManagedObjects.unseal(ctx.services.keyProtection(), o.stored());
  }
}
