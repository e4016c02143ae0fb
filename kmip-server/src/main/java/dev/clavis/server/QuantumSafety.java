package dev.clavis.server;

import dev.clavis.codec.Attributes;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.util.EnumSet;
import java.util.Set;

/**
 * The Quantum Safe attribute (KMIP 2.0 §4.45, KMIP 2.1 §4.45): "a flag to be set to indicate an
 * object is required to be Quantum Safe for the given Protection Period and Protection Level".
 * This server refuses to create or register an object flagged so when its algorithm and length
 * cannot give that protection against a quantum adversary, whatever the period and level:
 *
 * <ul>
 *   <li>public-key algorithms based on factoring or discrete logarithms (RSA, DSA, DH, EC and its
 *       schemes, SM2, GOST R 34.10) are broken by Shor's algorithm: never quantum safe;
 *   <li>symmetric algorithms lose half their key length to Grover's algorithm (NIST IR 8105): a
 *       key is quantum safe from 256 bits (128-bit post-quantum strength), and DES, 3DES and
 *       SKIPJACK never are.
 * </ul>
 *
 * The refusal is Operation Failed with General Failure, as the OASIS reference server answers
 * QS-M-2 (KMIP 2.0/2.1 Profiles, Quantum Safe server profile).
 */
final class QuantumSafety {

  /** Symmetric keys from this length (bits) keep a 128-bit strength against Grover's search. */
  static final int MIN_SYMMETRIC_BITS = 256;

  private static final Set<CryptographicAlgorithm> NEVER = EnumSet.of(
      CryptographicAlgorithm.RSA, CryptographicAlgorithm.DSA, CryptographicAlgorithm.ECDSA, CryptographicAlgorithm.DH,
      CryptographicAlgorithm.ECDH, CryptographicAlgorithm.ECMQV, CryptographicAlgorithm.EC, CryptographicAlgorithm.SM2,
      CryptographicAlgorithm.GOST_R_34_10_2012, CryptographicAlgorithm.DES, CryptographicAlgorithm.DES3,
      CryptographicAlgorithm.SKIPJACK);

  private QuantumSafety() {}

  /** Refuses {@code attributes} of a new object that asks to be Quantum Safe and cannot be. */
  static void check(Attributes attributes) {
    if (!attributes.bool(Tag.QUANTUM_SAFE).orElse(false)) {
      return;
    }
    CryptographicAlgorithm alg = attributes.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM)
        .map(CryptographicAlgorithm::fromValue).orElse(null);
    if (alg != null && NEVER.contains(alg)) {
      throw new KmipException(ResultReason.GENERAL_FAILURE, "Quantum Safe: true with Cryptographic Algorithm "
          + alg.specName() + " (expected: an algorithm that resists a quantum adversary)");
    }
    int length = attributes.integer(Tag.CRYPTOGRAPHIC_LENGTH).orElse(Integer.MAX_VALUE);
    if (alg != null && length < MIN_SYMMETRIC_BITS) {
      throw new KmipException(ResultReason.GENERAL_FAILURE, "Quantum Safe: true with Cryptographic Length " + length
          + " (expected: at least " + MIN_SYMMETRIC_BITS + " bits for a symmetric key)");
    }
  }
}
