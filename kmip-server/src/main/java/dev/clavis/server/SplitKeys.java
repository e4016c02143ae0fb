package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SplitKeyMethod;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.crypto.threshold.ShamirSecretSplitter;
import org.bouncycastle.crypto.threshold.ShamirSplitSecret;
import org.bouncycastle.crypto.threshold.ShamirSplitSecretShare;

/**
 * Secret sharing for Create Split Key and Join Split Key (KMIP 1.4 §2.2.5, KMIP 2.1 §13.1): a
 * secret of L bytes becomes {@code parts} shares, share {@code i} having Key Part Identifier
 * {@code i} (1-based), any {@code threshold} of which give the secret back.
 *
 * <ul>
 *   <li>XOR: {@code parts - 1} random shares and the secret XORed with all of them; all parts are
 *       needed (Split Key Threshold = Split Key Parts).
 *   <li>Polynomial Sharing GF(2^8): Shamir sharing byte by byte in GF(2^8) with the reduction
 *       polynomial x^8+x^4+x^3+x^2+1 (0x11D, KMIP 2.1 §13.1; the OASIS TC-SJ vectors of 1.4 and 2.x
 *       reconstruct with it), the share of part {@code i} being the polynomials evaluated at
 *       {@code x = i} — Bouncy Castle's {@code ShamirSecretSplitter} with its {@code RSA} field,
 *       which is that polynomial.
 *   <li>Polynomial Sharing Prime Field: Shamir sharing of the secret read as an unsigned integer,
 *       in GF(p) with p the Prime Field Size (a prime larger than the secret), each share the
 *       big-endian value of f(i) mod p in as many bytes as p has.
 * </ul>
 *
 * Polynomial Sharing GF(2^16) is not implemented (Operation Not Supported). Shares are random for
 * the polynomial methods (fresh coefficients) and for XOR.
 */
final class SplitKeys {

  /** GF(2^8) has 255 non-zero evaluation points, hence at most 255 parts for any method. */
  static final int MAX_PARTS = 255;

  private static final SecureRandom RANDOM = KeyGeneration.PAIR_RANDOM;

  private SplitKeys() {}

  /** One share: its Key Part Identifier and bytes. */
  record Share(int id, byte[] value) {
    @Override
    public String toString() {
      return "Share[" + id + ", " + value.length + " bytes]";
    }
  }

  /** Checks the sharing parameters of a Create Split Key request (Invalid Field / Operation Not Supported). */
  static void checkParameters(SplitKeyMethod method, int parts, int threshold, BigInteger prime) {
    if (parts < 1 || parts > MAX_PARTS) {
      throw new KmipException(ResultReason.INVALID_FIELD,
          "Split Key Parts: " + parts + " (expected: 1.." + MAX_PARTS + ")");
    }
    if (threshold < 1 || threshold > parts) {
      throw new KmipException(ResultReason.INVALID_FIELD,
          "Split Key Threshold: " + threshold + " (expected: 1..Split Key Parts = " + parts + ")");
    }
    switch (method) {
      case XOR -> {
        if (threshold != parts) {
          throw new KmipException(ResultReason.INVALID_FIELD, "Split Key Threshold: " + threshold
              + " (expected: equal to Split Key Parts = " + parts + " for XOR)");
        }
      }
      case POLYNOMIAL_SHARING_GF_2_8 -> { }
      case POLYNOMIAL_SHARING_PRIME_FIELD -> {
        if (prime == null) {
          throw CryptoKeys.missing("Prime Field Size", "present for Polynomial Sharing Prime Field");
        }
        if (prime.compareTo(BigInteger.valueOf(parts)) <= 0 || !prime.isProbablePrime(64)) {
          throw new KmipException(ResultReason.INVALID_FIELD,
              "Prime Field Size: " + prime.bitLength() + "-bit value (expected: a prime larger than Split Key Parts)");
        }
      }
      default -> throw CryptoKeys.unsupportedParameter("Split Key Method", method.specName());
    }
  }

  /** Splits {@code secret} (not wiped here) into {@code parts} shares, ids 1..parts. */
  static List<Share> split(SplitKeyMethod method, byte[] secret, int parts, int threshold, BigInteger prime) {
    checkParameters(method, parts, threshold, prime);
    return switch (method) {
      case XOR -> xorSplit(secret, parts);
      case POLYNOMIAL_SHARING_GF_2_8 -> gf256Split(secret, parts, threshold);
      case POLYNOMIAL_SHARING_PRIME_FIELD -> primeSplit(secret, parts, threshold, prime);
      default -> throw CryptoKeys.unsupportedParameter("Split Key Method", method.specName());
    };
  }

  /**
   * The secret from {@code shares} (distinct ids, at least the threshold — the caller checks),
   * {@code secretBytes} long for the prime field (its shares do not carry the secret's length).
   */
  static byte[] join(SplitKeyMethod method, List<Share> shares, BigInteger prime, int secretBytes) {
    return switch (method) {
      case XOR -> xorJoin(shares);
      case POLYNOMIAL_SHARING_GF_2_8 -> gf256Join(shares);
      case POLYNOMIAL_SHARING_PRIME_FIELD -> primeJoin(shares, prime, secretBytes);
      default -> throw CryptoKeys.unsupportedParameter("Split Key Method", method.specName());
    };
  }

