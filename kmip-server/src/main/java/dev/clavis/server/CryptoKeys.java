package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KeyMaterial;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.HashingAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * What the cryptographic services (KMIP 1.4 §4.29–§4.37, KMIP 2.1 §6.1.17 Encrypt … §6.1.48)
 * share: the key an operation uses must be visible to the client, Active, and have the usage
 * bit of the operation in its Cryptographic Usage Mask (an object without a mask is not limited);
 * Cryptographic Parameters missing from the request are taken field by field from the object's
 * Cryptographic Parameters attribute, and the algorithm from its Cryptographic Algorithm (KMIP 2.1
 * §6.1.17: "If not specified, the server SHALL use the Cryptographic Parameters attribute of the
 * object"). Key material is returned as fresh arrays or JCA keys; callers wipe arrays after use.
 */
final class CryptoKeys {

  private CryptoKeys() {}

  /**
   * The object {@code uid} for {@code operation}: Active (else Wrong Key Lifecycle State, which
   * 1.x renders as Permission Denied), within its Protect Stop Date for operations that apply
   * protection (Encrypt, Sign, MAC) or past its Process Start Date for those that process it
   * (Decrypt, Signature Verify, MAC Verify) — KMIP 2.1 §4.41 / §4.43, same reason — and allowing
   * {@code usage} (else Incompatible Cryptographic Usage Mask / Permission Denied). Sets the ID
   * Placeholder.
   */
  static LoadedObject usable(RequestContext ctx, String requestedUid, CryptographicUsageMask usage, String operation) {
    String uid = ctx.uid(requestedUid);
    LoadedObject o = ctx.objects().load(uid);
    if (o.state() != State.ACTIVE) {
      throw new KmipException(ResultReason.WRONG_KEY_LIFECYCLE_STATE,
          "State: " + o.state().specName() + " (expected: Active for " + operation + ")");
    }
    boolean protect = usage == CryptographicUsageMask.ENCRYPT || usage == CryptographicUsageMask.SIGN
        || usage == CryptographicUsageMask.MAC_GENERATE;
    if (protect) {
      o.attributes().dateTime(Tag.PROTECT_STOP_DATE).filter(d -> d.isBefore(ctx.now)).ifPresent(d -> {
        throw new KmipException(ResultReason.WRONG_KEY_LIFECYCLE_STATE,
            "Protect Stop Date: " + d + " (expected: not before now for " + operation + ")");
      });
    } else {
      o.attributes().dateTime(Tag.PROCESS_START_DATE).filter(d -> d.isAfter(ctx.now)).ifPresent(d -> {
        throw new KmipException(ResultReason.WRONG_KEY_LIFECYCLE_STATE,
            "Process Start Date: " + d + " (expected: not after now for " + operation + ")");
      });
    }
    int mask = o.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK).orElse(usage.value());
    if ((mask & usage.value()) == 0) {
      throw new KmipException(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK, "Cryptographic Usage Mask: " + mask
          + " (expected: " + usage.specName() + " set for " + operation + ")");
    }
    ctx.idPlaceholder(uid);
    return o;
  }

  /** The request's parameters, completed from the object's Cryptographic Parameters and Algorithm. */
  static CryptographicParameters parameters(TtlvItem.Structure requested, LoadedObject o) {
    CryptographicParameters r = CryptographicParameters.fromTtlv(requested);
    CryptographicParameters d = o.attributes().get(Tag.CRYPTOGRAPHIC_PARAMETERS)
        .map(CryptographicParameters::fromTtlv).orElse(null);
    CryptographicAlgorithm alg = o.attributes().enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM)
        .map(CryptographicAlgorithm::fromValue).orElse(null);
    if (r == null) {
      r = d == null ? CryptographicParameters.of(null, null, null) : d;
      d = null;
    }
    if (d != null) {
      r = new CryptographicParameters(
          or(r.blockCipherMode(), d.blockCipherMode()), or(r.paddingMethod(), d.paddingMethod()),
          or(r.hashingAlgorithm(), d.hashingAlgorithm()), or(r.keyRoleType(), d.keyRoleType()),
          or(r.digitalSignatureAlgorithm(), d.digitalSignatureAlgorithm()),
          or(r.cryptographicAlgorithm(), d.cryptographicAlgorithm()), or(r.randomIv(), d.randomIv()),
          or(r.ivLength(), d.ivLength()), or(r.tagLength(), d.tagLength()),
          or(r.fixedFieldLength(), d.fixedFieldLength()), or(r.invocationFieldLength(), d.invocationFieldLength()),
          or(r.counterLength(), d.counterLength()), or(r.initialCounterValue(), d.initialCounterValue()),
          or(r.saltLength(), d.saltLength()), or(r.maskGenerator(), d.maskGenerator()),
          or(r.maskGeneratorHashingAlgorithm(), d.maskGeneratorHashingAlgorithm()), or(r.pSource(), d.pSource()),
          or(r.trailerField(), d.trailerField()));
    }
    if (r.cryptographicAlgorithm() == null && alg != null) {
      r = new CryptographicParameters(r.blockCipherMode(), r.paddingMethod(), r.hashingAlgorithm(), r.keyRoleType(),
          r.digitalSignatureAlgorithm(), alg, r.randomIv(), r.ivLength(), r.tagLength(), r.fixedFieldLength(),
          r.invocationFieldLength(), r.counterLength(), r.initialCounterValue(), r.saltLength(), r.maskGenerator(),
          r.maskGeneratorHashingAlgorithm(), r.pSource(), r.trailerField());
    }
    return r;
  }

  private static <T> T or(T a, T b) {
    return a != null ? a : b;
  }

  /** The bytes of a symmetric key (Raw, Opaque or Transparent Symmetric Key); the caller wipes them. */
  static byte[] secret(ManagedObject m) {
    KeyBlock kb = ManagedObjects.keyBlock(m);
    if (kb == null || m.objectType() != ObjectType.SYMMETRIC_KEY && m.objectType() != ObjectType.SECRET_DATA) {
      throw new KmipException(ResultReason.INVALID_OBJECT_TYPE, "Object Type: " + m.objectType().specName()
          + " (expected: Symmetric Key)");
    }
    if (kb.keyWrappingData() != null) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Key Block: wrapped (expected: plaintext key material)");
    }
    KeyMaterial km = kb.keyMaterial();
    if (kb.keyFormatType() == KeyFormatType.TRANSPARENT_SYMMETRIC_KEY) {
      byte[] k = km.structure() == null ? null
          : km.structure().find(Tag.KEY, TtlvItem.Bytes.class).map(TtlvItem.Bytes::value).orElse(null);
      if (k == null) {
        throw new KmipException(ResultReason.INVALID_FIELD, "Transparent Symmetric Key: no Key (expected: present)");
      }
      return k.clone();
    }
    return km.bytes();
  }

  /** The private key of a Private Key object. */
  static PrivateKey privateKey(ManagedObject m) {
    KeyBlock kb = ManagedObjects.keyBlock(m);
    if (kb == null || m.objectType() != ObjectType.PRIVATE_KEY) {
      throw new KmipException(ResultReason.INVALID_OBJECT_TYPE, "Object Type: " + m.objectType().specName()
          + " (expected: Private Key)");
    }
    byte[] pkcs8 = null;
    try {
      pkcs8 = KeyFormats.toPkcs8(kb);
      PrivateKeyInfo info = PrivateKeyInfo.getInstance(pkcs8);
      String alg = info.getPrivateKeyAlgorithm().getAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption) ? "RSA" : "EC";
      return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      if (e instanceof KmipException k) {
        throw k;
      }
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "private key: unreadable " + e.getClass().getSimpleName() + " (expected: an RSA or EC private key)");
    } finally {
      if (pkcs8 != null) {
        Arrays.fill(pkcs8, (byte) 0);
      }
    }
  }

  /** The public key of a Public Key object (or of a Certificate). */
  static PublicKey publicKey(ManagedObject m) {
    try {
      byte[] spki;
      if (m instanceof dev.clavis.codec.Certificate c) {
        spki = java.security.cert.CertificateFactory.getInstance("X.509")
            .generateCertificate(new java.io.ByteArrayInputStream(c.certificateValue())).getPublicKey().getEncoded();
      } else {
        KeyBlock kb = ManagedObjects.keyBlock(m);
        if (kb == null || m.objectType() != ObjectType.PUBLIC_KEY) {
          throw new KmipException(ResultReason.INVALID_OBJECT_TYPE, "Object Type: " + m.objectType().specName()
              + " (expected: Public Key)");
        }
        spki = KeyFormats.toSpki(kb);
      }
      SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(spki);
      String alg = info.getAlgorithm().getAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption) ? "RSA" : "EC";
      return KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      if (e instanceof KmipException k) {
        throw k;
      }
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "public key: unreadable " + e.getClass().getSimpleName() + " (expected: an RSA or EC public key)");
    }
  }

  /** The JCA name of a hashing algorithm. */
  static String digestName(HashingAlgorithm h) {
    return switch (h) {
      case MD5 -> "MD5";
      case SHA_1 -> "SHA-1";
      case SHA_224 -> "SHA-224";
      case SHA_256 -> "SHA-256";
      case SHA_384 -> "SHA-384";
      case SHA_512 -> "SHA-512";
      case SHA_512_224 -> "SHA-512/224";
      case SHA_512_256 -> "SHA-512/256";
      case SHA3_224 -> "SHA3-224";
      case SHA3_256 -> "SHA3-256";
      case SHA3_384 -> "SHA3-384";
      case SHA3_512 -> "SHA3-512";
      case RIPEMD_160 -> "RIPEMD160";
      default -> throw unsupportedParameter("Hashing Algorithm", h.specName());
    };
  }

  static KmipException unsupportedParameter(String what, String actual) {
    return new KmipException(ResultReason.OPERATION_NOT_SUPPORTED,
        what + ": " + actual + " (expected: one this server implements; see docs/operations.md)");
  }

  static KmipException missing(String what, String constraint) {
    return new KmipException(ResultReason.INVALID_MESSAGE, what + ": absent (expected: " + constraint + ")");
  }

  static KmipException cryptoFailure(String operation, GeneralSecurityException e) {
    return new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
        operation + ": " + e.getClass().getSimpleName() + " (expected: valid input for the key and parameters)");
  }

  static byte[] required(byte[] value, String what, String operation) {
    if (value == null) {
      throw missing(what, "present for " + operation);
    }
    return value;
  }

  static void wipe(byte[] b) {
    if (b != null) {
      Arrays.fill(b, (byte) 0);
    }
  }
}
