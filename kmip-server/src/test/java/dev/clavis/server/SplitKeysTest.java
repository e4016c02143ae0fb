package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SplitKeyMethod;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SplitKeys}: every threshold-sized subset of the parts gives the secret back, fewer parts
 * do not, for XOR, GF(2^8) and a prime field; the OASIS TC-SJ-3 shares (GF(2^8), 0x11D) join to
 * their published key. Secrets are compared without printing them.
 */
class SplitKeysTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  /** 2^521 − 1, a Mersenne prime larger than any 32-byte secret. */
  private static final BigInteger M521 = BigInteger.TWO.pow(521).subtract(BigInteger.ONE);

  static byte[] random(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  /** All k-subsets of {@code 0..n-1}. */
  static List<int[]> subsets(int n, int k) {
    List<int[]> out = new ArrayList<>();
    for (int mask = 0; mask < 1 << n; mask++) {
      if (Integer.bitCount(mask) == k) {
        int[] s = new int[k];
        int j = 0;
        for (int i = 0; i < n; i++) {
          if ((mask & 1 << i) != 0) {
            s[j++] = i;
          }
        }
        out.add(s);
      }
    }
    return out;
  }

  static List<SplitKeys.Share> pick(List<SplitKeys.Share> all, int[] idx) {
    List<SplitKeys.Share> out = new ArrayList<>();
    for (int i : idx) {
      out.add(all.get(i));
    }
    return out;
  }

  @Test
  void gf256AndPrimeFieldEveryThresholdSubsetJoinsAndFewerDoNot() {
    for (SplitKeyMethod m : List.of(SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_8, SplitKeyMethod.POLYNOMIAL_SHARING_PRIME_FIELD)) {
      BigInteger p = m == SplitKeyMethod.POLYNOMIAL_SHARING_PRIME_FIELD ? M521 : null;
      for (int round = 0; round < 5; round++) {
        byte[] secret = random(32);
        List<SplitKeys.Share> shares = SplitKeys.split(m, secret, 5, 3, p);
        assertThat(shares).extracting(SplitKeys.Share::id).containsExactly(1, 2, 3, 4, 5);
        for (int[] s : subsets(5, 3)) {
          assertThat(Arrays.equals(SplitKeys.join(m, pick(shares, s), p, 32), secret))
              .as(m + " parts " + Arrays.toString(s) + " give the secret").isTrue();
        }
        for (int[] s : subsets(5, 4)) {
          assertThat(Arrays.equals(SplitKeys.join(m, pick(shares, s), p, 32), secret))
              .as(m + " more than the threshold " + Arrays.toString(s)).isTrue();
        }
        int wrong = 0;
        for (int[] s : subsets(5, 2)) {
          try {
            wrong += Arrays.equals(SplitKeys.join(m, pick(shares, s), p, 32), secret) ? 0 : 1;
          } catch (KmipException e) {
            wrong++;
          }
        }
        assertThat(wrong).as(m + ": two parts of a threshold-3 split do not give the secret").isEqualTo(10);
      }
    }
  }

  @Test
  void xorNeedsEveryPart() {
    byte[] secret = random(16);
    List<SplitKeys.Share> shares = SplitKeys.split(SplitKeyMethod.XOR, secret, 4, 4, null);
    assertThat(Arrays.equals(SplitKeys.join(SplitKeyMethod.XOR, shares, null, 16), secret)).isTrue();
    assertThat(Arrays.equals(SplitKeys.join(SplitKeyMethod.XOR, List.of(shares.get(3), shares.get(1), shares.get(0),
        shares.get(2)), null, 16), secret)).as("any order").isTrue();
    assertThat(Arrays.equals(SplitKeys.join(SplitKeyMethod.XOR, shares.subList(0, 3), null, 16), secret)).isFalse();
  }

  @Test
  void oasisSharesJoinInGf256WithPolynomial0x11d() {
    HexFormat hex = HexFormat.of();
    List<SplitKeys.Share> all = List.of(
        new SplitKeys.Share(1, hex.parseHex("66C46A7754F94DE420C7B1A7FFF5EC56")),
        new SplitKeys.Share(2, hex.parseHex("CF93D1E2A7E593CD5B8D6247F4E5D49C")),
        new SplitKeys.Share(3, hex.parseHex("A855B891F61AD9217240D8EC061E37DA")),
        new SplitKeys.Share(4, hex.parseHex("803DBAD55CDD329FAD19D99AE2C5A415")));
    byte[] key = hex.parseHex("0102030405060708090a0b0c0d0e0f10");
    for (int[] s : subsets(4, 2)) {
      assertThat(Arrays.equals(SplitKeys.join(SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_8, pick(all, s), null, 16), key))
          .as("TC-SJ-3 parts " + Arrays.toString(s)).isTrue();
    }
  }

  @Test
  void badParametersAreRefused() {
    assertReason(() -> SplitKeys.split(SplitKeyMethod.XOR, new byte[16], 4, 2, null), ResultReason.INVALID_FIELD);
    assertReason(() -> SplitKeys.split(SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_8, new byte[16], 3, 4, null),
        ResultReason.INVALID_FIELD);
    assertReason(() -> SplitKeys.split(SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_8, new byte[16], 256, 2, null),
        ResultReason.INVALID_FIELD);
    assertReason(() -> SplitKeys.split(SplitKeyMethod.POLYNOMIAL_SHARING_PRIME_FIELD, new byte[16], 3, 2, null),
        ResultReason.INVALID_MESSAGE);
    assertReason(() -> SplitKeys.split(SplitKeyMethod.POLYNOMIAL_SHARING_PRIME_FIELD, new byte[16], 3, 2,
        BigInteger.valueOf(1_000_000)), ResultReason.INVALID_FIELD);
    byte[] big = new byte[16];
    Arrays.fill(big, (byte) 0xff);
    assertReason(() -> SplitKeys.split(SplitKeyMethod.POLYNOMIAL_SHARING_PRIME_FIELD, big, 3, 2,
        BigInteger.TWO.pow(107).subtract(BigInteger.ONE)), ResultReason.INVALID_FIELD);
    assertReason(() -> SplitKeys.split(SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_16, new byte[16], 3, 2, null),
        ResultReason.OPERATION_NOT_SUPPORTED);
  }

  private static void assertReason(Runnable r, ResultReason reason) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(KmipException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
