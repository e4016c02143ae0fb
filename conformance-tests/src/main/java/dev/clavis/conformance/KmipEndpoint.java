package dev.clavis.conformance;

import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * A KMIP server to test: host and port, the client certificate and key it accepts, and the CA
 * that signed its own certificate (all PEM files). Connections are TLS 1.3 or 1.2 with the
 * client certificate; the server certificate must chain to {@code caCert} and name the host
 * (HTTPS-style host name check, RFC 2818), unless {@code verifyHostname} is false.
 *
 * @param host the server's address (a name or an IP literal)
 * @param port its TTLV port (5696 by convention)
 * @param clientCert the client certificate chain, leaf first
 * @param clientKey the client's private key (PKCS#8, PKCS#1 or SEC1 PEM, unencrypted)
 * @param caCert the CA certificate(s) the server certificate chains to
 * @param verifyHostname check that the server certificate names {@code host}
 * @param timeout connect and read timeout of one exchange
 */
public record KmipEndpoint(
    String host, int port, Path clientCert, Path clientKey, Path caCert, boolean verifyHostname, Duration timeout) {

  /** The default timeout of one request/response exchange. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /** TLS versions offered; KMIP 1.4 §3.1 / KMIP 2.1 §"Authentication" require TLS 1.2 or later. */
  static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  public KmipEndpoint {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(clientCert, "clientCert");
    Objects.requireNonNull(clientKey, "clientKey");
    Objects.requireNonNull(caCert, "caCert");
    Objects.requireNonNull(timeout, "timeout");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port: " + port + " (expected: 1..65535)");
    }
  }

  public KmipEndpoint(String host, int port, Path clientCert, Path clientKey, Path caCert) {
    this(host, port, clientCert, clientKey, caCert, true, DEFAULT_TIMEOUT);
  }

  /** Opens a TLS connection (handshake done) with the limits of {@code maxResponseBytes}. */
  public KmipConnection connect(int maxResponseBytes) throws IOException {
    SSLContext ctx = sslContext();
    SSLSocket socket = (SSLSocket) ctx.getSocketFactory().createSocket();
    try {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      socket.setTcpNoDelay(true);
      SSLParameters p = socket.getSSLParameters();
      p.setProtocols(PROTOCOLS);
      if (verifyHostname) {
        p.setEndpointIdentificationAlgorithm("HTTPS");
      }
      socket.setSSLParameters(p);
      socket.startHandshake();
      return new KmipConnection(socket, maxResponseBytes);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  /** A client SSL context from the PEM files (read on each call: they may be rotated). */
  public SSLContext sslContext() throws IOException {
    try {
      Collection<? extends Certificate> chain = certificates(clientCert);
      PrivateKey key = privateKey(clientKey);
      char[] password = new char[0];
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("client", key, password, chain.toArray(new Certificate[0]));
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, password);

      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      int i = 0;
      for (Certificate c : certificates(caCert)) {
        trust.setCertificateEntry("ca-" + i++, c);
      }
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);

      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), new SecureRandom());
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IOException("TLS client context: " + e.getMessage() + " (expected: PEM certificates and an unencrypted PEM key)", e);
    }
  }

  private static Collection<? extends Certificate> certificates(Path pem) throws IOException, GeneralSecurityException {
    try (var in = Files.newInputStream(pem)) {
      Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certs.isEmpty()) {
        throw new IOException("certificate file: " + pem + " holds no certificate (expected: PEM certificates)");
      }
      return certs;
    }
  }

  private static PrivateKey privateKey(Path pem) throws IOException {
    try (Reader r = Files.newBufferedReader(pem, StandardCharsets.US_ASCII); PEMParser parser = new PEMParser(r)) {
      Object o = parser.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (o instanceof PEMKeyPair kp) {
        return converter.getPrivateKey(kp.getPrivateKeyInfo());
      }
      if (o instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
      throw new IOException("key file: " + pem + " holds " + (o == null ? "nothing" : o.getClass().getSimpleName())
          + " (expected: an unencrypted PEM private key)");
    }
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
