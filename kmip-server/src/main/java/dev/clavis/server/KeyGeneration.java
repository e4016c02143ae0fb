package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.DrbgAlgorithm;
import dev.clavis.codec.spec.HashingAlgorithm;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.RngAlgorithm;
import dev.clavis.codec.spec.Tag;
import dev.clavis.hsm.KeyProtection;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates key material for Create and CreateKeyPair (KMIP 2.1 §6.1.8, §6.1.9): symmetric keys
 * and secret data from the key protection's DRBG ({@link KeyProtection#randomBytes}), key pairs
 * with the JDK's {@code KeyPairGenerator} seeded by the JDK's SP 800-90A DRBG, each pair checked by a pair-wise consistency test
 * (sign and verify, SP 800-56B / FIPS 140-3 IG 10.3.A) before it is used.
 */
final class KeyGeneration {

  /**
   * The generator of key pairs, EC curves and split-key coefficients: the JDK's SP 800-90A DRBG
   * asked for 256-bit strength (NIST SP 800-90A; its mechanism comes from the {@code
   * securerandom.drbg.config} security property, Hash_DRBG with SHA-256 by default), described
   * truthfully by {@link #pairGenerator()}.
   */
  static final SecureRandom PAIR_RANDOM = drbg();

  private static SecureRandom drbg() {
    try {
      return SecureRandom.getInstance("DRBG", DrbgParameters.instantiation(256, DrbgParameters.Capability.RESEED_ONLY,
          "clavis key pairs".getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK's SP 800-90A DRBG is not available", e);
    }
  }

  /**
   * The RNG Parameters (KMIP 1.4 §2.1.18, KMIP 2.1 §7.39) of {@link #PAIR_RANDOM}, read from the
   * instance itself (e.g. "Hash_DRBG,SHA-256,256,reseed_only").
   */
  static TtlvItem.Structure pairRngParameters(int tag) {
    String d = PAIR_RANDOM.toString();
    DrbgAlgorithm mechanism = d.startsWith("HMAC_DRBG") ? DrbgAlgorithm.HMAC
        : d.startsWith("CTR_DRBG") ? DrbgAlgorithm.CTR : d.startsWith("Hash_DRBG") ? DrbgAlgorithm.HASH : null;
    if (mechanism == null) {
      return TtlvItem.structure(tag, TtlvItem.enumeration(Tag.RNG_ALGORITHM, RngAlgorithm.DRBG.value()));
    }
    List<TtlvItem> items = new ArrayList<>();
    items.add(TtlvItem.enumeration(Tag.RNG_ALGORITHM, RngAlgorithm.DRBG.value()));
    if (mechanism == DrbgAlgorithm.CTR) {
      items.add(TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()));
    } else {
      HashingAlgorithm hash = d.contains(",SHA-512,") ? HashingAlgorithm.SHA_512 : d.contains(",SHA-384,")
          ? HashingAlgorithm.SHA_384 : d.contains(",SHA-224,") ? HashingAlgorithm.SHA_224 : HashingAlgorithm.SHA_256;
      items.add(TtlvItem.enumeration(Tag.HASHING_ALGORITHM, hash.value()));
    }
    items.add(TtlvItem.enumeration(Tag.DRBG_ALGORITHM, mechanism.value()));
    if (tag == Tag.RNG_PARAMETERS) {
      items.add(TtlvItem.bool(Tag.PREDICTION_RESISTANCE, false));
    }
    return TtlvItem.structure(tag, items);
  }

  /** The Random Number Generator attribute (KMIP 1.4 §3.44, 2.1 §4.48) of generated key pairs. */
  static Attribute pairGenerator() {
    return Attribute.of(pairRngParameters(Tag.RANDOM_NUMBER_GENERATOR));
  }

  private KeyGeneration() {}

  /**
   * Symmetric key bytes: AES 128/192/256; 3DES 112 (two-key, 16 bytes) or 168/192 (three-key,
   * 24 bytes), odd parity; HMAC 8..4096
   * bits in whole bytes. The caller owns and wipes the result.
   */
  static byte[] symmetric(KeyProtection kp, CryptographicAlgorithm algorithm, int lengthBits) {
    switch (algorithm) {
      case AES -> {
        if (lengthBits != 128 && lengthBits != 192 && lengthBits != 256) {
          throw badLength(algorithm, lengthBits, "128, 192 or 256");
        }
        return kp.randomBytes(lengthBits / 8);
      }
      case DES3 -> {
        if (lengthBits != 112 && lengthBits != 168 && lengthBits != 192) {
          throw badLength(algorithm, lengthBits, "112, 168 or 192");
        }
        byte[] k = kp.randomBytes(lengthBits == 112 ? 16 : 24);
        for (int i = 0; i < k.length; i++) {
          int b = k[i] & 0xfe;
          k[i] = (byte) (b | ((Integer.bitCount(b) & 1) == 0 ? 1 : 0));
        }
        return k;
      }
      case HMAC_SHA1, HMAC_SHA224, HMAC_SHA256, HMAC_SHA384, HMAC_SHA512 -> {
        if (lengthBits < 8 || lengthBits > 4096 || lengthBits % 8 != 0) {
          throw badLength(algorithm, lengthBits, "8..4096 in whole bytes");
        }
        return kp.randomBytes(lengthBits / 8);
      }
      case SKIPJACK -> {
        // Key management only, for legacy clients (KMIP 1.0 Profiles, SKFF-O-1..3): the server
        // offers no SKIPJACK cryptography of its own. FIPS 185 fixes the key at 80 bits.
        if (lengthBits != 80) {
          throw badLength(algorithm, lengthBits, "80");
        }
        return kp.randomBytes(10);
      }
      default -> throw new KmipException(ResultReason.INVALID_FIELD, "Cryptographic Algorithm: " + algorithm.specName()
          + " (expected: AES, 3DES, HMAC or SKIPJACK for a symmetric key)");
    }
  }

  /** An RSA (2048..4096 bits, multiple of 8) or EC (P-256, P-384, P-521) key pair, consistency-tested. */
  static KeyPair pair(CryptographicAlgorithm algorithm, int lengthBits) {
    try {
      KeyPairGenerator g;
      String signature;
      switch (algorithm) {
        case RSA -> {
          if (lengthBits < 2048 || lengthBits > 4096 || lengthBits % 8 != 0) {
            throw badLength(algorithm, lengthBits, "2048..4096, a multiple of 8");
          }
          g = KeyPairGenerator.getInstance("RSA");
          g.initialize(new RSAKeyGenParameterSpec(lengthBits, RSAKeyGenParameterSpec.F4), PAIR_RANDOM);
          signature = "SHA256withRSA";
        }
        case EC, ECDSA, ECDH -> {
          String curve = switch (lengthBits) {
            case 256 -> "secp256r1";
            case 384 -> "secp384r1";
            case 521 -> "secp521r1";
            default -> throw badLength(algorithm, lengthBits, "256, 384 or 521 (P-256, P-384, P-521)");
          };
          g = KeyPairGenerator.getInstance("EC");
          g.initialize(new ECGenParameterSpec(curve), PAIR_RANDOM);
          signature = "SHA256withECDSA";
        }
        default -> throw new KmipException(ResultReason.INVALID_FIELD, "Cryptographic Algorithm: "
            + algorithm.specName() + " (expected: RSA or EC for a key pair)");
      }
      KeyPair pair = g.generateKeyPair();
      consistencyTest(pair, signature);
      return pair;
    } catch (GeneralSecurityException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "key pair generation: " + e.getClass().getSimpleName() + " (expected: the JDK provider to generate "
              + algorithm.specName() + " " + lengthBits + ")", e);
    }
  }

  private static void consistencyTest(KeyPair pair, String algorithm) throws GeneralSecurityException {
    byte[] probe = new BigInteger(64, PAIR_RANDOM).toByteArray();
    Signature s = Signature.getInstance(algorithm);
    s.initSign(pair.getPrivate());
    s.update(probe);
    byte[] sig = s.sign();
    Signature v = Signature.getInstance(algorithm);
    v.initVerify(pair.getPublic());
    v.update(probe);
    if (!v.verify(sig)) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "pair-wise consistency test: failed (expected: the new key pair to verify its own signature)");
    }
  }

  private static KmipException badLength(CryptographicAlgorithm a, int bits, String expected) {
    return new KmipException(ResultReason.INVALID_FIELD,
        "Cryptographic Length: " + bits + " (expected: " + expected + " for " + a.specName() + ")");
  }
}
