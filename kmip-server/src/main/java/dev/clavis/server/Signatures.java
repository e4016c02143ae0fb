package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.DigitalSignatureAlgorithm;
import dev.clavis.codec.spec.HashingAlgorithm;
import dev.clavis.codec.spec.PaddingMethod;
import dev.clavis.codec.spec.ResultReason;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The signatures of Sign and Signature Verify (KMIP 1.4 §4.31–§4.32, KMIP 2.1 §6.1.50 / §6.1.51):
 * RSA PKCS#1 v1.5 and RSASSA-PSS (Salt Length defaulting to the largest the key allows, as OpenSSL
 * and the OASIS CS-AC test cases do; MGF1 with the same hash) and ECDSA (DER signatures), chosen by the Digital Signature Algorithm or by the
 * Cryptographic Algorithm, Padding Method and Hashing Algorithm (ECDSA over Data with no hash named
 * uses SHA-256); over Data (hashed here) or over
 * Digested Data (already hashed by the client; PKCS#1 v1.5 then signs its DigestInfo, or the bytes
 * as given when no Hashing Algorithm names the hash).
 */
final class Signatures {

  private static final Provider BC = new BouncyCastleProvider();

  /** A resolved signature scheme. */
  private record Scheme(CryptographicAlgorithm algorithm, boolean pss, HashingAlgorithm hash, CryptographicParameters p) {}

  private Signatures() {}