  private static List<Share> xorSplit(byte[] secret, int parts) {
    Share[] out = new Share[parts];
    byte[] last = secret.clone();
    for (int i = 0; i < parts - 1; i++) {
      byte[] r = new byte[secret.length];
      RANDOM.nextBytes(r);
      for (int j = 0; j < r.length; j++) {
        last[j] ^= r[j];
      }
      out[i] = new Share(i + 1, r);
    }
    out[parts - 1] = new Share(parts, last);
    return List.of(out);
  }

  private static byte[] xorJoin(List<Share> shares) {
    int n = shares.get(0).value().length;
    byte[] out = new byte[n];
    for (Share s : shares) {
      requireLength(s, n);
      for (int j = 0; j < n; j++) {
        out[j] ^= s.value()[j];
      }
    }
    return out;
  }

  private static List<Share> gf256Split(byte[] secret, int parts, int threshold) {
    ShamirSecretSplitter splitter = ShamirSecretSplitter.getInstance(ShamirSecretSplitter.Algorithm.RSA, secret.length, RANDOM);
    ShamirSplitSecretShare[] shares = splitter.resplit(secret, threshold, parts).getSecretShares();
    Share[] out = new Share[parts];
    try {
      for (int i = 0; i < parts; i++) {
        // Bouncy Castle's share i is the polynomials evaluated at x = i + 1.
        out[i] = new Share(i + 1, shares[i].getEncoded());
      }
    } catch (IOException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE, "Create Split Key: share encoding failed", e);
    }
    return List.of(out);
  }

  private static byte[] gf256Join(List<Share> shares) {
    int n = shares.get(0).value().length;
    ShamirSplitSecretShare[] in = new ShamirSplitSecretShare[shares.size()];
    for (int i = 0; i < in.length; i++) {
      requireLength(shares.get(i), n);
      in[i] = new ShamirSplitSecretShare(shares.get(i).value(), shares.get(i).id());
    }
    try {
      return ShamirSplitSecret.getInstance(ShamirSecretSplitter.Algorithm.RSA, in).getSecret();
    } catch (IOException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE, "Join Split Key: shares unusable", e);
    }
  }

  private static List<Share> primeSplit(byte[] secret, int parts, int threshold, BigInteger p) {
    BigInteger s = new BigInteger(1, secret);
    if (s.compareTo(p) >= 0) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Prime Field Size: " + p.bitLength()
          + "-bit value (expected: a prime larger than the " + secret.length * 8 + "-bit secret)");
    }
    BigInteger[] coefficients = new BigInteger[threshold];
    coefficients[0] = s;
    for (int k = 1; k < threshold; k++) {
      BigInteger c;
      do {
        c = new BigInteger(p.bitLength(), RANDOM);
      } while (c.compareTo(p) >= 0);
      coefficients[k] = c;
    }
    int width = (p.bitLength() + 7) / 8;
    Share[] out = new Share[parts];
    for (int i = 1; i <= parts; i++) {
      BigInteger x = BigInteger.valueOf(i);
      BigInteger y = BigInteger.ZERO;
      for (int k = threshold - 1; k >= 0; k--) {
        y = y.multiply(x).add(coefficients[k]).mod(p);
      }
      out[i - 1] = new Share(i, fixed(y, width));
    }
    return List.of(out);
  }

  /** Lagrange interpolation at 0: s = Σ y_j · Π_{m≠j} x_m / (x_m − x_j) mod p. */
  private static byte[] primeJoin(List<Share> shares, BigInteger p, int secretBytes) {
    BigInteger s = BigInteger.ZERO;
    for (Share j : shares) {
      BigInteger xj = BigInteger.valueOf(j.id());
      BigInteger num = BigInteger.ONE;
      BigInteger den = BigInteger.ONE;
      for (Share m : shares) {
        if (m != j) {
          BigInteger xm = BigInteger.valueOf(m.id());
          num = num.multiply(xm).mod(p);
          den = den.multiply(xm.subtract(xj)).mod(p);
        }
      }
      BigInteger yj = new BigInteger(1, j.value());
      s = s.add(yj.multiply(num).multiply(den.modInverse(p))).mod(p);
    }
    if (s.bitLength() > secretBytes * 8) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "Join Split Key: the joined value is longer than " + secretBytes * 8 + " bits (expected: parts of one secret)");
    }
    return fixed(s, secretBytes);
  }

  /** {@code v} big-endian, left-padded to {@code width} bytes. */
  private static byte[] fixed(BigInteger v, int width) {
    byte[] b = v.toByteArray();
    byte[] out = new byte[width];
    int n = Math.min(b.length, width);
    System.arraycopy(b, b.length - n, out, width - n, n);
    Arrays.fill(b, (byte) 0);
    return out;
  }

  private static void requireLength(Share s, int n) {
    if (s.value().length != n) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE, "Join Split Key: part " + s.id() + " has "
          + s.value().length + " bytes (expected: " + n + ", like the other parts)");
    }
  }
}
