package dev.clavis.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Certificates for the tests, made once per test JVM: the development PKI the server trusts, a
 * second (untrusted) one, and odd client certificates signed by the trusted CA.
 */
final class TestPki {

  private static TestPki instance;

  final DevPki trusted;
  final DevPki untrusted;
  /** Signed by the trusted CA, no extended key usage at all. */
  final Path noEkuCert;
  final Path noEkuKey;
  /** Signed by the trusted CA, serverAuth only. */
  final Path serverOnlyCert;
  final Path serverOnlyKey;
  /** Signed by the trusted CA, clientAuth: a second client identity ({@code CN=other-client}). */
  final Path otherClientCert;
  final Path otherClientKey;
  /** Signed by the trusted CA, clientAuth: an administrator in the tests ({@code CN=admin-client}). */
  final Path adminClientCert;
  final Path adminClientKey;

  private TestPki(Path dir) throws Exception {
    trusted = DevPki.at(dir.resolve("trusted"));
    trusted.ensure();
    untrusted = DevPki.at(dir.resolve("untrusted"));
    untrusted.ensure();
    X509Certificate ca = ServerTls.readCertificates(trusted.caCert()).get(0);
    KeyPair caKeys = new KeyPair(ca.getPublicKey(), readKey(trusted.caKey()));
    org.bouncycastle.asn1.x500.X500Name caName = org.bouncycastle.asn1.x500.X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
    noEkuCert = dir.resolve("no-eku.pem");
    noEkuKey = dir.resolve("no-eku.key");
    issue(caKeys, caName, ca, "no-eku-client", DevPki.Role.CLIENT_NO_EKU, noEkuCert, noEkuKey);
    serverOnlyCert = dir.resolve("server-only.pem");
    serverOnlyKey = dir.resolve("server-only.key");
    issue(caKeys, caName, ca, "localhost", DevPki.Role.SERVER, serverOnlyCert, serverOnlyKey);
    otherClientCert = dir.resolve("other-client.pem");
    otherClientKey = dir.resolve("other-client.key");
    issue(caKeys, caName, ca, "other-client", DevPki.Role.CLIENT, otherClientCert, otherClientKey);
    adminClientCert = dir.resolve("admin-client.pem");
    adminClientKey = dir.resolve("admin-client.key");
    issue(caKeys, caName, ca, "admin-client", DevPki.Role.CLIENT, adminClientCert, adminClientKey);
  }

  private static void issue(KeyPair caKeys, org.bouncycastle.asn1.x500.X500Name caName, X509Certificate ca,
      String cn, DevPki.Role role, Path cert, Path key) throws Exception {
    KeyPair keys = DevPki.rsa();
    X509Certificate c = DevPki.issue(DevPki.name(cn), keys.getPublic(), caName, caKeys, Instant.now(), Duration.ofDays(1), role);
    Files.write(cert, DevPki.pem(c, ca));
    Files.write(key, DevPki.pem(keys.getPrivate()));
  }

  static synchronized TestPki get() {
    if (instance == null) {
      try {
        Path dir = Files.createTempDirectory("clavis-test-pki");
        dir.toFile().deleteOnExit();
        instance = new TestPki(dir);
      } catch (Exception e) {
        throw new IllegalStateException("test PKI: " + e.getMessage(), e);
      }
    }
    return instance;
  }

  /** Server TLS settings using the trusted development PKI. */
  ServerConfig.TlsSettings serverTls(boolean requireClientAuthEku) {
    return new ServerConfig.TlsSettings(trusted.serverCert(), trusted.serverKey(), trusted.caCert(),
        ServerTls.PROTOCOLS, requireClientAuthEku);
  }

  static PrivateKey readKey(Path pem) {
    try {
      String text = Files.readString(pem, StandardCharsets.US_ASCII);
      String b64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64));
      try {
        return KeyFactory.getInstance("EC").generatePrivate(spec); // the development PKI's default (ADR 0010)
      } catch (java.security.spec.InvalidKeySpecException notEc) {
        return KeyFactory.getInstance("RSA").generatePrivate(spec);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<X509Certificate> readChain(Path pem) {
    return ServerTls.readCertificates(pem);
  }
}
