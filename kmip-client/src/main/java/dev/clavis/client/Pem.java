package dev.clavis.client;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads PEM files (RFC 7468) with Bouncy Castle's parser: X.509 certificates, and unencrypted
 * private keys as PKCS#8 ({@code PRIVATE KEY}), PKCS#1 ({@code RSA PRIVATE KEY}) or SEC1
 * ({@code EC PRIVATE KEY}). Key objects are built by the JDK's providers. Errors name the file and
 * what was found, never key bytes; they are {@link IllegalArgumentException}s (bad input).
 */
final class Pem {
  private Pem() {}

  /** Every certificate in the file, in order (a chain: leaf first). */
  static List<X509Certificate> certificates(Path file) {
    List<X509Certificate> out = new ArrayList<>();
    JcaX509CertificateConverter conv = new JcaX509CertificateConverter();
    for (Object o : objects(file)) {
      if (o instanceof X509CertificateHolder h) {
        try {
          out.add(conv.getCertificate(h));
        } catch (CertificateException e) {
          throw new IllegalArgumentException(file + ": unreadable certificate: " + e.getMessage(), e);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(file + ": no certificate (expected: a PEM file with CERTIFICATE blocks)");
    }
    return out;
  }

  /**
   * Trust managers for the server's certificate: the CA certificates of {@code caFile} (PEM), or
   * the JDK's trust store when {@code caFile} is null.
   */
  static javax.net.ssl.TrustManager[] trustManagers(Path caFile) throws java.security.GeneralSecurityException, IOException {
    javax.net.ssl.TrustManagerFactory tmf =
        javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
    if (caFile != null) {
      java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      int i = 0;
      for (X509Certificate ca : certificates(caFile)) {
        trust.setCertificateEntry("ca" + i++, ca);
      }
      tmf.init(trust);
    } else {
      tmf.init((java.security.KeyStore) null);
    }
    return tmf.getTrustManagers();
  }

  /** The first private key in the file. */
  static PrivateKey privateKey(Path file) {
    JcaPEMKeyConverter conv = new JcaPEMKeyConverter();
    for (Object o : objects(file)) {
      try {
        if (o instanceof PrivateKeyInfo pki) {
          return conv.getPrivateKey(pki);
        }
        if (o instanceof PEMKeyPair kp) {
          return conv.getPrivateKey(kp.getPrivateKeyInfo());
        }
      } catch (IOException e) {
        throw new IllegalArgumentException(file + ": unreadable private key (" + e.getClass().getSimpleName() + ")", e);
      }
      if (o instanceof PEMEncryptedKeyPair || o instanceof PKCS8EncryptedPrivateKeyInfo) {
        throw new IllegalArgumentException(file + ": encrypted private key (expected: an unencrypted key, file mode 0600)");
      }
    }
    throw new IllegalArgumentException(
        file + ": no private key (expected: PEM PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY)");
  }

  private static List<Object> objects(Path file) {
    List<Object> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser p = new PEMParser(r)) {
      for (Object o = p.readObject(); o != null; o = p.readObject()) {
        out.add(o);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file", e);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(file + ": not readable as PEM (" + e.getClass().getSimpleName() + ")", e);
    }
    return out;
  }
}
