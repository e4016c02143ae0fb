package dev.clavis.client;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * A throwaway PKI for the client tests, made with Bouncy Castle: a CA, server certificates
 * (one for 127.0.0.1/localhost, one for another name), and client certificates. EC P-256 keys
 * (fast to generate), one RSA client key for the PKCS#1 path. Test fixture only.
 */
final class TestPki {

  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

  record Issued(X509Certificate cert, PrivateKey key) {}

  final Issued ca;

  TestPki(String caName) {
    KeyPair kp = ec();
    this.ca = new Issued(sign(new X500Name("CN=" + caName), kp, null, kp.getPrivate(), true, null, null), kp.getPrivate());
  }

  Issued server(String... sans) {
    KeyPair kp = ec();
    return new Issued(sign(new X500Name("CN=test server"), kp, ca.cert(), ca.key(), false, KeyPurposeId.id_kp_serverAuth, sans),
        kp.getPrivate());
  }

  Issued client(String cn, boolean rsa) {
    KeyPair kp = rsa ? rsa() : ec();
    return new Issued(sign(new X500Name("CN=" + cn), kp, ca.cert(), ca.key(), false, KeyPurposeId.id_kp_clientAuth, null),
        kp.getPrivate());
  }

  /** A server-side (or test) context with this identity, trusting this CA, requiring a client certificate. */
  SSLContext context(Issued identity) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("k", identity.key(), new char[0], new X509Certificate[] {identity.cert(), ca.cert()});
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, new char[0]);
      KeyStore ts = KeyStore.getInstance("PKCS12");
      ts.load(null, null);
      ts.setCertificateEntry("ca", ca.cert());
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ts);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the client files: {@code client.pem} (cert), {@code client.key} (PKCS#8, or traditional when asked), {@code ca.pem}. */
  void writeClientFiles(Path dir, Issued client, boolean traditionalKey) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("client.pem"), pem(client.cert()));
      Files.writeString(dir.resolve("client.key"), traditionalKey ? traditional(client.key()) : pkcs8(client.key()));
      Files.writeString(dir.resolve("ca.pem"), pem(ca.cert()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String pem(Object o) {
    StringWriter w = new StringWriter();
    try (JcaPEMWriter p = new JcaPEMWriter(w)) {
      p.writeObject(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** PKCS#1 {@code RSA PRIVATE KEY} or SEC1 {@code EC PRIVATE KEY} (with the curve, as OpenSSL writes it). */
  static String traditional(PrivateKey key) {
    if (key.getAlgorithm().equals("RSA")) {
      return pem(key);
    }
    try {
      PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
      org.bouncycastle.asn1.sec.ECPrivateKey ec = org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(info.parsePrivateKey());
      byte[] der = new org.bouncycastle.asn1.sec.ECPrivateKey(256, ec.getKey(), info.getPrivateKeyAlgorithm().getParameters())
          .getEncoded();
      StringWriter w = new StringWriter();
      try (PemWriter p = new PemWriter(w)) {
        p.writeObject(new PemObject("EC PRIVATE KEY", der));
      }
      return w.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String pkcs8(PrivateKey key) {
    try {
      return pem(new JcaPKCS8Generator(key, null).generate());
    } catch (org.bouncycastle.util.io.pem.PemGenerationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair ec() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate sign(X500Name subject, KeyPair kp, X509Certificate issuer, PrivateKey issuerKey,
      boolean isCa, KeyPurposeId purpose, String[] sans) {
    try {
      Instant now = Instant.now();
      X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
      JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(SERIAL.incrementAndGet()),
          Date.from(now.minus(1, ChronoUnit.HOURS)), Date.from(now.plus(1, ChronoUnit.DAYS)), subject, kp.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
      if (purpose != null) {
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
      }
      if (sans != null && sans.length > 0) {
        List<GeneralName> names = java.util.Arrays.stream(sans)
            .map(s -> Character.isDigit(s.charAt(0)) || s.contains(":")
                ? new GeneralName(GeneralName.iPAddress, s) : new GeneralName(GeneralName.dNSName, s))
            .toList();
        b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names.toArray(GeneralName[]::new)));
      }
      String alg = issuerKey.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
      return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder(alg).build(issuerKey)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
