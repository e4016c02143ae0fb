package dev.clavis.server;

import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KeyMaterial;
import dev.clavis.codec.KeyValue;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.PrivateKey;
import dev.clavis.codec.PublicKey;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Key Format Type conversions for Get (KMIP 1.4 §2.1.7 / §4.11, KMIP 2.1 §3.1.1 / §6.1.19): the
 * key as stored, in the format the client asks for.
 *
 * <table>
 *   <caption>Supported conversions</caption>
 *   <tr><th>object</th><th>formats</th></tr>
 *   <tr><td>Symmetric Key, Secret Data</td><td>Raw (or Opaque for Secret Data) ↔ Transparent Symmetric Key</td></tr>
 *   <tr><td>RSA Private Key</td><td>PKCS#8 ↔ PKCS#1 ↔ Transparent RSA Private Key</td></tr>
 *   <tr><td>EC Private Key</td><td>PKCS#8 ↔ ECPrivateKey (SEC 1)</td></tr>
 *   <tr><td>RSA Public Key</td><td>X.509 (SubjectPublicKeyInfo) ↔ PKCS#1 ↔ Transparent RSA Public Key</td></tr>
 *   <tr><td>EC Public Key</td><td>X.509</td></tr>
 * </table>
 *
 * Anything else is Key Format Type Not Supported. Intermediate byte arrays are wiped.
 */
final class KeyFormats {

  private KeyFormats() {}

  /** {@code object} in {@code format} ({@code null}: as stored); the result is a new object the caller wipes. */
  static ManagedObject convert(ManagedObject object, KeyFormatType format) {
    KeyBlock kb = ManagedObjects.keyBlock(object);
    if (format == null || kb == null || kb.keyFormatType() == format) {
      if (format != null && kb == null) {
        throw unsupported(format, object);
      }
      return object;
    }
    if (kb.keyWrappingData() != null || kb.keyMaterial() == null) {
      throw new KmipException(ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED,
          "Key Format Type: " + format.specName() + " (expected: the stored format for a key registered wrapped)");
    }
    try {
      return switch (object) {
        case SymmetricKey k -> new SymmetricKey(symmetric(k.keyBlock(), format, object));
        case SecretData s -> new SecretData(s.secretDataType(), symmetric(s.keyBlock(), format, object));
        case PrivateKey k -> new PrivateKey(privateKey(k.keyBlock(), format, object));
        case PublicKey k -> new PublicKey(publicKey(k.keyBlock(), format, object));
        default -> throw unsupported(format, object);
      };
    } catch (GeneralSecurityException | IOException | IllegalArgumentException | ClassCastException e) {
      throw new KmipException(ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED, "Key Format Type: " + format.specName()
          + " (expected: a format the stored " + kb.keyFormatType().specName() + " key converts to)", e);
    }
  }

  private static KeyBlock symmetric(KeyBlock kb, KeyFormatType format, ManagedObject o) {
    byte[] raw = kb.keyMaterial().isTransparent() ? kb.keyMaterial().byteField(Tag.KEY) : kb.keyMaterial().bytes();
    if (format == KeyFormatType.RAW || format == KeyFormatType.OPAQUE && o instanceof SecretData) {
      return block(format, KeyMaterial.of(raw), kb);
    }
    if (format == KeyFormatType.TRANSPARENT_SYMMETRIC_KEY) {
      KeyMaterial m = KeyMaterial.transparent(TtlvItem.structure(Tag.KEY_MATERIAL, TtlvItem.bytes(Tag.KEY, raw)));
      Arrays.fill(raw, (byte) 0);
      return block(format, m, kb);
    }
    Arrays.fill(raw, (byte) 0);
    throw unsupported(format, o);
  }