  static byte[] sign(PrivateKey key, CryptographicParameters p, byte[] data, byte[] digested) {
    Scheme s = scheme(key.getAlgorithm(), p, digested != null);
    try {
      Signature sig = engine(s, digested != null, key);
      sig.initSign(key);
      sig.update(input(s, data, digested));
      return sig.sign();
    } catch (GeneralSecurityException | IOException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "Sign: " + e.getClass().getSimpleName() + " (expected: a key and parameters that sign)");
    }
  }

  static boolean verify(PublicKey key, CryptographicParameters p, byte[] data, byte[] digested, byte[] signature) {
    Scheme s = scheme(key.getAlgorithm(), p, digested != null);
    try {
      Signature sig = engine(s, digested != null, key);
      sig.initVerify(key);
      sig.update(input(s, data, digested));
      return sig.verify(signature);
    } catch (SignatureException e) {
      return false; // a malformed signature does not verify
    } catch (GeneralSecurityException | IOException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "Signature Verify: " + e.getClass().getSimpleName() + " (expected: a key and parameters that verify)");
    }
  }

  /** A signature engine over Data, initialised to sign with {@code key} (a PrivateKey) or verify (a PublicKey). */
  static Signature start(java.security.Key key, CryptographicParameters p) {
    Scheme s = scheme(key.getAlgorithm(), p, false);
    try {
      Signature sig = engine(s, false, key);
      if (key instanceof PrivateKey k) {
        sig.initSign(k);
      } else {
        sig.initVerify((PublicKey) key);
      }
      return sig;
    } catch (GeneralSecurityException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "signature: " + e.getClass().getSimpleName() + " (expected: a key and parameters that sign or verify)");
    }
  }

  private static Scheme scheme(String keyAlgorithm, CryptographicParameters p, boolean digested) {
    CryptographicAlgorithm keyAlg = keyAlgorithm.equals("RSA") ? CryptographicAlgorithm.RSA : CryptographicAlgorithm.ECDSA;
    DigitalSignatureAlgorithm dsa = p.digitalSignatureAlgorithm();
    if (dsa != null) {
      return switch (dsa) {
        case SHA_1_WITH_RSA_ENCRYPTION -> rsa(keyAlg, false, HashingAlgorithm.SHA_1, p);
        case SHA_224_WITH_RSA_ENCRYPTION -> rsa(keyAlg, false, HashingAlgorithm.SHA_224, p);
        case SHA_256_WITH_RSA_ENCRYPTION -> rsa(keyAlg, false, HashingAlgorithm.SHA_256, p);
        case SHA_384_WITH_RSA_ENCRYPTION -> rsa(keyAlg, false, HashingAlgorithm.SHA_384, p);
        case SHA_512_WITH_RSA_ENCRYPTION -> rsa(keyAlg, false, HashingAlgorithm.SHA_512, p);
        case SHA3_256_WITH_RSA_ENCRYPTION -> rsa(keyAlg, false, HashingAlgorithm.SHA3_256, p);
        case SHA3_384_WITH_RSA_ENCRYPTION -> rsa(keyAlg, false, HashingAlgorithm.SHA3_384, p);
        case SHA3_512_WITH_RSA_ENCRYPTION -> rsa(keyAlg, false, HashingAlgorithm.SHA3_512, p);
        case RSASSA_PSS -> rsa(keyAlg, true, p.hashingAlgorithm() == null ? HashingAlgorithm.SHA_256 : p.hashingAlgorithm(), p);
        case ECDSA_WITH_SHA_1 -> ec(keyAlg, HashingAlgorithm.SHA_1, p);
        case ECDSA_WITH_SHA224 -> ec(keyAlg, HashingAlgorithm.SHA_224, p);
        case ECDSA_WITH_SHA256 -> ec(keyAlg, HashingAlgorithm.SHA_256, p);
        case ECDSA_WITH_SHA384 -> ec(keyAlg, HashingAlgorithm.SHA_384, p);
        case ECDSA_WITH_SHA512 -> ec(keyAlg, HashingAlgorithm.SHA_512, p);
        default -> throw CryptoKeys.unsupportedParameter("Digital Signature Algorithm", dsa.specName());
      };
    }
    if (p.hashingAlgorithm() == null && !digested && keyAlg == CryptographicAlgorithm.ECDSA) {
      return ec(keyAlg, HashingAlgorithm.SHA_256, p); // ECDSA over Data with no hash named: SHA-256
    }
    if (p.hashingAlgorithm() == null && !(digested && p.paddingMethod() != PaddingMethod.PSS)) {
      throw CryptoKeys.missing("Hashing Algorithm", "a Digital Signature Algorithm or a Hashing Algorithm");
    }
    if (keyAlg == CryptographicAlgorithm.RSA) {
      PaddingMethod pad = p.paddingMethod() == null ? PaddingMethod.PKCS1_V1_5 : p.paddingMethod();
      if (pad != PaddingMethod.PKCS1_V1_5 && pad != PaddingMethod.PSS) {
        throw CryptoKeys.unsupportedParameter("Padding Method", pad.specName() + " for an RSA signature");
      }
      return rsa(keyAlg, pad == PaddingMethod.PSS, p.hashingAlgorithm(), p);
    }
    return ec(keyAlg, p.hashingAlgorithm(), p);
  }

  private static Scheme rsa(CryptographicAlgorithm keyAlg, boolean pss, HashingAlgorithm h, CryptographicParameters p) {
    if (keyAlg != CryptographicAlgorithm.RSA) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Digital Signature Algorithm: RSA (expected: one for an EC key)");
    }
    return new Scheme(keyAlg, pss, h, p);
  }

  private static Scheme ec(CryptographicAlgorithm keyAlg, HashingAlgorithm h, CryptographicParameters p) {
    if (keyAlg != CryptographicAlgorithm.ECDSA) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Digital Signature Algorithm: ECDSA (expected: one for an RSA key)");
    }
    return new Scheme(keyAlg, false, h, p);
  }

  private static Signature engine(Scheme s, boolean digested, java.security.Key key) throws GeneralSecurityException {
    if (s.hash() == null) {
      // Digested Data of an unnamed hash: signed as given (RSA PKCS#1 v1.5 without DigestInfo, raw ECDSA).
      return Signature.getInstance(s.algorithm() == CryptographicAlgorithm.ECDSA ? "NONEwithECDSA" : "NONEwithRSA", BC);
    }
    String md = CryptoKeys.digestName(s.hash());
    if (s.algorithm() == CryptographicAlgorithm.ECDSA) {
      return digested ? Signature.getInstance("NONEwithECDSA", BC)
          : Signature.getInstance(md.replace("-", "") + "withECDSA", BC);
    }
    if (s.pss()) {
      int hashLength = MessageDigest.getInstance(md).getDigestLength();
      int salt = s.p().saltLength() == null ? maxSalt(key, hashLength) : s.p().saltLength();
      String mgf = s.p().maskGeneratorHashingAlgorithm() == null ? md : CryptoKeys.digestName(s.p().maskGeneratorHashingAlgorithm());
      Signature sig = digested ? Signature.getInstance("RAWRSASSA-PSS", BC) : Signature.getInstance("RSASSA-PSS");
      sig.setParameter(new PSSParameterSpec(md, "MGF1", new MGF1ParameterSpec(mgf), salt, 1));
      return sig;
    }
    return digested ? Signature.getInstance("NONEwithRSA", BC) : Signature.getInstance(md.replace("-", "") + "withRSA", BC);
  }

  /** The largest PSS salt for the key (RFC 8017 §9.1.1: emLen - hLen - 2), the usual default (OpenSSL's). */
  private static int maxSalt(java.security.Key key, int hashLength) {
    int bits = ((java.security.interfaces.RSAKey) key).getModulus().bitLength();
    int emLen = (bits - 1 + 7) / 8;
    return Math.max(0, emLen - hashLength - 2);
  }

  private static byte[] input(Scheme s, byte[] data, byte[] digested) throws IOException {
    if (digested == null) {
      if (data == null) {
        throw CryptoKeys.missing("Data", "Data or Digested Data");
      }
      return data;
    }
    if (s.algorithm() == CryptographicAlgorithm.RSA && !s.pss() && s.hash() != null) {
      return new DigestInfo(new AlgorithmIdentifier(oid(s.hash()), DERNull.INSTANCE), digested).getEncoded();
    }
    return digested;
  }

  private static ASN1ObjectIdentifier oid(HashingAlgorithm h) {
    return switch (h) {
      case SHA_1 -> OIWObjectIdentifiers.idSHA1;
      case SHA_224 -> NISTObjectIdentifiers.id_sha224;
      case SHA_256 -> NISTObjectIdentifiers.id_sha256;
      case SHA_384 -> NISTObjectIdentifiers.id_sha384;
      case SHA_512 -> NISTObjectIdentifiers.id_sha512;
      case SHA3_256 -> NISTObjectIdentifiers.id_sha3_256;
      case SHA3_384 -> NISTObjectIdentifiers.id_sha3_384;
      case SHA3_512 -> NISTObjectIdentifiers.id_sha3_512;
      default -> throw CryptoKeys.unsupportedParameter("Hashing Algorithm", h.specName() + " with Digested Data");
    };
  }
}
