package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.spec.BlockCipherMode;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.HashingAlgorithm;
import dev.clavis.codec.spec.PaddingMethod;
import dev.clavis.codec.spec.ResultReason;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ciphers of Encrypt and Decrypt (KMIP 1.4 §4.29–§4.30, KMIP 2.1 §6.1.17 / §6.1.11), with JCE:
 *
 * <ul>
 *   <li>AES and 3DES in ECB, CBC (Padding Method None or PKCS5), CTR and GCM (Tag Length 12–16
 *       bytes, Authenticated Encryption Additional Data / Tag); AES Key Wrap (NIST Key Wrap, RFC
 *       3394) and with padding (AES Key Wrap Padding, RFC 5649);
 *   <li>ChaCha20 (a 12-byte nonce, or the original 8-byte nonce with a zero counter, or a 16-byte
 *       counter‖nonce) and ChaCha20-Poly1305 (12-byte nonce, Block Cipher Mode AEAD, tags of 12 to 16 bytes: a shorter
 *       tag is the prefix of the full one);
 *   <li>One Time Pad: Data XOR the first bytes of the pad (a Secret Data or Symmetric Key), as the
 *       OASIS TC-OTP test cases use it — the pad is not consumed, so its owner must not reuse it;
 *   <li>RSA with OAEP (Hashing Algorithm, Mask Generator Hashing Algorithm — both SHA-1 when
 *       absent, P Source) or PKCS#1 v1.5: Encrypt with a Public Key, Decrypt with a Private Key.
 * </ul>
 *
 * An IV that a mode needs and Encrypt did not get is generated from the key protection's DRBG
 * (also when Random IV is True) and returned; Decrypt without it is Invalid Message. XTS and other
 * modes are Operation Not Supported. A failed authentication tag, a wrong padding or a bad length
 * is Cryptographic Failure. An invalid GCM Tag Length is General Failure, as the OASIS CS-BC-M-GCM
 * test cases expect.
 */
final class Ciphers {

  /** Encrypt's output: the cipher text, the IV when the server generated it, the tag of an AEAD mode. */
  record Encrypted(byte[] data, byte[] iv, byte[] tag) {}

  private Ciphers() {}

  /** A started stream: the cipher, the tag length of an AEAD mode (0 otherwise), the IV the server generated. */
  record Started(Cipher cipher, int tagLength, byte[] generatedIv) {}

  /**
   * Starts a streamed Encrypt or Decrypt (symmetric algorithms only): the cipher initialised
   * with the key, IV and additional data; the caller feeds it with {@code update} and {@code
   * doFinal} (for Decrypt of an AEAD mode, the tag after the last data).
   */
  static Started start(RequestContext ctx, ManagedObject key, CryptographicParameters p, byte[] iv, byte[] aad,
      boolean encrypt) {
    CryptographicAlgorithm alg = algorithm(p);
    if (alg == CryptographicAlgorithm.RSA) {
      throw CryptoKeys.unsupportedParameter("Cryptographic Algorithm", "RSA streamed (expected: all data in one request)");
    }
    byte[] generated = null;
    if (encrypt) {
      generated = iv == null ? generateIv(ctx, alg, p) : null;
      iv = iv == null ? generated : iv;
    } else if (needsIv(alg, p) && iv == null) {
      throw CryptoKeys.missing("IV/Counter/Nonce", "present for " + describe(alg, p) + " Decrypt");
    }
    int tagLength = nativeTagLength(alg, aeadTagLength(alg, p));
    byte[] k = CryptoKeys.secret(key);
    try {
      Cipher c = cipher(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, alg, p, k, iv, tagLength);
      if (aad != null && tagLength > 0) {
        c.updateAAD(aad);
      }
      return new Started(c, tagLength, generated);
    } catch (GeneralSecurityException e) {
      throw CryptoKeys.cryptoFailure(encrypt ? "Encrypt" : "Decrypt", e);
    } finally {
      CryptoKeys.wipe(k);
    }
  }

  private static byte[] generateIv(RequestContext ctx, CryptographicAlgorithm alg, CryptographicParameters p) {
    if (!needsIv(alg, p)) {
      return null;
    }
    int len = p.ivLength() != null ? p.ivLength() / 8 : defaultIvLength(alg, p);
    if (len <= 0 || len > 64) {
      throw new KmipException(ResultReason.INVALID_FIELD, "IV Length: " + p.ivLength() + " (expected: 8 to 512 bits)");
    }
    return ctx.services.keyProtection().randomBytes(len);
  }

