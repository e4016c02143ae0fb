package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;

/**
 * A Managed Object as carried in Register, Get, Import and Export payloads (KMIP 1.4 §2.2, KMIP
 * 2.1 §2; the 1.x Template, KMIP 1.4 §2.2.6, too). Objects holding key material print lengths only and can be wiped.
 */
public sealed interface ManagedObject
    permits SymmetricKey, PublicKey, PrivateKey, SplitKey, SecretData, OpaqueObject, Certificate, PGPKey,
        Template {

  ObjectType objectType();

  /** The object's structure, e.g. {@code Symmetric Key { Key Block }}. */
  TtlvItem.Structure toTtlv(KmipVersion v);

  /** Zeroes the key bytes held by this object (no-op for objects without secrets). */
  default void wipe() {}

  /** The structure tag of an object type, or -1 when it has none this codec knows. */
  static int tagOf(ObjectType t) {
    return switch (t) {
      case SYMMETRIC_KEY -> Tag.SYMMETRIC_KEY;
      case PUBLIC_KEY -> Tag.PUBLIC_KEY;
      case PRIVATE_KEY -> Tag.PRIVATE_KEY;
      case SPLIT_KEY -> Tag.SPLIT_KEY;
      case SECRET_DATA -> Tag.SECRET_DATA;
      case OPAQUE_OBJECT -> Tag.OPAQUE_OBJECT;
      case CERTIFICATE -> Tag.CERTIFICATE;
      case PGP_KEY -> Tag.PGP_KEY;
      case TEMPLATE -> Tag.TEMPLATE;
      default -> -1;
    };
  }

  /** Whether {@code tag} is the tag of a managed object structure this codec reads. */
  static boolean isObjectTag(int tag) {
    return tag == Tag.SYMMETRIC_KEY || tag == Tag.PUBLIC_KEY || tag == Tag.PRIVATE_KEY
        || tag == Tag.SPLIT_KEY || tag == Tag.SECRET_DATA || tag == Tag.OPAQUE_OBJECT
        || tag == Tag.CERTIFICATE || tag == Tag.PGP_KEY || tag == Tag.TEMPLATE;
  }

  /** Reads a managed object structure by its tag. */
  static ManagedObject fromTtlv(TtlvItem item) {
    int tag = item.tag();
    if (tag == Tag.SYMMETRIC_KEY) {
      return new SymmetricKey(keyBlockOnly(item, "Symmetric Key"));
    } else if (tag == Tag.PUBLIC_KEY) {
      return new PublicKey(keyBlockOnly(item, "Public Key"));
    } else if (tag == Tag.PRIVATE_KEY) {
      return new PrivateKey(keyBlockOnly(item, "Private Key"));
    } else if (tag == Tag.SPLIT_KEY) {
      return SplitKey.fromTtlv(item);
    } else if (tag == Tag.SECRET_DATA) {
      return SecretData.fromTtlv(item);
    } else if (tag == Tag.OPAQUE_OBJECT) {
      return OpaqueObject.fromTtlv(item);
    } else if (tag == Tag.CERTIFICATE) {
      return Certificate.fromTtlv(item);
    } else if (tag == Tag.PGP_KEY) {
      return PGPKey.fromTtlv(item);
    } else if (tag == Tag.TEMPLATE) {
      return Template.fromTtlv(item);
    }
    throw new KmipException(
        ResultReason.INVALID_FIELD, "Managed Object tag: " + FieldReader.label(tag) + " (expected: a supported object)");
  }

  /** Reads the object that follows Object Type in a payload and checks it matches. */
  static ManagedObject read(FieldReader r, ObjectType type) {
    int tag = tagOf(type);
    if (tag < 0) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "Object Type: " + type + " (expected: a supported object type)");
    }
    return fromTtlv(r.requireAny(tag));
  }

  private static KeyBlock keyBlockOnly(TtlvItem item, String where) {
    FieldReader r = FieldReader.of(item, item.tag(), where);
    KeyBlock b = KeyBlock.fromTtlv(r.requireAny(Tag.KEY_BLOCK));
    r.end();
    return b;
  }
}
