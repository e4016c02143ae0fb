package dev.clavis.server;

import dev.clavis.codec.Attributes;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.RecommendedCurve;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * EC key pairs on a named curve chosen by the Cryptographic Domain Parameters attribute (KMIP 1.4
 * §3.7, KMIP 2.1 §4.14: Recommended Curve, Qlength) for Create Key Pair: Bouncy Castle generates
 * them, so the SEC, X9.62 and Brainpool curves work too (the JDK's SunEC has only P-256, P-384
 * and P-521 — no secp256k1, which the OASIS TC-DERIVEKEY-6 files use). Each pair passes an ECDSA
 * sign/verify consistency test (FIPS 140-3 IG 10.3.A). Curve25519 and Curve448 are not EC curves
 * for ECDSA/ECDH here: Operation Not Supported.
 */
final class EcCurves {

  private static final Provider BC = new BouncyCastleProvider();
  private static final SecureRandom RANDOM = KeyGeneration.PAIR_RANDOM;

  private EcCurves() {}

  /** The Recommended Curve of the Cryptographic Domain Parameters in {@code a}, if any. */
  static Optional<RecommendedCurve> recommendedCurve(Attributes a) {
    return a.get(Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS)
        .flatMap(p -> p instanceof TtlvItem.Structure s ? s.find(Tag.RECOMMENDED_CURVE, TtlvItem.Enumeration.class)
            : Optional.empty())
        .map(e -> RecommendedCurve.fromValue(e.value()));
  }

  /**
   * A consistency-tested pair on the Recommended Curve of {@code attributes} when the algorithm is
   * EC, ECDSA or ECDH and a curve is named; else {@code null} (the caller generates as before).
   */
  static KeyPair generate(CryptographicAlgorithm alg, Attributes attributes) {
    if (alg != CryptographicAlgorithm.EC && alg != CryptographicAlgorithm.ECDSA && alg != CryptographicAlgorithm.ECDH) {
      return null;
    }
    RecommendedCurve curve = recommendedCurve(attributes).orElse(null);
    if (curve == null) {
      return null;
    }
    String name = bcName(curve);
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
      g.initialize(new ECGenParameterSpec(name), RANDOM);
      KeyPair pair = g.generateKeyPair();
      byte[] probe = new BigInteger(64, RANDOM).toByteArray();
      Signature s = Signature.getInstance("SHA256withECDSA", BC);
      s.initSign(pair.getPrivate());
      s.update(probe);
      byte[] sig = s.sign();
      Signature v = Signature.getInstance("SHA256withECDSA", BC);
      v.initVerify(pair.getPublic());
      v.update(probe);
      if (!v.verify(sig)) {
        throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
            "pair-wise consistency test: failed (expected: the new key pair to verify its own signature)");
      }
      int bits = fieldSize(pair);
      int q = attributes.get(Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS)
          .flatMap(p -> p instanceof TtlvItem.Structure st ? st.find(Tag.QLENGTH, TtlvItem.Int.class) : Optional.empty())
          .map(TtlvItem.Int::value).orElse(bits);
      int length = attributes.integer(Tag.CRYPTOGRAPHIC_LENGTH).orElse(bits);
      if (q != bits || length != bits) {
        throw new KmipException(ResultReason.INVALID_FIELD, "Qlength / Cryptographic Length: " + q + " / " + length
            + " (expected: " + bits + ", the size of " + curve.specName() + ")");
      }
      return pair;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw CryptoKeys.unsupportedParameter("Recommended Curve", curve.specName() + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The field size of the pair's curve, in bits: its Cryptographic Length. */
  static int fieldSize(KeyPair pair) {
    return ((ECPublicKey) pair.getPublic()).getParams().getCurve().getField().getFieldSize();
  }

  /** Bouncy Castle's name of a KMIP Recommended Curve ("P-256", "K-163", "secp256k1", "prime239v1", "brainpoolP256r1" …). */
  static String bcName(RecommendedCurve c) {
    String n = c.name();
    if (c == RecommendedCurve.CURVE25519 || c == RecommendedCurve.CURVE448) {
      throw CryptoKeys.unsupportedParameter("Recommended Curve", c.specName() + " for EC key pairs");
    }
    if (n.matches("[PKB]_\\d+")) {
      return n.replace('_', '-');
    }
    if (c == RecommendedCurve.ANSIX9C2PNB176V1) {
      return "c2pnb176w1"; // X9.62 names this curve c2pnb176w1; there is no "v1"
    }
    if (n.startsWith("ANSIX9P")) {
      return "prime" + n.substring("ANSIX9P".length()).toLowerCase(Locale.ROOT);
    }
    if (n.startsWith("ANSIX9")) {
      return n.substring("ANSIX9".length()).toLowerCase(Locale.ROOT);
    }
    if (n.startsWith("BRAINPOOLP")) {
      return "brainpoolP" + n.substring("BRAINPOOLP".length()).toLowerCase(Locale.ROOT);
    }
    return n.toLowerCase(Locale.ROOT);
  }
}
