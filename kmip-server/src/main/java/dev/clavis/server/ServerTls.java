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
import java.security.cert.CRL;
import java.security.cert.CRLException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.util.EnumSet;
import javax.net.ssl.CertPathTrustManagerParameters;
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
 * carrying the clientAuth extended key usage; optionally not revoked by a CRL of a CRL file. The
 * material is re-read when its files change: see {@link ServerTlsContext}.
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

  /**
   * How long a TLS session (TLS 1.2 session ID or TLS 1.3 ticket) may be resumed: a resumed
   * connection skips the certificate checks, so this bounds how long a client whose certificate
   * was revoked can reconnect without a full handshake when the CRL file is not replaced (a
   * replaced CRL, certificate or CA file builds a new context, whose ticket keys are new).
   */
  static final long SESSION_TIMEOUT_SECONDS = 300;

  /** id-kp-clientAuth (RFC 5280 §4.2.1.12). */
  static final String CLIENT_AUTH_EKU = "1.3.6.1.5.5.7.3.2";
  /** anyExtendedKeyUsage (RFC 5280 §4.2.1.12). */
  static final String ANY_EKU = "2.5.29.37.0";

  private ServerTls() {}

  /**
   * The system property choosing the TLS implementation: {@code openssl} (BoringSSL through
   * netty-tcnative), {@code jdk} (the JDK's SSLEngine), or {@code auto} (the default: OpenSSL when
   * its native library loads on this platform, else the JDK). ADR 0010 has the measurements.
   */
  public static final String PROVIDER_PROPERTY = "clavis.tls.provider";

  /** The TLS implementation in use for new contexts (see {@link #PROVIDER_PROPERTY}). */
  public static SslProvider provider() {
    String wanted = System.getProperty(PROVIDER_PROPERTY, "auto").trim().toLowerCase(java.util.Locale.ROOT);
    return switch (wanted) {
      case "jdk" -> SslProvider.JDK;
      case "openssl" -> {
        if (!io.netty.handler.ssl.OpenSsl.isAvailable()) {
          throw new IllegalStateException("tls: " + PROVIDER_PROPERTY + "=openssl but the OpenSSL library does not load: "
              + io.netty.handler.ssl.OpenSsl.unavailabilityCause() + " (expected: netty-tcnative-boringssl-static for this platform)");
        }
        yield SslProvider.OPENSSL;
      }
      case "auto", "" -> io.netty.handler.ssl.OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK;
      default -> throw new IllegalArgumentException(PROVIDER_PROPERTY + "=" + wanted + " (expected: auto, openssl or jdk)");
    };
  }

  /** The Netty server context for these settings ({@link #provider()}). */
  public static SslContext serverContext(ServerConfig.TlsSettings tls) {
    if (!tls.configured()) {
      throw new IllegalArgumentException("tls: no server certificate (expected: server-cert, server-key and client-ca)");
    }
    try {
      checkKeyMatchesCertificate(tls.serverCert(), tls.serverKey());
      List<X509CRL> crls = tls.crlFile() == null ? null : readCrls(tls.crlFile());
      X509ExtendedTrustManager trust = trustManager(readCertificates(tls.clientCa()), crls, tls.requireClientAuthEku());
      SslContext context = SslContextBuilder.forServer(tls.serverCert().toFile(), tls.serverKey().toFile())
          .sslProvider(provider())
          .protocols(tls.protocols())
          .ciphers(CIPHER_SUITES, SupportedCipherSuiteFilter.INSTANCE)
          .clientAuth(ClientAuth.REQUIRE)
          .trustManager(trust)
          .sessionTimeout(SESSION_TIMEOUT_SECONDS)
          .build();
      if (context.sessionContext() instanceof io.netty.handler.ssl.OpenSslSessionContext openssl) {
        // Netty sets SSL_OP_NO_TICKET on OpenSSL contexts unless ticket keys are set: sessions
        // then resume only from the server's session cache (state per client, per context). With
        // no keys given, BoringSSL issues stateless tickets under its own random, rotating key —
        // as the JDK provider does by default (jdk.tls.server.enableSessionTicketExtension).
        openssl.setTicketKeys();
      }
      return context;
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

  /**
   * Refuses a server key that does not belong to the server certificate (a half-finished
   * replacement of the pair): signs a probe with the key and verifies it with the certificate.
   */
  static void checkKeyMatchesCertificate(Path certFile, Path keyFile) {
    X509Certificate leaf = readCertificates(certFile).get(0);
    java.security.PrivateKey key = readPrivateKey(keyFile);
    String algorithm = switch (key.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC" -> "SHA256withECDSA";
      case "Ed25519", "EdDSA" -> "Ed25519";
      case "Ed448" -> "Ed448";
      default -> null; // another type: left to the TLS stack
    };
    if (algorithm == null) {
      return;
    }
    boolean matches;
    try {
      byte[] probe = "clavis server key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      java.security.Signature sign = java.security.Signature.getInstance(algorithm);
      sign.initSign(key);
      sign.update(probe);
      byte[] signature = sign.sign();
      java.security.Signature verify = java.security.Signature.getInstance(algorithm);
      verify.initVerify(leaf.getPublicKey());
      verify.update(probe);
      matches = verify.verify(signature);
    } catch (GeneralSecurityException e) {
      matches = false;
    }
    if (!matches) {
      throw new IllegalStateException("tls: server-key " + keyFile + " does not belong to server-cert " + certFile
          + " (expected: the private key of the first certificate, subject " + leaf.getSubjectX500Principal().getName() + ")");
    }
  }

  private static java.security.PrivateKey readPrivateKey(Path file) {
    try (org.bouncycastle.openssl.PEMParser pem = new org.bouncycastle.openssl.PEMParser(Files.newBufferedReader(file))) {
      Object o = pem.readObject();
      org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter convert = new org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter();
      if (o instanceof org.bouncycastle.asn1.pkcs.PrivateKeyInfo info) {
        return convert.getPrivateKey(info);
      }
      if (o instanceof org.bouncycastle.openssl.PEMKeyPair pair) {
        return convert.getKeyPair(pair).getPrivate();
      }
      throw new IllegalStateException("tls: " + file + " holds " + (o == null ? "nothing" : "a " + o.getClass().getSimpleName())
          + " (expected: an unencrypted PKCS#8 or PKCS#1 PEM private key)");
    } catch (IOException e) {
      throw new IllegalStateException("tls: cannot read the private key " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads every CRL of a PEM or DER file. */
  static List<X509CRL> readCrls(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Collection<? extends CRL> crls = CertificateFactory.getInstance("X.509").generateCRLs(in);
      if (crls.isEmpty()) {
        throw new IllegalStateException("tls: " + file + " holds no CRL (expected: one or more PEM or DER X.509 CRLs)");
      }
      return crls.stream().map(c -> (X509CRL) c).toList();
    } catch (IOException | CRLException | CertificateException e) {
      throw new IllegalStateException("tls: cannot read CRLs from " + file + ": " + e.getMessage(), e);
    }
  }

  /** PKIX trust in exactly these anchors, plus the clientAuth EKU requirement; no revocation checking. */
  static X509ExtendedTrustManager trustManager(List<X509Certificate> anchors, boolean requireClientAuthEku) {
    return trustManager(anchors, null, requireClientAuthEku);
  }

  /**
   * PKIX trust in exactly these anchors, plus the clientAuth EKU requirement. With {@code crls}
   * (non-null), every certificate of a client's path is checked against them (RFC 5280 §6.3):
   * revoked, or not covered by a current CRL signed by its issuer, is refused. Only these CRLs
   * are used — no OCSP, no download from a distribution point.
   */
  static X509ExtendedTrustManager trustManager(List<X509Certificate> anchors, List<X509CRL> crls, boolean requireClientAuthEku) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      int i = 0;
      for (X509Certificate c : anchors) {
        ks.setCertificateEntry("ca-" + i++, c);
      }
      TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
      if (crls == null) {
        tmf.init(ks);
      } else {
        PKIXBuilderParameters params = new PKIXBuilderParameters(ks, new X509CertSelector());
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
        PKIXRevocationChecker revocation = (PKIXRevocationChecker) CertPathValidator.getInstance("PKIX").getRevocationChecker();
        revocation.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS, PKIXRevocationChecker.Option.NO_FALLBACK));
        params.addCertPathChecker(revocation);
        params.setRevocationEnabled(true);
        tmf.init(new CertPathTrustManagerParameters(params));
      }
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
