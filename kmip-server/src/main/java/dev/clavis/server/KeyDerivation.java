package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.HashingAlgorithm;
import dev.clavis.codec.spec.ResultReason;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.DerivationFunction;
import org.bouncycastle.crypto.Mac;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.generators.KDFCounterBytesGenerator;
import org.bouncycastle.crypto.generators.KDFDoublePipelineIterationBytesGenerator;
import org.bouncycastle.crypto.generators.KDFFeedbackBytesGenerator;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KDFCounterParameters;
import org.bouncycastle.crypto.params.KDFDoublePipelineIterationParameters;
import org.bouncycastle.crypto.params.KDFFeedbackParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.util.DigestFactory;

/**
 * The derivation functions of Derive Key (KMIP 1.4 §4.6, KMIP 2.1 §6.1.14 and §7.12), on plain
 * byte arrays: PBKDF2 ([PKCS#5] / RFC 8018, Bouncy Castle's {@code PKCS5S2ParametersGenerator}),
 * HASH and HMAC (JDK {@code MessageDigest} / {@code Mac}), the three SP 800-108 modes (Bouncy
 * Castle's KDF generators, HMAC or AES-CMAC as PRF) and HKDF (RFC 5869, Bouncy Castle). Every
 * function returns exactly {@code lengthBytes} bytes, or Invalid Field when the method cannot
 * give that many ("If the specified length exceeds the output of the derivation method, then the
 * server SHALL return an error"). Inputs are not wiped here; the caller owns and wipes every array.
 */
final class KeyDerivation {

  /** The largest PBKDF2 Iteration Count served: about a second of HMAC-SHA-256 on one core. */
  static final int MAX_ITERATIONS = 1_000_000;

  /** The SP 800-108 counter width, in bits ([i]2 of 32 bits, SP 800-108r1 §4). */
  private static final int COUNTER_BITS = 32;

  private KeyDerivation() {}

