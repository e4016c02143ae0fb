package dev.clavis.server;

import java.math.BigInteger;
import java.security.InvalidAlgorithmParameterException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyPairGeneratorSpi;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For the processor fuzz target only: a JCA provider, installed first, whose RSA {@code
 * KeyPairGenerator} returns one real RSA key pair per (modulus length, public exponent), made once
 * by the JDK's own generator ({@code SunRsaSign}) and then reused. Measured: the prime search of
 * RSA key generation was about 80 % of the time of the OASIS seed inputs (8 Create Key Pair
 * requests of 2048–4096 bits), so a fuzzer spent most of its executions in JDK code that is not
 * under test. Everything of Clavis runs as before on a real key pair of the requested size — the
 * length checks, the pair-wise consistency test, sealing, attributes, links — only the JDK's prime
 * search is skipped after the first pair of each size. Removed again after the fuzz test, so no
 * other test in the JVM sees it.
 */
final class FuzzRsaKeyPairs extends Provider {

  private static final long serialVersionUID = 1L;
  static final String NAME = "ClavisFuzzRsaKeyPairs";
  private static final Map<String, KeyPair> PAIRS = new ConcurrentHashMap<>();

  private FuzzRsaKeyPairs() {
    super(NAME, "1", "RSA key pairs made once per size (processor fuzzing only)");
    put("KeyPairGenerator.RSA", Generator.class.getName());
  }

  static void install() {
    if (Security.getProvider(NAME) == null) {
      Security.insertProviderAt(new FuzzRsaKeyPairs(), 1);
    }
  }

  static void uninstall() {
    Security.removeProvider(NAME);
  }

  /** The generator the provider serves. */
  public static final class Generator extends KeyPairGeneratorSpi {
    private int bits = 2048;
    private BigInteger exponent = RSAKeyGenParameterSpec.F4;

    @Override
    public void initialize(int keysize, SecureRandom random) {
      bits = keysize;
      exponent = RSAKeyGenParameterSpec.F4;
    }

    @Override
    public void initialize(AlgorithmParameterSpec params, SecureRandom random) throws InvalidAlgorithmParameterException {
      if (!(params instanceof RSAKeyGenParameterSpec s)) {
        throw new InvalidAlgorithmParameterException("expected: RSAKeyGenParameterSpec");
      }
      bits = s.getKeysize();
      exponent = s.getPublicExponent();
    }

    @Override
    public KeyPair generateKeyPair() {
      return PAIRS.computeIfAbsent(bits + "/" + exponent, k -> {
        try {
          KeyPairGenerator real = KeyPairGenerator.getInstance("RSA", "SunRsaSign");
          real.initialize(new RSAKeyGenParameterSpec(bits, exponent));
          return real.generateKeyPair();
        } catch (NoSuchAlgorithmException | java.security.NoSuchProviderException | InvalidAlgorithmParameterException e) {
          throw new IllegalStateException("RSA " + bits + ": " + e.getMessage(), e);
        }
      });
    }
  }
}