  static Encrypted encrypt(RequestContext ctx, ManagedObject key, CryptographicParameters p, byte[] data, byte[] iv,
      byte[] aad) {
    CryptographicAlgorithm alg = algorithm(p);
    if (alg == CryptographicAlgorithm.RSA) {
      return new Encrypted(rsa(Cipher.ENCRYPT_MODE, CryptoKeys.publicKey(key), p, data), null, null);
    }
    if (alg == CryptographicAlgorithm.ONE_TIME_PAD) {
      return new Encrypted(pad(key, data), null, null);
    }
    byte[] generated = null;
    if (needsIv(alg, p)) {
      if (Boolean.TRUE.equals(p.randomIv()) && iv != null) {
        throw new KmipException(ResultReason.INVALID_FIELD,
            "IV/Counter/Nonce: given with Random IV True (expected: one of the two)");
      }
      if (iv == null) {
        generated = generateIv(ctx, alg, p);
        iv = generated;
      }
    }
    byte[] k = CryptoKeys.secret(key);
    try {
      int tagLength = aeadTagLength(alg, p);
      int nativeTag = nativeTagLength(alg, tagLength);
      Cipher c = cipher(Cipher.ENCRYPT_MODE, alg, p, k, iv, nativeTag);
      if (aad != null && tagLength > 0) {
        c.updateAAD(aad);
      }
      byte[] out = c.doFinal(data);
      if (tagLength > 0) {
        byte[] ct = Arrays.copyOf(out, out.length - nativeTag);
        byte[] tag = Arrays.copyOfRange(out, out.length - nativeTag, out.length - nativeTag + tagLength);
        return new Encrypted(ct, generated, tag);
      }
      return new Encrypted(out, generated, null);
    } catch (GeneralSecurityException e) {
      throw CryptoKeys.cryptoFailure("Encrypt", e);
    } finally {
      CryptoKeys.wipe(k);
    }
  }