  private static KeyBlock privateKey(KeyBlock kb, KeyFormatType format, ManagedObject o)
      throws GeneralSecurityException, IOException {
    byte[] pkcs8 = toPkcs8(kb);
    try {
      PrivateKeyInfo info = PrivateKeyInfo.getInstance(pkcs8);
      boolean rsa = info.getPrivateKeyAlgorithm().getAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption);
      return switch (format) {
        case PKCS_8 -> block(format, KeyMaterial.of(pkcs8.clone()), kb);
        case PKCS_1 -> {
          requireRsa(rsa, format, o);
          yield block(format, KeyMaterial.of(info.parsePrivateKey().toASN1Primitive().getEncoded()), kb);
        }
        case ECPRIVATEKEY -> {
          if (rsa) {
            throw unsupported(format, o);
          }
          yield block(format, KeyMaterial.of(info.parsePrivateKey().toASN1Primitive().getEncoded()), kb);
        }
        case TRANSPARENT_RSA_PRIVATE_KEY -> {
          requireRsa(rsa, format, o);
          RSAPrivateCrtKey k = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
          yield block(format, KeyMaterial.transparent(TtlvItem.structure(Tag.KEY_MATERIAL, List.of(
              TtlvItem.bigInteger(Tag.MODULUS, k.getModulus()),
              TtlvItem.bigInteger(Tag.PRIVATE_EXPONENT, k.getPrivateExponent()),
              TtlvItem.bigInteger(Tag.PUBLIC_EXPONENT, k.getPublicExponent()),
              TtlvItem.bigInteger(Tag.P, k.getPrimeP()),
              TtlvItem.bigInteger(Tag.Q, k.getPrimeQ()),
              TtlvItem.bigInteger(Tag.PRIME_EXPONENT_P, k.getPrimeExponentP()),
              TtlvItem.bigInteger(Tag.PRIME_EXPONENT_Q, k.getPrimeExponentQ()),
              TtlvItem.bigInteger(Tag.CRT_COEFFICIENT, k.getCrtCoefficient())))), kb);
        }
        default -> throw unsupported(format, o);
      };
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  /** The private key as PKCS#8 DER, from any stored format this class reads. */
  static byte[] toPkcs8(KeyBlock kb) throws GeneralSecurityException, IOException {
    KeyMaterial m = kb.keyMaterial();
    switch (kb.keyFormatType()) {
      case PKCS_8 -> {
        return m.bytes();
      }
      case PKCS_1 -> {
        byte[] der = m.bytes();
        try {
          return new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
              org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(der)).getEncoded();
        } finally {
          Arrays.fill(der, (byte) 0);
        }
      }
      case ECPRIVATEKEY -> {
        byte[] der = m.bytes();
        try {
          ECPrivateKey ec = ECPrivateKey.getInstance(der);
          ASN1Encodable params = ec.getParametersObject();
          return new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, params), ec).getEncoded();
        } finally {
          Arrays.fill(der, (byte) 0);
        }
      }
      case TRANSPARENT_RSA_PRIVATE_KEY -> {
        return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(
            m.bigInteger(Tag.MODULUS), m.bigInteger(Tag.PUBLIC_EXPONENT), m.bigInteger(Tag.PRIVATE_EXPONENT),
            m.bigInteger(Tag.P), m.bigInteger(Tag.Q), m.bigInteger(Tag.PRIME_EXPONENT_P),
            m.bigInteger(Tag.PRIME_EXPONENT_Q), m.bigInteger(Tag.CRT_COEFFICIENT))).getEncoded();
      }
      default -> throw new KmipException(ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED,
          "stored Key Format Type: " + kb.keyFormatType().specName() + " (expected: PKCS#8, PKCS#1, ECPrivateKey or "
              + "Transparent RSA Private Key to convert from)");
    }
  }

  private static KeyBlock publicKey(KeyBlock kb, KeyFormatType format, ManagedObject o)
      throws GeneralSecurityException, IOException {
    byte[] spki = toSpki(kb);
    SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(spki);
    boolean rsa = info.getAlgorithm().getAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption);
    return switch (format) {
      case X_509 -> block(format, KeyMaterial.of(spki), kb);
      case PKCS_1 -> {
        requireRsa(rsa, format, o);
        yield block(format, KeyMaterial.of(info.parsePublicKey().getEncoded()), kb);
      }
      case TRANSPARENT_RSA_PUBLIC_KEY -> {
        requireRsa(rsa, format, o);
        RSAPublicKey k = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki));
        yield block(format, KeyMaterial.transparent(TtlvItem.structure(Tag.KEY_MATERIAL,
            TtlvItem.bigInteger(Tag.MODULUS, k.getModulus()),
            TtlvItem.bigInteger(Tag.PUBLIC_EXPONENT, k.getPublicExponent()))), kb);
      }
      default -> throw unsupported(format, o);
    };
  }

  static byte[] toSpki(KeyBlock kb) throws GeneralSecurityException, IOException {
    KeyMaterial m = kb.keyMaterial();
    return switch (kb.keyFormatType()) {
      case X_509 -> m.bytes();
      case PKCS_1 -> new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
          org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(m.bytes())).getEncoded();
      case TRANSPARENT_RSA_PUBLIC_KEY -> KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
          m.bigInteger(Tag.MODULUS), m.bigInteger(Tag.PUBLIC_EXPONENT))).getEncoded();
      default -> throw new KmipException(ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED,
          "stored Key Format Type: " + kb.keyFormatType().specName() + " (expected: X.509, PKCS#1 or Transparent RSA "
              + "Public Key to convert from)");
    };
  }

  private static void requireRsa(boolean rsa, KeyFormatType format, ManagedObject o) {
    if (!rsa) {
      throw unsupported(format, o);
    }
  }

  private static KeyBlock block(KeyFormatType format, KeyMaterial m, KeyBlock like) {
    Integer length = like.cryptographicLength();
    CryptographicAlgorithm alg = like.cryptographicAlgorithm();
    return new KeyBlock(format, null, new KeyValue.Plain(m, like.keyValue() instanceof KeyValue.Plain p
        ? p.attributes() : dev.clavis.codec.Attributes.empty()), alg, length, null);
  }

  static KmipException unsupported(KeyFormatType format, ManagedObject o) {
    return new KmipException(ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED, "Key Format Type: " + format.specName()
        + " (expected: a format supported for a " + o.objectType().specName() + ")");
  }

}
