package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.Certificate;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KeyMaterial;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.OpaqueObject;
import dev.clavis.codec.PGPKey;
import dev.clavis.codec.PrivateKey;
import dev.clavis.codec.PublicKey;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SplitKey;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.HashingAlgorithm;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import dev.clavis.hsm.KeyProtection;
import dev.clavis.hsm.SealedBlob;
import dev.clavis.storage.DateAttribute;
import dev.clavis.storage.StoredObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between the typed model (managed objects and {@link Attributes}) and the store's
 * {@link StoredObject}:
 *
 * <ul>
 *   <li>the full attribute set is kept as the TTLV encoding of a KMIP 2.1 {@code Attributes}
 *       structure (the store's opaque encoded form), and the attributes Locate filters on are
 *       copied into the indexed columns;
 *   <li>the managed object itself (its Key Block with the key material, or the certificate /
 *       opaque value) is kept as the TTLV encoding of its KMIP 2.1 structure, sealed by {@link
 *       KeyProtection#seal} with the object's Unique Identifier and Object Type as associated data.
 *       Every object type is sealed the same way, public keys and certificates included: one code
 *       path, and nothing readable in the database. The plaintext encoding is wiped after use.
 * </ul>
 */
final class ManagedObjects {

  /** Limits for decoding what this server stored itself. */
  private static final TtlvLimits STORED = TtlvLimits.DEFAULT;

  private ManagedObjects() {}

  // ---- attributes ---------------------------------------------------------------------------

  /**
   * Every attribute, in the 2.x item form but without any version filtering: attributes removed
   * in 2.0 that 1.x clients set (Operation Policy Name, Certificate Identifier …) are kept and
   * rendered for the versions that have them.
   */
  static byte[] encodeAttributes(Attributes attributes) {
    List<TtlvItem> items = new ArrayList<>(attributes.size());
    for (Attribute a : attributes) {
      items.add(a.toV2());
    }
    return TtlvEncoder.encode(TtlvItem.structure(Tag.ATTRIBUTES, items));
  }

  static Attributes decodeAttributes(byte[] encoded) {
    if (encoded.length == 0) {
      return Attributes.empty();
    }
    return Attributes.fromAttributes(TtlvDecoder.decode(encoded, STORED));
  }

  /**
   * Fills the indexed columns of {@code b} from {@code attributes} (State, Name, Object Group,
   * Cryptographic Algorithm / Length / Usage Mask, dates, Fresh, archived when an Archive Date is
   * present, custom text attributes) and the encoded attribute set.
   */
  static StoredObject.Builder columns(StoredObject.Builder b, Attributes attributes) {
    attributes.enumeration(Tag.STATE).ifPresent(b::state);
    // A destroyed object keeps its Names; the store releases them for reuse (KMIP 2.1 §4.40).
    b.names(attributes.names().stream().map(dev.clavis.codec.Name::value).toList());
    List<String> groups = new ArrayList<>();
    for (Attribute a : attributes.all(Tag.OBJECT_GROUP)) {
      if (a.value() instanceof TtlvItem.Text t) {
        groups.add(t.value());
      }
    }
    b.objectGroups(groups);
    b.cryptographicAlgorithm(attributes.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM).orElse(null));
    b.cryptographicLength(attributes.integer(Tag.CRYPTOGRAPHIC_LENGTH).orElse(null));
    b.usageMask(attributes.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK).orElse(null));
    b.initialDate(attributes.dateTime(Tag.INITIAL_DATE).orElse(null));
    b.activationDate(attributes.dateTime(Tag.ACTIVATION_DATE).orElse(null));
    b.deactivationDate(attributes.dateTime(Tag.DEACTIVATION_DATE).orElse(null));
    b.destroyDate(attributes.dateTime(Tag.DESTROY_DATE).orElse(null));
    b.compromiseDate(attributes.dateTime(Tag.COMPROMISE_DATE).orElse(null));
    b.lastChangeDate(attributes.dateTime(Tag.LAST_CHANGE_DATE).orElse(null));
    b.fresh(attributes.bool(Tag.FRESH).orElse(false));
    b.archived(attributes.dateTime(Tag.ARCHIVE_DATE).isPresent());
    Map<String, String> custom = new LinkedHashMap<>();
    for (Attribute a : attributes) {
      if (a.isVendor() && (a.vendorIdentification().equals("x") || a.vendorIdentification().equals("y"))
          && a.value() instanceof TtlvItem.Text t) {
        custom.putIfAbsent(a.name(), t.value());
      }
    }
    b.customAttributes(custom);
    b.attributes(encodeAttributes(attributes));
    return b;
  }

  /** The date columns by attribute tag, for Locate. */
  static DateAttribute dateColumn(int tag) {
    if (tag == Tag.INITIAL_DATE) {
      return DateAttribute.INITIAL_DATE;
    } else if (tag == Tag.ACTIVATION_DATE) {
      return DateAttribute.ACTIVATION_DATE;
    } else if (tag == Tag.DEACTIVATION_DATE) {
      return DateAttribute.DEACTIVATION_DATE;
    } else if (tag == Tag.DESTROY_DATE) {
      return DateAttribute.DESTROY_DATE;
    } else if (tag == Tag.COMPROMISE_DATE) {
      return DateAttribute.COMPROMISE_DATE;
    } else if (tag == Tag.LAST_CHANGE_DATE) {
      return DateAttribute.LAST_CHANGE_DATE;
    }
    return null;
  }

  // ---- material -----------------------------------------------------------------------------

  /** The name sealed into the associated data: the Object Type as KMIP XML writes it. */
  static String sealName(ObjectType t) {
    return t.xmlName();
  }

  /** Seals {@code object} for {@code uid}; the plaintext encoding is wiped before returning. */
  static SealedBlob seal(KeyProtection kp, String uid, ManagedObject object) {
    byte[] plain = TtlvEncoder.encode(object.toTtlv(KmipVersion.V2_1));
    try {
      return kp.seal(uid, sealName(object.objectType()), plain);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /** Opens the sealed object of {@code stored}; the caller wipes the result. */
  static ManagedObject unseal(KeyProtection kp, StoredObject stored) {
    byte[] sealed = stored.sealedMaterial();
    ObjectType type = ObjectType.fromValue(stored.objectType());
    if (sealed == null) {
      throw new KmipException(stored.destroyed() ? ResultReason.OBJECT_DESTROYED : ResultReason.KEY_VALUE_NOT_PRESENT,
          "Unique Identifier " + stored.uid() + ": no key material (expected: an object whose material was not destroyed)");
    }
    byte[] plain = kp.unseal(stored.uid(), sealName(type), SealedBlob.of(sealed));
    try {
      return ManagedObject.fromTtlv(TtlvDecoder.decode(plain, STORED));
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /** The Key Block of an object that has one, else {@code null}. */
  static KeyBlock keyBlock(ManagedObject o) {
    return switch (o) {
      case SymmetricKey k -> k.keyBlock();
      case PrivateKey k -> k.keyBlock();
      case PublicKey k -> k.keyBlock();
      case SecretData k -> k.keyBlock();
      case SplitKey k -> k.keyBlock();
      case PGPKey k -> k.keyBlock();
      case Certificate c -> null;
      case OpaqueObject op -> null;
      case dev.clavis.codec.Template t -> null;
    };
  }

  /**
   * The Digest attribute (KMIP 1.4 §3.17, KMIP 2.1 §4.20): SHA-256 over the key material bytes
   * (the encoding of a transparent key structure), the certificate or the opaque value.
   */
  static Attribute digest(ManagedObject o) {
    KeyBlock block = keyBlock(o);
    byte[] data = switch (o) {
      case Certificate c -> c.certificateValue();
      case OpaqueObject op -> op.opaqueDataValue();
      default -> {
        KeyBlock kb = keyBlock(o);
        KeyMaterial m = kb == null ? null : kb.keyMaterial();
        if (m == null) {
          yield null;
        }
        yield m.isTransparent() ? TtlvEncoder.encode(m.structure()) : m.bytes();
      }
    };
    if (data == null) {
      return null;
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(data);
      List<TtlvItem> fields = new ArrayList<>(3);
      fields.add(TtlvItem.enumeration(Tag.HASHING_ALGORITHM, HashingAlgorithm.SHA_256.value()));
      fields.add(TtlvItem.bytes(Tag.DIGEST_VALUE, d));
      if (block != null) {
        // Key Format Type: required for keys from KMIP 1.1; left out for 1.0 clients (see forClient).
        fields.add(TtlvItem.enumeration(Tag.KEY_FORMAT_TYPE, block.keyFormatType().value()));
      } else if (o instanceof Certificate) {
        // The certificate value is digested as it is: Raw (as the OASIS test cases show).
        fields.add(TtlvItem.enumeration(Tag.KEY_FORMAT_TYPE, dev.clavis.codec.spec.KeyFormatType.RAW.value()));
      }
      return Attribute.of(TtlvItem.structure(Tag.DIGEST, fields));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    } finally {
      if (!(o instanceof Certificate) && !(o instanceof OpaqueObject)) {
        Arrays.fill(data, (byte) 0);
      }
    }
  }

  /**
   * Every Digest instance of {@code o} (KMIP 2.1 §4.21): the one over the stored format
   * ({@link #digest}) and, for an RSA private key stored as Transparent RSA Private Key, one over
   * PKCS#1 — "a mandatory attribute instance computed with the SHA-256 hashing algorithm and the
   * default Key Value Format for this object type and algorithm" (as TC-IMPEXP-4-20 expects:
   * SHA-256 of the PKCS#1 DER). Empty when nothing is digestible.
   */
  static List<Attribute> digests(ManagedObject o) {
    Attribute primary = digest(o);
    if (primary == null) {
      return List.of();
    }
    KeyBlock kb = keyBlock(o);
    if (o instanceof dev.clavis.codec.PrivateKey && kb != null && kb.keyWrappingData() == null
        && kb.keyFormatType() == dev.clavis.codec.spec.KeyFormatType.TRANSPARENT_RSA_PRIVATE_KEY) {
      Attribute second = digest(KeyFormats.convert(o, dev.clavis.codec.spec.KeyFormatType.PKCS_1));
      return second == null ? List.of(primary) : List.of(primary, second);
    }
    return List.of(primary);
  }

  /**
   * The Random Number Generator attribute (KMIP 1.4 §3.44, KMIP 2.1 §4.48) of keys this server
   * generates from the key protection's DRBG: an SP 800-90A HMAC_DRBG with SHA-256 (key pairs:
   * {@link KeyGeneration#pairGenerator()}).
   */
  static Attribute randomNumberGenerator() {
    return Attribute.of(TtlvItem.structure(Tag.RANDOM_NUMBER_GENERATOR,
        TtlvItem.enumeration(Tag.RNG_ALGORITHM, dev.clavis.codec.spec.RngAlgorithm.DRBG.value()),
        TtlvItem.enumeration(Tag.HASHING_ALGORITHM, HashingAlgorithm.SHA_256.value()),
        TtlvItem.enumeration(Tag.DRBG_ALGORITHM, dev.clavis.codec.spec.DrbgAlgorithm.HMAC.value())));
  }

  /** A Date-Time attribute. */
  static Attribute date(int tag, Instant when) {
    return Attribute.of(TtlvItem.dateTime(tag, when));
  }
}
