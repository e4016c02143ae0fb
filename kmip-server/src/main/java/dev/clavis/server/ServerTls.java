package dev.clavis.server;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The server's TLS policy (ADR 0001): TLS 1.3 and 1.2 only, forward-secret AEAD suites only,
 * a client certificate required, chained to the configured CA and — unless configured otherwise —
 * carrying the clientAuth extended key usage.
 */
public final class ServerTls {

  /** The protocol versions the server can enable, most preferred first. */
  public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  /**
   * The cipher suites: every TLS 1.3 suite (all are AEAD and forward secret), and for TLS 1.2 only
   * ECDHE or DHE key exchange with AES-GCM or ChaCha20-Poly1305. No RSA key transport, no CBC.
   */
  public static final List<String> CIPHER_SUITES = List.of(
      "TLS_AES_256_GCM_SHA384",
      "TLS_AES_128_GCM_SHA256",
      "TLS_CHACHA20_POLY1305_SHA256",
      "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
      "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
      "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
      "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
      "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
      "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
      "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
      "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
      "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

  /** id-kp-clientAuth (RFC 5280 §4.2.1.12). */
  static final String CLIENT_AUTH_EKU = "1.3.6.1.5.5.7.3.2";
  /** anyExtendedKeyUsage (RFC 5280 §4.2.1.12). */
  static final String ANY_EKU = "2.5.29.37.0";

  private ServerTls() {}

  /** The Netty server context for these settings (JDK provider). */
  public static SslContext serverContext(ServerConfig.TlsSettings tls) {
    if (!tls.configured()) {
      throw new IllegalArgumentException("tls: no server certificate (expected: server-cert, server-key and client-ca)");
    }
    try {
      X509ExtendedTrustManager trust = trustManager(readCertificates(tls.clientCa()), tls.requireClientAuthEku());
      return SslContextBuilder.forServer(tls.serverCert().toFile(), tls.serverKey().toFile())
          .sslProvider(SslProvider.JDK)
          .protocols(tls.protocols())
          .ciphers(CIPHER_SUITES, SupportedCipherSuiteFilter.INSTANCE)
          .clientAuth(ClientAuth.REQUIRE)
          .trustManager(trust)
          .build();
    } catch (SSLException | IllegalArgumentException e) {
      throw new IllegalStateException("tls: cannot use server-cert " + tls.serverCert() + " with server-key "
          + tls.serverKey() + ": " + e.getMessage(), e);
    }
  }

  /** Reads every certificate of a PEM (or DER) file. */
  static List<X509Certificate> readCertificates(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certs.isEmpty()) {
        throw new IllegalStateException("tls: " + file + " holds no certificate (expected: one or more PEM certificates)");
      }
      return certs.stream().map(c -> (X509Certificate) c).toList();
    } catch (IOException | CertificateException e) {
      throw new IllegalStateException("tls: cannot read certificates from " + file + ": " + e.getMessage(), e);
    }
  }

  /** PKIX trust in exactly these anchors, plus the clientAuth EKU requirement. */
  static X509ExtendedTrustManager trustManager(List<X509Certificate> anchors, boolean requireClientAuthEku) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      int i = 0;
      for (X509Certificate c : anchors) {
        ks.setCertificateEntry("ca-" + i++, c);
      }
      TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
      tmf.init(ks);
      for (TrustManager tm : tmf.getTrustManagers()) {
        if (tm instanceof X509ExtendedTrustManager x) {
          return new ClientAuthTrustManager(x, requireClientAuthEku);
        }
      }
      throw new IllegalStateException("tls: the PKIX trust manager factory made no X509ExtendedTrustManager");
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("tls: cannot build the client certificate trust manager: " + e.getMessage(), e);
    }
  }

  /**
   * Checks a client chain with the JDK's PKIX validation (which already refuses an EKU extension
   * without clientAuth), then refuses a leaf with no EKU extension at all when required: a
   * certificate made for something else must not open a KMIP session.
   */
  static final class ClientAuthTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager delegate;
    private final boolean requireEku;

    ClientAuthTrustManager(X509ExtendedTrustManager delegate, boolean requireEku) {
      this.delegate = delegate;
      this.requireEku = requireEku;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
      delegate.checkClientTrusted(chain, authType, socket);
      checkEku(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
      delegate.checkClientTrusted(chain, authType, engine);
      checkEku(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      delegate.checkClientTrusted(chain, authType);
      checkEku(chain);
    }

    private void checkEku(X509Certificate[] chain) throws CertificateException {
      if (!requireEku) {
        return;
      }
      List<String> eku = chain[0].getExtendedKeyUsage();
      if (eku == null || !(eku.contains(CLIENT_AUTH_EKU) || eku.contains(ANY_EKU))) {
        throw new CertificateException("client certificate extended key usage: " + (eku == null ? "none" : eku)
            + " (expected: clientAuth " + CLIENT_AUTH_EKU + ")");
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
      throw new CertificateException("server certificates are not checked by the server's trust manager");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
      throw new CertificateException("server certificates are not checked by the server's trust manager");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      throw new CertificateException("server certificates are not checked by the server's trust manager");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return delegate.getAcceptedIssuers();
    }
  }
}
