package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS hardening over real sockets on port 0: revocation through a CRL file, and the server
 * certificate, CA bundle and CRL re-read from disk without a restart.
 */
class TlsHardeningIT {

  static final TestPki PKI = TestPki.get();

  /** Two client certificates of the trusted CA: one revoked by {@link #crlRevoking}, one not. */
  static Path revokedCert;
  static Path revokedKey;
  static Path goodCert;
  static Path goodKey;
  static BigInteger revokedSerial;

  @TempDir static Path certs;
  @TempDir Path dir;

  private final List<KmipServer> servers = new ArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final MessageProcessor echo = (request, client) -> {
    calls.incrementAndGet();
    return TestClient.answer(request);
  };

  @BeforeAll
  static void clients() throws Exception {
    X509Certificate ca = ca();
    KeyPair caKeys = caKeys();
    X500Name caName = X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
    revokedCert = certs.resolve("revoked.pem");
    revokedKey = certs.resolve("revoked.key");
    goodCert = certs.resolve("good.pem");
    goodKey = certs.resolve("good.key");
    revokedSerial = issue(caKeys, caName, ca, "revoked-client", revokedCert, revokedKey);
    issue(caKeys, caName, ca, "good-client", goodCert, goodKey);
  }

  static X509Certificate ca() {
    return ServerTls.readCertificates(PKI.trusted.caCert()).get(0);
  }

  static KeyPair caKeys() {
    return new KeyPair(ca().getPublicKey(), TestPki.readKey(PKI.trusted.caKey()));
  }

  private static BigInteger issue(KeyPair caKeys, X500Name caName, X509Certificate ca, String cn, Path cert, Path key)
      throws Exception {
    KeyPair keys = DevPki.rsa();
    X509Certificate c = DevPki.issue(DevPki.name(cn), keys.getPublic(), caName, caKeys, Instant.now(), Duration.ofDays(1),
        DevPki.Role.CLIENT);
    Files.write(cert, DevPki.pem(c, ca));
    Files.write(key, DevPki.pem(keys.getPrivate()));
    return c.getSerialNumber();
  }

