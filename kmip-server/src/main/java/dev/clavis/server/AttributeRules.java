package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.util.HashMap;
import java.util.Map;

/**
 * Who may set which attribute, and how many instances it may have: the "Modifiable by server /
 * client", "Deletable by client" and "Multiple instances permitted" rows of the attribute tables
 * (KMIP 1.4 §3, KMIP 2.1 §4), as one table. The version an attribute appeared in comes from the
 * spec registry (the codec drops newer attributes when rendering).
 *
 * <p>Vendor (2.x) / custom (1.x {@code x-…}) attributes are client-owned and multi-valued.
 * Attributes not in the table are client-settable, single-valued and deletable.
 */
final class AttributeRules {

  /** Who may change an attribute. */
  enum Setter {
    /** Only the server: read-only for clients (Unique Identifier, State, dates it keeps…). */
    SERVER,
    /** The client when the object is created or registered; read-only afterwards. */
    CLIENT_AT_CREATION,
    /** The client, at creation and afterwards. */
    CLIENT
  }

  /** One row of the table. */
  record Rule(int tag, Setter setter, boolean multiValued, boolean deletable) {}

  private static final Map<Integer, Rule> RULES = new HashMap<>();

  static {
    for (int t : new int[] {Tag.UNIQUE_IDENTIFIER, Tag.OBJECT_TYPE, Tag.STATE, Tag.INITIAL_DATE, Tag.LAST_CHANGE_DATE,
        Tag.DIGEST, Tag.DESTROY_DATE, Tag.COMPROMISE_DATE, Tag.COMPROMISE_OCCURRENCE_DATE, Tag.REVOCATION_REASON,
        Tag.KEY_VALUE_PRESENT, Tag.LEASE_TIME, Tag.ARCHIVE_DATE,
        Tag.ALWAYS_SENSITIVE, Tag.NEVER_EXTRACTABLE, Tag.CERTIFICATE_LENGTH, Tag.CERTIFICATE_IDENTIFIER,
        Tag.CERTIFICATE_SUBJECT, Tag.CERTIFICATE_ISSUER, Tag.X_509_CERTIFICATE_IDENTIFIER,
        Tag.X_509_CERTIFICATE_SUBJECT, Tag.X_509_CERTIFICATE_ISSUER, Tag.DIGITAL_SIGNATURE_ALGORITHM,
        Tag.SHORT_UNIQUE_IDENTIFIER, Tag.KEY_FORMAT_TYPE, Tag.PROTECTION_STORAGE_MASK}) {
      put(t, Setter.SERVER, false, false);
    }
    for (int t : new int[] {Tag.CRYPTOGRAPHIC_ALGORITHM, Tag.CRYPTOGRAPHIC_LENGTH, Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS,
        Tag.CERTIFICATE_TYPE, Tag.CRYPTOGRAPHIC_USAGE_MASK, Tag.RANDOM_NUMBER_GENERATOR,
        // KMIP 2.1 §4.55: the client sets the Usage Limits Total; the server keeps the count (UsageLimits).
        Tag.USAGE_LIMITS,
        // KMIP 2.1 §4.38: "MAY be set by the client during a Register operation"; never changed.
        Tag.ORIGINAL_CREATION_DATE,

        // KMIP 2.1 §4.24: initially set by client or server; only the server changes it (Get).
        Tag.FRESH}) {
      put(t, Setter.CLIENT_AT_CREATION, false, false);
    }
    for (int t : new int[] {Tag.NAME, Tag.OBJECT_GROUP, Tag.LINK, Tag.APPLICATION_SPECIFIC_INFORMATION,
        Tag.ALTERNATIVE_NAME, Tag.CRYPTOGRAPHIC_PARAMETERS, Tag.KEY_VALUE_LOCATION}) {
      put(t, Setter.CLIENT, true, true);
    }
    for (int t : new int[] {Tag.ACTIVATION_DATE, Tag.DEACTIVATION_DATE, Tag.PROCESS_START_DATE, Tag.PROTECT_STOP_DATE,
        Tag.CONTACT_INFORMATION, Tag.OPERATION_POLICY_NAME, Tag.DESCRIPTION, Tag.COMMENT, Tag.PKCS_12_FRIENDLY_NAME,
        Tag.SENSITIVE, Tag.EXTRACTABLE}) {
      put(t, Setter.CLIENT, false, true);
    }
  }

  private static void put(int tag, Setter setter, boolean multi, boolean deletable) {
    RULES.put(tag, new Rule(tag, setter, multi, deletable));
  }

