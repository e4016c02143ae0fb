package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevPkiTest {

  static DevPki pki;
  static Instant createdAround;

  @BeforeAll
  static void create(@TempDir Path dir) {
    pki = DevPki.at(dir.resolve("data").resolve("pki"));
    createdAround = Instant.now();
    assertThat(pki.ensure()).as("created on first use").isTrue();
  }

  private static X509Certificate cert(Path p) {
    return TestPki.readChain(p).get(0);
  }

  @Test
  void caIsACertificateAuthorityThatSignsBothLeaves() throws Exception {
    X509Certificate ca = cert(pki.caCert());
    assertThat(ca.getBasicConstraints()).as("CA with path length 0").isEqualTo(0);
    assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
    assertThat(ca.getSubjectX500Principal()).isEqualTo(ca.getIssuerX500Principal());
    ca.verify(ca.getPublicKey());
    cert(pki.serverCert()).verify(ca.getPublicKey());
    cert(pki.clientCert()).verify(ca.getPublicKey());
    // The PEM chains carry the CA after the leaf.
    assertThat(TestPki.readChain(pki.serverCert())).hasSize(2).element(1).isEqualTo(ca);
    assertThat(TestPki.readChain(pki.clientCert())).hasSize(2).element(1).isEqualTo(ca);
  }

  @Test
  void serverCertificateNamesLocalhostAndBothLoopbacksForServerAuth() throws Exception {
    X509Certificate server = cert(pki.serverCert());
    assertThat(ClientIdentity.sans(server)).containsExactly("DNS:localhost", "IP:127.0.0.1", "IP:0:0:0:0:0:0:0:1");
    assertThat(server.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(server.getBasicConstraints()).as("not a CA").isEqualTo(-1);
  }

  @Test
  void clientCertificateIsForClientAuth() throws Exception {
    X509Certificate client = cert(pki.clientCert());
    assertThat(client.getExtendedKeyUsage()).containsExactly(ServerTls.CLIENT_AUTH_EKU);
    assertThat(client.getSubjectX500Principal().getName()).isEqualTo("CN=clavis-dev-client,O=Clavis development PKI");
    assertThat(client.getBasicConstraints()).isEqualTo(-1);
  }

  @Test
  void validityCoversNowAndTheDocumentedPeriod() {
    for (Path p : List.of(pki.caCert(), pki.serverCert(), pki.clientCert())) {
      X509Certificate c = cert(p);
      assertThat(c.getNotBefore().toInstant()).isBefore(createdAround);
      Duration expected = p.equals(pki.caCert()) ? DevPki.CA_VALIDITY : DevPki.LEAF_VALIDITY;
      assertThat(c.getNotAfter().toInstant())
          .isAfter(createdAround.plus(expected).minus(Duration.ofMinutes(5)))
          .isBefore(createdAround.plus(expected).plus(Duration.ofMinutes(5)));
    }
  }

  @Test
  void keysAreEcP256ByDefaultAndMatchTheirCertificates() throws Exception {
    assertKeys(pki, "SHA256withECDSA", c -> {
      assertThat(c.getPublicKey()).isInstanceOf(ECPublicKey.class);
      assertThat(((ECPublicKey) c.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
      assertThat(c.getSigAlgName()).isEqualTo("SHA256withECDSA");
    });
    // An EC leaf signs only: no keyEncipherment (RFC 5480 §3).
    boolean[] usage = cert(pki.serverCert()).getKeyUsage();
    assertThat(usage[0]).as("digitalSignature").isTrue();
    assertThat(usage[2]).as("keyEncipherment").isFalse();
  }

  @Test
  void rsaOnRequestIsRsa3072(@TempDir Path dir) throws Exception {
    DevPki rsa = DevPki.at(dir.resolve("pki"), DevPki.KeyType.RSA);
    assertThat(rsa.ensure()).isTrue();
    assertKeys(rsa, "SHA256withRSA", c -> {
      assertThat(((RSAPublicKey) c.getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
      assertThat(c.getSigAlgName()).isEqualTo("SHA256withRSA");
    });
    assertThat(cert(rsa.serverCert()).getKeyUsage()[2]).as("keyEncipherment").isTrue();
    assertThat(DevPki.KeyType.parse("RSA")).isEqualTo(DevPki.KeyType.RSA);
    assertThat(DevPki.KeyType.parse("ec")).isEqualTo(DevPki.KeyType.EC);
    assertThatThrownBy(() -> DevPki.KeyType.parse("dsa")).hasMessageContaining("expected: ec or rsa");
  }

  private static void assertKeys(DevPki p, String algorithm, java.util.function.Consumer<X509Certificate> check) throws Exception {
    Map<Path, Path> pairs = new HashMap<>();
    pairs.put(p.caKey(), p.caCert());
    pairs.put(p.serverKey(), p.serverCert());
    pairs.put(p.clientKey(), p.clientCert());
    for (Map.Entry<Path, Path> e : pairs.entrySet()) {
      PrivateKey key = TestPki.readKey(e.getKey());
      X509Certificate c = cert(e.getValue());
      check.accept(c);
      Signature s = Signature.getInstance(algorithm);
      s.initSign(key);
      s.update(new byte[] {1, 2, 3});
      byte[] sig = s.sign();
      s.initVerify(c.getPublicKey());
      s.update(new byte[] {1, 2, 3});
      assertThat(s.verify(sig)).as("%s matches %s", e.getKey(), e.getValue()).isTrue();
      assertThat(Files.readString(e.getKey())).startsWith("-----BEGIN PRIVATE KEY-----");
    }
  }

  @Test
  void secretsAreOwnerOnlyAndCertificatesReadable() throws Exception {
    for (Path p : List.of(pki.caKey(), pki.serverKey(), pki.clientKey(), pki.clientP12(), pki.clientP12Password())) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as("%s", p).isEqualTo("rw-------");
    }
    for (Path p : List.of(pki.caCert(), pki.serverCert(), pki.clientCert())) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as("%s", p).isEqualTo("rw-r--r--");
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pki.dir()))).isEqualTo("rwx------");
    try (var left = Files.list(pki.dir().getParent())) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no partial directory left").containsExactly("pki");
    }
  }

  @Test
  void pkcs12OpensWithThePasswordFileAndHoldsTheClientKeyAndChain() throws Exception {
    char[] password = Files.readString(pki.clientP12Password()).strip().toCharArray();
    assertThat(password.length).isGreaterThanOrEqualTo(24);
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(pki.clientP12())) {
      ks.load(in, password);
    }
    assertThat(ks.isKeyEntry(DevPki.CLIENT_ALIAS)).isTrue();
    assertThat(ks.getCertificateChain(DevPki.CLIENT_ALIAS)).hasSize(2);
    assertThat(ks.getCertificate(DevPki.CLIENT_ALIAS)).isEqualTo(cert(pki.clientCert()));
    assertThat(ks.getKey(DevPki.CLIENT_ALIAS, password).getEncoded())
        .isEqualTo(TestPki.readKey(pki.clientKey()).getEncoded());
  }

  @Test
  void existingPkiIsReusedNeverOverwritten() throws Exception {
    Map<String, byte[]> before = new HashMap<>();
    for (String f : DevPki.FILES) {
      before.put(f, Files.readAllBytes(pki.dir().resolve(f)));
    }
    assertThat(DevPki.at(pki.dir()).ensure()).as("reused").isFalse();
    for (String f : DevPki.FILES) {
      assertThat(Files.readAllBytes(pki.dir().resolve(f))).as(f).isEqualTo(before.get(f));
    }
  }

  @Test
  void partialPkiIsAnErrorAndNothingIsWritten(@TempDir Path dir) throws Exception {
    Path pkiDir = Files.createDirectories(dir.resolve("pki"));
    Files.writeString(pkiDir.resolve(DevPki.CA_CERT), "not touched");
    assertThatThrownBy(() -> DevPki.at(pkiDir).ensure())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing [ca.key, server.pem")
        .hasMessageContaining("nothing is overwritten");
    try (var files = Files.list(pkiDir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(DevPki.CA_CERT);
    }
    assertThat(Files.readString(pkiDir.resolve(DevPki.CA_CERT))).isEqualTo("not touched");
  }
}