  /** A CRL of the trusted CA revoking {@code serials}, PEM (or DER). */
  static byte[] crlRevoking(boolean pem, BigInteger... serials) throws Exception {
    X509Certificate ca = ca();
    Date now = new Date();
    X509v2CRLBuilder b = new X509v2CRLBuilder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
        new Date(now.getTime() - 3_600_000L));
    b.setNextUpdate(new Date(now.getTime() + 86_400_000L));
    for (BigInteger s : serials) {
      b.addCRLEntry(s, now, CRLReason.keyCompromise);
    }
    byte[] der = new JcaX509CRLConverter()
        .getCRL(b.build(new JcaContentSignerBuilder(signatureOf(caKeys().getPrivate())).build(caKeys().getPrivate())))
        .getEncoded();
    if (!pem) {
      return der;
    }
    StringWriter s = new StringWriter();
    try (PemWriter w = new PemWriter(s)) {
      w.writeObject(new PemObject("X509 CRL", der));
    }
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(Duration.ZERO));
  }

  private KmipServer start(ServerConfig.TlsSettings tls) {
    Map<String, String> o = new HashMap<>();
    o.put("server.port", "0");
    o.put("server.data-dir", dir.resolve("data").toString());
    KmipServer s = KmipServer.start(ConfigReader.read(null, o).withTls(tls), echo);
    servers.add(s);
    return s;
  }

  /** The client gets an answer on a new connection, and returns the server certificate it saw. */
  private X509Certificate assertAccepted(SSLContext ctx, InetSocketAddress address) throws Exception {
    int before = calls.get();
    try (TestClient c = TestClient.connect(ctx, address)) {
      c.send(TestClient.request(7));
      assertThat(TestClient.number(c.receive())).isEqualTo(7);
      assertThat(calls.get()).isEqualTo(before + 1);
      return (X509Certificate) c.socket.getSession().getPeerCertificates()[0];
    }
  }

  /** The handshake fails, or the connection is closed before the request is processed. */
  private void assertRefused(SSLContext ctx, InetSocketAddress address) throws Exception {
    int before = calls.get();
    try (TestClient c = TestClient.connect(ctx, address)) {
      try {
        c.send(TestClient.request(1));
      } catch (IOException alreadyClosed) {
        // the alert may have arrived before the write
      }
      assertThat(c.closedByServer()).isTrue();
    } catch (SSLException | java.net.SocketException refusedInHandshake) {
      assertThat(refusedInHandshake).as("the server was listening").isNotInstanceOf(java.net.ConnectException.class);
    }
    assertThat(calls.get()).as("processor never reached").isEqualTo(before);
  }

  private static SSLContext client(Path cert, Path key, Path serverCa) throws Exception {
    return TestClient.context(cert, key, serverCa);
  }

  @Test
  void aRevokedClientCertificateIsRefusedAndAnotherOneAccepted() throws Exception {
    for (boolean pem : new boolean[] {true, false}) {
      Path crl = Files.write(dir.resolve(pem ? "ca.crl.pem" : "ca.crl"), crlRevoking(pem, revokedSerial));
      KmipServer server = start(PKI.serverTls(true).withRevocation(crl, Duration.ZERO));
      assertRefused(client(revokedCert, revokedKey, PKI.trusted.caCert()), server.address());
      assertAccepted(client(goodCert, goodKey, PKI.trusted.caCert()), server.address());
      server.stop(Duration.ZERO);
    }
  }

  @Test
  void withoutACrlFileRevocationIsNotChecked() throws Exception {
    KmipServer server = start(PKI.serverTls(true));
    assertAccepted(client(revokedCert, revokedKey, PKI.trusted.caCert()), server.address());
  }

  @Test
  void aCrlFromAnotherCaCoversNothingSoClientsAreRefused() throws Exception {
    // No valid CRL for the client's issuer: revocation status unknown, refused (no soft fail).
    X509Certificate otherCa = ServerTls.readCertificates(PKI.untrusted.caCert()).get(0);
    X509v2CRLBuilder b = new X509v2CRLBuilder(X500Name.getInstance(otherCa.getSubjectX500Principal().getEncoded()),
        new Date(System.currentTimeMillis() - 3_600_000L));
    b.setNextUpdate(new Date(System.currentTimeMillis() + 86_400_000L));
    byte[] der = new JcaX509CRLConverter()
        .getCRL(b.build(new JcaContentSignerBuilder(signatureOf(TestPki.readKey(PKI.untrusted.caKey()))).build(TestPki.readKey(PKI.untrusted.caKey()))))
        .getEncoded();
    Path crl = Files.write(dir.resolve("other.crl"), der);
    KmipServer server = start(PKI.serverTls(true).withRevocation(crl, Duration.ZERO));
    assertRefused(client(goodCert, goodKey, PKI.trusted.caCert()), server.address());
  }

  @Test
  void aNewlyPublishedCrlIsUsedWithoutARestart() throws Exception {
    Path crl = Files.write(dir.resolve("ca.crl"), crlRevoking(true));
    KmipServer server = start(PKI.serverTls(true).withRevocation(crl, Duration.ZERO));
    SSLContext revoked = client(revokedCert, revokedKey, PKI.trusted.caCert());
    assertAccepted(revoked, server.address());
    replace(crl, crlRevoking(true, revokedSerial));
    assertThat(server.tls().reloadIfChanged()).isTrue();
    assertRefused(revoked, server.address());
    assertAccepted(client(goodCert, goodKey, PKI.trusted.caCert()), server.address());
  }

  /** Writes a complete file next to {@code target} and renames it into place. */
  private static void replace(Path target, byte[] content) throws IOException {
    Path tmp = Files.write(target.resolveSibling(target.getFileName() + ".new"), content);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private ServerConfig.TlsSettings copiedTrustedPki(Duration reloadInterval) throws IOException {
    Path cert = Files.copy(PKI.trusted.serverCert(), dir.resolve("server.pem"));
    Path key = Files.copy(PKI.trusted.serverKey(), dir.resolve("server.key"));
    Path ca = Files.copy(PKI.trusted.caCert(), dir.resolve("client-ca.pem"));
    return new ServerConfig.TlsSettings(cert, key, ca, ServerTls.PROTOCOLS, true, null, reloadInterval);
  }

  @Test
  void replacedServerCertificateAndCaBundleAreUsedForNewConnectionsWithoutARestart() throws Exception {
    ServerConfig.TlsSettings tls = copiedTrustedPki(Duration.ZERO);
    KmipServer server = start(tls);
    SSLContext oldClient = client(PKI.trusted.clientCert(), PKI.trusted.clientKey(), PKI.trusted.caCert());
    SSLContext newClient = client(PKI.untrusted.clientCert(), PKI.untrusted.clientKey(), PKI.untrusted.caCert());
    X509Certificate oldServer = ServerTls.readCertificates(PKI.trusted.serverCert()).get(0);
    X509Certificate newServer = ServerTls.readCertificates(PKI.untrusted.serverCert()).get(0);
    assertThat(assertAccepted(oldClient, server.address())).isEqualTo(oldServer);
    assertRefused(newClient, server.address());

    try (TestClient established = TestClient.connect(oldClient, server.address())) {
      established.send(TestClient.request(1));
      assertThat(TestClient.number(established.receive())).isEqualTo(1);

      replace(tls.serverKey(), Files.readAllBytes(PKI.untrusted.serverKey()));
      replace(tls.serverCert(), Files.readAllBytes(PKI.untrusted.serverCert()));
      replace(tls.clientCa(), Files.readAllBytes(PKI.untrusted.caCert()));
      assertThat(server.tls().reloadIfChanged()).isTrue();
      assertThat(server.tls().reloadIfChanged()).as("nothing changed since").isFalse();

      assertThat(assertAccepted(newClient, server.address())).isEqualTo(newServer);
      assertRefused(client(PKI.trusted.clientCert(), PKI.trusted.clientKey(), PKI.untrusted.caCert()), server.address());
      // the connection made before the reload keeps working
      established.send(TestClient.request(2));
      assertThat(TestClient.number(established.receive())).isEqualTo(2);
    }
  }

  @Test
  void theFilesArePolledAtTheConfiguredInterval() throws Exception {
    ServerConfig.TlsSettings tls = copiedTrustedPki(Duration.ofMillis(200));
    KmipServer server = start(tls);
    io.netty.handler.ssl.SslContext before = server.tls().current();
    replace(tls.serverKey(), Files.readAllBytes(PKI.untrusted.serverKey()));
    replace(tls.serverCert(), Files.readAllBytes(PKI.untrusted.serverCert()));
    replace(tls.clientCa(), Files.readAllBytes(PKI.untrusted.caCert()));
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (server.tls().current() == before && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(server.tls().current()).as("reloaded by the poller").isNotSameAs(before);
    X509Certificate newServer = ServerTls.readCertificates(PKI.untrusted.serverCert()).get(0);
    assertThat(assertAccepted(client(PKI.untrusted.clientCert(), PKI.untrusted.clientKey(), PKI.untrusted.caCert()),
        server.address())).isEqualTo(newServer);
  }

  @Test
  void aCorruptReplacementKeepsTheCurrentCertificates() throws Exception {
    ServerConfig.TlsSettings tls = copiedTrustedPki(Duration.ZERO);
    KmipServer server = start(tls);
    SSLContext oldClient = client(PKI.trusted.clientCert(), PKI.trusted.clientKey(), PKI.trusted.caCert());
    X509Certificate oldServer = ServerTls.readCertificates(PKI.trusted.serverCert()).get(0);

    replace(tls.serverCert(), "-----BEGIN CERTIFICATE-----\nnot a certificate\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(server.tls().reloadIfChanged()).isFalse();
    assertThat(assertAccepted(oldClient, server.address())).isEqualTo(oldServer);

    // a certificate that does not match the key is refused the same way
    replace(tls.serverCert(), Files.readAllBytes(PKI.untrusted.serverCert()));
    assertThat(server.tls().reloadIfChanged()).isFalse();
    assertThat(assertAccepted(oldClient, server.address())).isEqualTo(oldServer);

    // and once the key follows, the pair loads
    replace(tls.serverKey(), Files.readAllBytes(PKI.untrusted.serverKey()));
    assertThat(server.tls().reloadIfChanged()).isTrue();
  }

  /** The CRL signature algorithm for a CA key of the development PKI (EC by default, RSA on request). */
  static String signatureOf(java.security.PrivateKey caKey) {
    return "EC".equals(caKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
  }
}