  static byte[] decrypt(ManagedObject key, CryptographicParameters p, byte[] data, byte[] iv, byte[] aad, byte[] tag) {
    CryptographicAlgorithm alg = algorithm(p);
    if (alg == CryptographicAlgorithm.RSA) {
      return rsa(Cipher.DECRYPT_MODE, CryptoKeys.privateKey(key), p, data);
    }
    if (alg == CryptographicAlgorithm.ONE_TIME_PAD) {
      return pad(key, data);
    }
    if (needsIv(alg, p) && iv == null) {
      throw CryptoKeys.missing("IV/Counter/Nonce", "present for " + describe(alg, p) + " Decrypt");
    }
    int tagLength = aeadTagLength(alg, p);
    if (tagLength > 0) {
      if (tag == null) {
        throw CryptoKeys.missing("Authenticated Encryption Tag", "present for " + describe(alg, p) + " Decrypt");
      }
      if (p.tagLength() != null && p.tagLength() != tag.length) {
        throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE, "Authenticated Encryption Tag: " + tag.length
            + " bytes (expected: Tag Length " + p.tagLength() + ")");
      }
      tagLength = tag.length;
      checkGcmTagLength(tagLength);
    }
    byte[] k = CryptoKeys.secret(key);
    byte[] in = data;
    try {
      if (alg == CryptographicAlgorithm.CHACHA20POLY1305 && tagLength < 16) {
        if (iv.length != 12) {
          throw new KmipException(ResultReason.INVALID_FIELD, "IV/Counter/Nonce: " + iv.length
              + " bytes (expected: 12 for ChaCha20-Poly1305)");
        }
        return chaChaTruncated(k, iv, aad, data, tag);
      }
      Cipher c = cipher(Cipher.DECRYPT_MODE, alg, p, k, iv, tagLength);
      if (tagLength > 0) {
        if (aad != null) {
          c.updateAAD(aad);
        }
        in = Arrays.copyOf(data, data.length + tag.length);
        System.arraycopy(tag, 0, in, data.length, tag.length);
      }
      return c.doFinal(in);
    } catch (AEADBadTagException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "Authenticated Encryption Tag: does not verify (expected: the tag of this data, IV and additional data)");
    } catch (GeneralSecurityException e) {
      throw CryptoKeys.cryptoFailure("Decrypt", e);
    } finally {
      CryptoKeys.wipe(k);
      if (in != data) {
        CryptoKeys.wipe(in);
      }
    }
  }

  /** One Time Pad: Data XOR the first bytes of the pad (Secret Data or Symmetric Key); the pad must be as long. */
  private static byte[] pad(ManagedObject key, byte[] data) {
    byte[] pad = CryptoKeys.secret(key);
    try {
      if (data.length > pad.length) {
        throw new KmipException(ResultReason.INVALID_FIELD, "Data: " + data.length + " bytes (expected: at most the "
            + pad.length + " bytes of the One Time Pad)");
      }
      byte[] out = new byte[data.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = (byte) (data[i] ^ pad[i]);
      }
      return out;
    } finally {
      CryptoKeys.wipe(pad);
    }
  }

  private static CryptographicAlgorithm algorithm(CryptographicParameters p) {
    if (p.cryptographicAlgorithm() == null) {
      throw CryptoKeys.missing("Cryptographic Algorithm", "in the Cryptographic Parameters or the key's attributes");
    }
    return p.cryptographicAlgorithm();
  }

  private static BlockCipherMode mode(CryptographicAlgorithm alg, CryptographicParameters p) {
    if (alg == CryptographicAlgorithm.CHACHA20 || alg == CryptographicAlgorithm.CHACHA20POLY1305) {
      return p.blockCipherMode();
    }
    if (p.blockCipherMode() == null) {
      throw CryptoKeys.missing("Block Cipher Mode", "in the Cryptographic Parameters or the key's attributes");
    }
    return p.blockCipherMode();
  }

  private static boolean needsIv(CryptographicAlgorithm alg, CryptographicParameters p) {
    if (alg == CryptographicAlgorithm.CHACHA20 || alg == CryptographicAlgorithm.CHACHA20POLY1305) {
      return true;
    }
    BlockCipherMode m = mode(alg, p);
    return m == BlockCipherMode.CBC || m == BlockCipherMode.CTR || m == BlockCipherMode.GCM;
  }

  private static int defaultIvLength(CryptographicAlgorithm alg, CryptographicParameters p) {
    if (alg == CryptographicAlgorithm.CHACHA20 || alg == CryptographicAlgorithm.CHACHA20POLY1305
        || p.blockCipherMode() == BlockCipherMode.GCM) {
      return 12;
    }
    return alg == CryptographicAlgorithm.DES3 ? 8 : 16;
  }

  /** The tag length in bytes of an AEAD mode, 0 for the others. */
  private static int aeadTagLength(CryptographicAlgorithm alg, CryptographicParameters p) {
    if (alg == CryptographicAlgorithm.CHACHA20POLY1305) {
      int t = p.tagLength() == null ? 16 : p.tagLength();
      checkGcmTagLength(t);
      return t;
    }
    if (alg == CryptographicAlgorithm.AES && p.blockCipherMode() == BlockCipherMode.GCM) {
      int t = p.tagLength() == null ? 16 : p.tagLength();
      checkGcmTagLength(t);
      return t;
    }
    return 0;
  }

  private static void checkGcmTagLength(int t) {
    if (t < 12 || t > 16) {
      throw new KmipException(ResultReason.GENERAL_FAILURE, "Tag Length: " + t + " (expected: 12 to 16 bytes)");
    }
  }

  /** The tag length the JCE cipher produces: 16 for ChaCha20-Poly1305 (a shorter tag is its prefix), else as asked. */
  private static int nativeTagLength(CryptographicAlgorithm alg, int tagLength) {
    return alg == CryptographicAlgorithm.CHACHA20POLY1305 ? 16 : tagLength;
  }

  /**
   * ChaCha20-Poly1305 Decrypt with a truncated tag (shorter than 16 bytes; the JCE verifies full
   * tags only): decrypts with ChaCha20 from block 1 (RFC 8439 §2.8), recomputes the full tag by
   * encrypting the result, and releases the plain text only when the tag's prefix matches.
   */
  private static byte[] chaChaTruncated(byte[] k, byte[] iv, byte[] aad, byte[] data, byte[] tag)
      throws GeneralSecurityException {
    Cipher stream = Cipher.getInstance("ChaCha20");
    stream.init(Cipher.DECRYPT_MODE, new SecretKeySpec(k, "ChaCha20"), new ChaCha20ParameterSpec(iv, 1));
    byte[] plain = stream.doFinal(data);
    Cipher aead = Cipher.getInstance("ChaCha20-Poly1305");
    aead.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k, "ChaCha20"), new IvParameterSpec(iv));
    if (aad != null) {
      aead.updateAAD(aad);
    }
    byte[] full = aead.doFinal(plain);
    byte[] expected = Arrays.copyOfRange(full, full.length - 16, full.length - 16 + tag.length);
    CryptoKeys.wipe(full);
    if (!java.security.MessageDigest.isEqual(expected, tag)) {
      CryptoKeys.wipe(plain);
      throw new AEADBadTagException("truncated tag mismatch");
    }
    return plain;
  }

  private static Cipher cipher(int opmode, CryptographicAlgorithm alg, CryptographicParameters p, byte[] k, byte[] iv,
      int tagLength) throws GeneralSecurityException {
    switch (alg) {
      case CHACHA20 -> {
        byte[] nonce;
        int counter = 0;
        if (iv.length == 12) {
          nonce = iv;
        } else if (iv.length == 8) {
          nonce = new byte[12];
          System.arraycopy(iv, 0, nonce, 4, 8);
        } else if (iv.length == 16) {
          counter = (iv[0] & 0xff) | (iv[1] & 0xff) << 8 | (iv[2] & 0xff) << 16 | (iv[3] & 0xff) << 24;
          nonce = Arrays.copyOfRange(iv, 4, 16);
        } else {
          throw new KmipException(ResultReason.INVALID_FIELD, "IV/Counter/Nonce: " + iv.length
              + " bytes (expected: 8, 12 or 16 for ChaCha20)");
        }
        Cipher c = Cipher.getInstance("ChaCha20");
        c.init(opmode, new SecretKeySpec(k, "ChaCha20"), new ChaCha20ParameterSpec(nonce, counter));
        return c;
      }
      case CHACHA20POLY1305 -> {
        if (iv.length != 12) {
          throw new KmipException(ResultReason.INVALID_FIELD, "IV/Counter/Nonce: " + iv.length
              + " bytes (expected: 12 for ChaCha20-Poly1305)");
        }
        Cipher c = Cipher.getInstance("ChaCha20-Poly1305");
        c.init(opmode, new SecretKeySpec(k, "ChaCha20"), new IvParameterSpec(iv));
        return c;
      }
      case AES, DES3 -> {
        String jce = alg == CryptographicAlgorithm.AES ? "AES" : "DESede";
        BlockCipherMode m = mode(alg, p);
        String padding = switch (p.paddingMethod() == null ? PaddingMethod.NONE : p.paddingMethod()) {
          case NONE -> "NoPadding";
          case PKCS5 -> "PKCS5Padding";
          default -> throw CryptoKeys.unsupportedParameter("Padding Method", p.paddingMethod().specName());
        };
        SecretKeySpec key = new SecretKeySpec(k, jce);
        AlgorithmParameterSpec spec = null;
        String transformation;
        switch (m) {
          case ECB -> transformation = jce + "/ECB/" + padding;
          case CBC -> {
            transformation = jce + "/CBC/" + padding;
            spec = new IvParameterSpec(iv);
          }
          case CTR -> {
            transformation = jce + "/CTR/NoPadding";
            spec = new IvParameterSpec(iv);
          }
          case GCM -> {
            requireAes(alg, m);
            transformation = "AES/GCM/NoPadding";
            spec = new GCMParameterSpec(tagLength * 8, iv);
          }
          case NISTKEYWRAP -> {
            requireAes(alg, m);
            transformation = "AES/KW/NoPadding";
          }
          case AESKEYWRAPPADDING -> {
            requireAes(alg, m);
            transformation = "AES/KWP/NoPadding";
          }
          default -> throw CryptoKeys.unsupportedParameter("Block Cipher Mode", m.specName());
        }
        Cipher c = Cipher.getInstance(transformation);
        if (spec == null) {
          c.init(opmode, key);
        } else {
          c.init(opmode, key, spec);
        }
        return c;
      }
      default -> throw CryptoKeys.unsupportedParameter("Cryptographic Algorithm", alg.specName() + " for Encrypt/Decrypt");
    }
  }

  private static void requireAes(CryptographicAlgorithm alg, BlockCipherMode m) {
    if (alg != CryptographicAlgorithm.AES) {
      throw CryptoKeys.unsupportedParameter("Block Cipher Mode", m.specName() + " with " + alg.specName());
    }
  }

  private static String describe(CryptographicAlgorithm alg, CryptographicParameters p) {
    return alg.specName() + (p.blockCipherMode() == null ? "" : " " + p.blockCipherMode().specName());
  }

  private static byte[] rsa(int opmode, Key key, CryptographicParameters p, byte[] data) {
    PaddingMethod pad = p.paddingMethod() == null ? PaddingMethod.OAEP : p.paddingMethod();
    try {
      Cipher c;
      switch (pad) {
        case OAEP -> {
          HashingAlgorithm h = p.hashingAlgorithm() == null ? HashingAlgorithm.SHA_1 : p.hashingAlgorithm();
          HashingAlgorithm mgf = p.maskGeneratorHashingAlgorithm() == null ? HashingAlgorithm.SHA_1
              : p.maskGeneratorHashingAlgorithm();
          c = Cipher.getInstance("RSA/ECB/OAEPPadding");
          c.init(opmode, key, new OAEPParameterSpec(CryptoKeys.digestName(h), "MGF1",
              new MGF1ParameterSpec(CryptoKeys.digestName(mgf)),
              p.pSource() == null ? PSource.PSpecified.DEFAULT : new PSource.PSpecified(p.pSource())));
        }
        case PKCS1_V1_5 -> {
          c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
          c.init(opmode, key);
        }
        default -> throw CryptoKeys.unsupportedParameter("Padding Method", pad.specName() + " for RSA");
      }
      return c.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw CryptoKeys.cryptoFailure(opmode == Cipher.ENCRYPT_MODE ? "Encrypt" : "Decrypt", e);
    }
  }
}