  /**
   * PBKDF2 with HMAC over {@code hash} (SHA-1, PKCS#5's default PRF, when {@code null}), the
   * password being the base object's bytes.
   */
  static byte[] pbkdf2(byte[] password, byte[] salt, int iterations, HashingAlgorithm hash, int lengthBytes) {
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new KmipException(ResultReason.INVALID_FIELD,
          "Iteration Count: " + iterations + " (expected: 1.." + MAX_ITERATIONS + ")");
    }
    PKCS5S2ParametersGenerator g = new PKCS5S2ParametersGenerator(digest(hash == null ? HashingAlgorithm.SHA_1 : hash));
    g.init(password, salt, iterations);
    return ((KeyParameter) g.generateDerivedParameters(lengthBytes * 8)).getKey();
  }

  /** HASH: the digest of {@code data}, truncated to {@code lengthBytes}. */
  static byte[] hash(byte[] data, HashingAlgorithm hash, int lengthBytes) {
    try {
      byte[] d = MessageDigest.getInstance(CryptoKeys.digestName(hash)).digest(data);
      return truncate(d, lengthBytes, "HASH with " + hash.specName());
    } catch (GeneralSecurityException e) {
      throw CryptoKeys.cryptoFailure("Derive Key", e);
    }
  }

  /** HMAC: HMAC-{@code hash} keyed with {@code key} over {@code data}, truncated to {@code lengthBytes}. */
  static byte[] hmac(byte[] key, byte[] data, HashingAlgorithm hash, int lengthBytes) {
    String name = "Hmac" + CryptoKeys.digestName(hash).replace("-", "");
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance(name);
      mac.init(new SecretKeySpec(key, name));
      return truncate(mac.doFinal(data), lengthBytes, "HMAC with " + hash.specName());
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "Derive Key: " + e.getClass().getSimpleName() + " (expected: a usable HMAC key)");
    }
  }

  /** The SP 800-108 modes, by their KMIP names. */
  enum Sp800108Mode { COUNTER, FEEDBACK, DOUBLE_PIPELINE }

  /**
   * SP 800-108 KDF in {@code mode}: the fixed input data is the Derivation Data as given
   * (Label || 0x00 || Context, KMIP 2.1 §7.12), with a 32-bit counter before it; Feedback mode
   * starts from {@code iv} (empty when {@code null}). The PRF is HMAC over {@code hash}, or
   * AES-CMAC when {@code cmac}.
   */
  static byte[] sp800108(Sp800108Mode mode, byte[] key, byte[] fixedInput, byte[] iv, HashingAlgorithm hash,
      boolean cmac, int lengthBytes) {
    Mac prf = cmac ? new CMac(AESEngine.newInstance()) : new HMac(digest(hash));
    byte[] fixed = fixedInput == null ? new byte[0] : fixedInput;
    DerivationFunction kdf = switch (mode) {
      case COUNTER -> {
        KDFCounterBytesGenerator g = new KDFCounterBytesGenerator(prf);
        g.init(new KDFCounterParameters(key, null, fixed, COUNTER_BITS));
        yield g;
      }
      case FEEDBACK -> {
        KDFFeedbackBytesGenerator g = new KDFFeedbackBytesGenerator(prf);
        g.init(KDFFeedbackParameters.createWithCounter(key, iv == null ? new byte[0] : iv, fixed, COUNTER_BITS));
        yield g;
      }
      case DOUBLE_PIPELINE -> {
        KDFDoublePipelineIterationBytesGenerator g = new KDFDoublePipelineIterationBytesGenerator(prf);
        g.init(KDFDoublePipelineIterationParameters.createWithCounter(key, fixed, COUNTER_BITS));
        yield g;
      }
    };
    return generate(kdf, lengthBytes, "SP 800-108");
  }

  /** HKDF (RFC 5869) over {@code hash} (SHA-256 when {@code null}, KMIP 2.1 §7.12). */
  static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info, HashingAlgorithm hash, int lengthBytes) {
    HKDFBytesGenerator g = new HKDFBytesGenerator(digest(hash == null ? HashingAlgorithm.SHA_256 : hash));
    g.init(new HKDFParameters(ikm, salt, info));
    return generate(g, lengthBytes, "HKDF");
  }

  private static byte[] generate(DerivationFunction kdf, int lengthBytes, String what) {
    byte[] out = new byte[lengthBytes];
    try {
      kdf.generateBytes(out, 0, lengthBytes);
      return out;
    } catch (DataLengthException | IllegalArgumentException e) {
      Arrays.fill(out, (byte) 0);
      throw new KmipException(ResultReason.INVALID_FIELD,
          "Cryptographic Length: " + lengthBytes * 8 + " (expected: at most the output of " + what + ")");
    }
  }

  /** The first {@code lengthBytes} of {@code out}; {@code out} is wiped. */
  static byte[] truncate(byte[] out, int lengthBytes, String what) {
    try {
      if (lengthBytes > out.length) {
        throw new KmipException(ResultReason.INVALID_FIELD, "Cryptographic Length: " + lengthBytes * 8
            + " (expected: at most " + out.length * 8 + ", the output of " + what + ")");
      }
      return Arrays.copyOf(out, lengthBytes);
    } finally {
      Arrays.fill(out, (byte) 0);
    }
  }

  /** The Bouncy Castle digest for a KMIP Hashing Algorithm. */
  static Digest digest(HashingAlgorithm h) {
    return switch (h) {
      case MD5 -> DigestFactory.createMD5();
      case SHA_1 -> DigestFactory.createSHA1();
      case SHA_224 -> DigestFactory.createSHA224();
      case SHA_256 -> DigestFactory.createSHA256();
      case SHA_384 -> DigestFactory.createSHA384();
      case SHA_512 -> DigestFactory.createSHA512();
      case SHA_512_224 -> DigestFactory.createSHA512_224();
      case SHA_512_256 -> DigestFactory.createSHA512_256();
      case SHA3_224 -> DigestFactory.createSHA3_224();
      case SHA3_256 -> DigestFactory.createSHA3_256();
      case SHA3_384 -> DigestFactory.createSHA3_384();
      case SHA3_512 -> DigestFactory.createSHA3_512();
      default -> throw CryptoKeys.unsupportedParameter("Hashing Algorithm", h.specName() + " for key derivation");
    };
  }

  /** The hash of an HMAC Cryptographic Algorithm (HMAC-SHA256 …), or {@code null} for other algorithms. */
  static HashingAlgorithm hmacHash(CryptographicAlgorithm a) {
    if (a == null) {
      return null;
    }
    return switch (a) {
      case HMAC_SHA1 -> HashingAlgorithm.SHA_1;
      case HMAC_SHA224 -> HashingAlgorithm.SHA_224;
      case HMAC_SHA256 -> HashingAlgorithm.SHA_256;
      case HMAC_SHA384 -> HashingAlgorithm.SHA_384;
      case HMAC_SHA512 -> HashingAlgorithm.SHA_512;
      case HMAC_MD5 -> HashingAlgorithm.MD5;
      default -> null;
    };
  }
}