  private AttributeRules() {}

  /** The rule for {@code a}. */
  static Rule of(Attribute a) {
    if (a.isVendor()) {
      return new Rule(Tag.ATTRIBUTE, Setter.CLIENT, true, true);
    }
    return RULES.getOrDefault(a.tag(), new Rule(a.tag(), Setter.CLIENT, false, true));
  }

  static boolean multiValued(Attribute a) {
    return of(a).multiValued();
  }

  /**
   * Checks a client may give {@code a} when creating or registering an object (Create, Register,
   * CreateKeyPair templates).
   */
  static void requireSettableAtCreation(Attribute a) {
    if (of(a).setter() == Setter.SERVER) {
      throw new KmipException(ResultReason.ATTRIBUTE_READ_ONLY,
          "Attribute " + a.name() + ": set by the client (expected: set by the server only)");
    }
  }

  /** Checks a client may add, set or modify {@code a} on an existing object. */
  static void requireModifiable(Attribute a) {
    if (of(a).setter() != Setter.CLIENT) {
      throw new KmipException(ResultReason.ATTRIBUTE_READ_ONLY,
          "Attribute " + a.name() + ": changed by the client (expected: an attribute the client may modify)");
    }
  }

  /** Checks a client may delete {@code a}. */
  static void requireDeletable(Attribute a) {
    if (of(a).setter() != Setter.CLIENT || !of(a).deletable()) {
      throw new KmipException(ResultReason.ATTRIBUTE_READ_ONLY,
          "Attribute " + a.name() + ": deleted by the client (expected: an attribute the client may delete)");
    }
  }

  /**
   * The client attributes of a Create, Register or CreateKeyPair request, checked: none set by
   * the server only, single-valued attributes given once. The 1.x templates it names (KMIP 1.4
   * §2.1.8, deprecated in 1.3) are applied first ({@link Templates#resolve}); Operation Policy
   * Name is accepted and kept.
   */
  static Attributes forCreation(Attributes requested, RequestContext ctx) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    java.util.List<Attribute> kept = new java.util.ArrayList<>();
    for (Attribute a : Templates.resolve(requested, ctx)) {
      requireSettableAtCreation(a);
      if (!multiValued(a) && !seen.add(a.tag())) {
        throw new KmipException(ResultReason.ATTRIBUTE_SINGLE_VALUED,
            "Attribute " + a.name() + ": given twice (expected: once, it is single-valued)");
      }
      kept.add(a.withIndex(null));
    }
    return Attributes.of(kept);
  }

  /** Whether {@code x} is an instance of the same attribute as {@code a} (same tag; same vendor name). */
  static boolean sameAttribute(Attribute x, Attribute a) {
    return x.tag() == a.tag() && (!a.isVendor() || x.name().equals(a.name()));
  }

  /** The instances of {@code a}'s attribute in {@code all}, in order. */
  static java.util.List<Attribute> instances(Attributes all, Attribute a) {
    return all.list().stream().filter(x -> sameAttribute(x, a)).toList();
  }

  /** {@code all} with {@code old} (compared by identity) replaced by {@code replacement}, or removed when it is null. */
  static Attributes replace(Attributes all, Attribute old, Attribute replacement) {
    java.util.List<Attribute> out = new java.util.ArrayList<>(all.size());
    for (Attribute x : all) {
      if (x == old) {
        if (replacement != null) {
          out.add(replacement);
        }
      } else {
        out.add(x);
      }
    }
    return new Attributes(out, all.templateNames());
  }

  /** An attribute not found on the object: Attribute Not Found (2.x), Invalid Field (1.x). */
  static KmipException notFound(String name) {
    return new KmipException(ResultReason.ATTRIBUTE_NOT_FOUND,
        "Attribute " + name + ": not on the object (expected: an existing attribute instance)");
  }

  /**
   * The Activation Date may be changed only while the object is Pre-Active (KMIP 1.4 §3.24, KMIP
   * 2.1 §4.2); Wrong Key Lifecycle State (Permission Denied for 1.x) otherwise.
   */
  static void requireChangeableInState(Attribute a, dev.clavis.codec.spec.State state) {
    if (!a.isVendor() && a.tag() == Tag.ACTIVATION_DATE && state != dev.clavis.codec.spec.State.PRE_ACTIVE) {
      throw new KmipException(ResultReason.WRONG_KEY_LIFECYCLE_STATE, "Activation Date: changed in state "
          + state.specName() + " (expected: Pre-Active)");
    }
  }
}
