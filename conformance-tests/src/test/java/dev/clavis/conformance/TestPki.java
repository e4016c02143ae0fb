package dev.clavis.conformance;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway PKI for tests: a CA, a server certificate for 127.0.0.1 (serverAuth) and a client
 * certificate (clientAuth), RSA-2048, written as PEM files (keys PKCS#8) into a directory.
 */
final class TestPki {

  final Path ca;
  final Path serverCert;
  final Path serverKey;
  final Path clientCert;
  final Path clientKey;

  private TestPki(Path dir) {
    ca = dir.resolve("ca.pem");
    serverCert = dir.resolve("server.pem");
    serverKey = dir.resolve("server.key");
    clientCert = dir.resolve("client.pem");
    clientKey = dir.resolve("client.key");
  }

  static TestPki create(Path dir) throws IOException, GeneralSecurityException, OperatorCreationException {
    TestPki p = new TestPki(dir);
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair caKeys = g.generateKeyPair();
    X500Name caName = new X500Name("CN=Clavis conformance test CA");
    Instant now = Instant.now();
    Date from = Date.from(now.minus(Duration.ofHours(1)));
    Date to = Date.from(now.plus(Duration.ofDays(2)));

    JcaX509v3CertificateBuilder cab = new JcaX509v3CertificateBuilder(caName, BigInteger.ONE, from, to, caName, caKeys.getPublic());
    cab.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    cab.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    X509Certificate caCert = sign(cab, caKeys.getPrivate());

    KeyPair serverKeys = g.generateKeyPair();
    JcaX509v3CertificateBuilder sb = new JcaX509v3CertificateBuilder(caName, BigInteger.TWO, from, to,
        new X500Name("CN=127.0.0.1"), serverKeys.getPublic());
    sb.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
        new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")}));
    sb.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
    sb.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
    X509Certificate serverCert = sign(sb, caKeys.getPrivate());

    KeyPair clientKeys = g.generateKeyPair();
    JcaX509v3CertificateBuilder cb = new JcaX509v3CertificateBuilder(caName, BigInteger.valueOf(3), from, to,
        new X500Name("CN=conformance-runner"), clientKeys.getPublic());
    cb.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
    cb.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
    X509Certificate clientCert = sign(cb, caKeys.getPrivate());

    write(p.ca, caCert);
    write(p.serverCert, serverCert);
    write(p.serverKey, serverKeys.getPrivate());
    write(p.clientCert, clientCert);
    write(p.clientKey, clientKeys.getPrivate());
    return p;
  }

  private static X509Certificate sign(JcaX509v3CertificateBuilder b, PrivateKey issuer)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer)));
  }

  private static void write(Path file, Object o) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII); JcaPEMWriter pem = new JcaPEMWriter(w)) {
      pem.writeObject(o instanceof PrivateKey k ? new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(k, null) : o);
    }
  }
}
