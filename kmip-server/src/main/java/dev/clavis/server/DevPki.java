package dev.clavis.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development PKI: on first start with no TLS configuration, a CA, a server certificate for
 * {@code localhost}, {@code 127.0.0.1} and {@code ::1}, and a client certificate (clientAuth), made
 * with Bouncy Castle and written under {@code <data-dir>/pki/}. Existing files are reused, never
 * overwritten. Choices (validity, file modes, the p12 password) are in
 * {@code docs/adr/0001-tls-and-dev-pki.md}; the key type — ECDSA P-256 by default, RSA-3072 on
 * request ({@link KeyType}) — in {@code docs/adr/0010-tls-provider-and-dev-pki-keys.md}.
 *
 * <p>Private keys are PKCS#8 PEM files with mode 0600; {@code client.p12} holds the client key and
 * chain for tools that want PKCS#12, under a random password kept in {@code client.p12.pass}
 * (0600).
 */
public final class DevPki {

  private static final Logger log = LoggerFactory.getLogger(DevPki.class);

  public static final String CA_CERT = "ca.pem";
  public static final String CA_KEY = "ca.key";
  public static final String SERVER_CERT = "server.pem";
  public static final String SERVER_KEY = "server.key";
  public static final String CLIENT_CERT = "client.pem";
  public static final String CLIENT_KEY = "client.key";
  public static final String CLIENT_P12 = "client.p12";
  public static final String CLIENT_P12_PASSWORD = "client.p12.pass";
  static final List<String> FILES = List.of(
      CA_CERT, CA_KEY, SERVER_CERT, SERVER_KEY, CLIENT_CERT, CLIENT_KEY, CLIENT_P12, CLIENT_P12_PASSWORD);

  /** RSA modulus size (with {@link KeyType#RSA}): 3072 bits for 128-bit strength. */
  static final int RSA_BITS = 3072;
  /** The curve of {@link KeyType#EC}: NIST P-256, 128-bit strength. */
  static final String EC_CURVE = "secp256r1";

  /**
   * The key type of every key of a development PKI (CA, server, client). EC P-256 signs a TLS
   * handshake for a fraction of an RSA-3072 signature's cost (ADR 0010); RSA-3072 is for clients
   * that accept RSA certificates only.
   */
  public enum KeyType {
    /** ECDSA P-256, SHA-256 with ECDSA (the default). */
    EC,
    /** RSA-3072, SHA-256 with RSA. */
    RSA;

    /** Parses {@code ec} or {@code rsa} (case-insensitive). */
    public static KeyType parse(String s) {
      return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "ec", "ecdsa", "p-256" -> EC;
        case "rsa" -> RSA;
        default -> throw new IllegalArgumentException("development PKI key type: " + s + " (expected: ec or rsa)");
      };
    }
  }
  static final Duration CA_VALIDITY = Duration.ofDays(3650);
  static final Duration LEAF_VALIDITY = Duration.ofDays(825);
  static final String ORGANIZATION = "Clavis development PKI";
  static final String CLIENT_ALIAS = "clavis-dev-client";

  private final Path dir;
  private final KeyType keyType;

  private DevPki(Path dir, KeyType keyType) {
    this.dir = dir;
    this.keyType = keyType;
  }

  /** The PKI in a directory (usually {@code <data-dir>/pki}), whether or not it exists yet; EC keys when created. */
  public static DevPki at(Path dir) {
    return new DevPki(dir, KeyType.EC);
  }

  /** The PKI in a directory, made with keys of this type if it has to be created (existing files are kept as they are). */
  public static DevPki at(Path dir, KeyType keyType) {
    return new DevPki(dir, keyType);
  }

  public Path dir() {
    return dir;
  }

  public Path caCert() {
    return dir.resolve(CA_CERT);
  }

  public Path caKey() {
    return dir.resolve(CA_KEY);
  }

  public Path serverCert() {
    return dir.resolve(SERVER_CERT);
  }

  public Path serverKey() {
    return dir.resolve(SERVER_KEY);
  }

  public Path clientCert() {
    return dir.resolve(CLIENT_CERT);
  }

  public Path clientKey() {
    return dir.resolve(CLIENT_KEY);
  }

  public Path clientP12() {
    return dir.resolve(CLIENT_P12);
  }

  public Path clientP12Password() {
    return dir.resolve(CLIENT_P12_PASSWORD);
  }

  /**
   * Creates the PKI unless it exists. Returns true when it was created now, false when the
   * existing files were kept.
   *
   * @throws IllegalStateException when only some of the files exist (nothing is overwritten)
   */
  public boolean ensure() {
    List<String> present = new ArrayList<>();
    for (String f : FILES) {
      if (Files.exists(dir.resolve(f))) {
        present.add(f);
      }
    }
    if (present.size() == FILES.size()) {
      warnIfExpiring(serverCert());
      warnIfExpiring(clientCert());
      return false;
    }
    if (!present.isEmpty()) {
      List<String> missing = new ArrayList<>(FILES);
      missing.removeAll(present);
      throw new IllegalStateException("development PKI " + dir + ": missing " + missing
          + " (expected: all of " + FILES + " or none; nothing is overwritten: move the directory away to create a new PKI)");
    }
    try {
      create();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the development PKI in " + dir + ": " + e.getMessage(), e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot create the development PKI: " + e.getMessage(), e);
    }
    return true;
  }

  private void create() throws IOException, GeneralSecurityException, OperatorCreationException {
    Path parent = dir.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    // Everything is written into a fresh sibling directory, then renamed into place: a crash
    // leaves no half-made PKI under the real name.
    Path work = Files.createTempDirectory(parent, dir.getFileName() + ".partial-", ownerOnlyDirectory(parent));
    try {
      Instant now = Instant.now();
      KeyPair caKeys = keyPair(keyType);
      // A random suffix: two development CAs never share a name (and so are never confused).
      X500Name caName = name("Clavis Development CA " + java.util.HexFormat.of().formatHex(randomBytes(4)));
      X509Certificate ca = issue(caName, caKeys.getPublic(), caName, caKeys, now, CA_VALIDITY, Role.CA);

      KeyPair serverKeys = keyPair(keyType);
      X509Certificate server = issue(name("localhost"), serverKeys.getPublic(), caName, caKeys, now, LEAF_VALIDITY, Role.SERVER);

      KeyPair clientKeys = keyPair(keyType);
      X509Certificate client = issue(name(CLIENT_ALIAS), clientKeys.getPublic(), caName, caKeys, now, LEAF_VALIDITY, Role.CLIENT);

      char[] password = randomPassword();
      writePublic(work.resolve(CA_CERT), pem(ca));
      writeSecret(work.resolve(CA_KEY), pem(caKeys.getPrivate()));
      writePublic(work.resolve(SERVER_CERT), pem(server, ca));
      writeSecret(work.resolve(SERVER_KEY), pem(serverKeys.getPrivate()));
      writePublic(work.resolve(CLIENT_CERT), pem(client, ca));
      writeSecret(work.resolve(CLIENT_KEY), pem(clientKeys.getPrivate()));
      writeSecret(work.resolve(CLIENT_P12), pkcs12(clientKeys.getPrivate(), password, client, ca));
      writeSecret(work.resolve(CLIENT_P12_PASSWORD), (new String(password) + "\n").getBytes(StandardCharsets.US_ASCII));
      java.util.Arrays.fill(password, '\0');

      if (Files.isDirectory(dir)) {
        try (var entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            throw new FileAlreadyExistsException(dir + " (expected: absent or empty)");
          }
        }
        Files.delete(dir); // an empty directory made by hand: replaced by the complete one
      }
      Files.move(work, dir, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      if (Files.exists(work)) {
        try (var entries = Files.list(work)) {
          for (Path p : entries.toList()) {
            Files.deleteIfExists(p);
          }
        }
        Files.deleteIfExists(work);
      }
    }
    log.info("created the development PKI in {} ({} keys: CA, server certificate for localhost/127.0.0.1/::1, client certificate)", dir,
        keyType == KeyType.EC ? "EC P-256" : "RSA-" + RSA_BITS);
  }

  /** The roles a development certificate is made for. */
  enum Role {
    CA,
    SERVER,
    CLIENT,
    /** A client certificate without any extended key usage (tests the clientAuth requirement). */
    CLIENT_NO_EKU
  }

  static KeyPair keyPair(KeyType type) throws GeneralSecurityException {
    return type == KeyType.EC ? ec() : rsa();
  }

  static KeyPair rsa() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(RSA_BITS, new SecureRandom());
    return g.generateKeyPair();
  }

  static KeyPair ec() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new java.security.spec.ECGenParameterSpec(EC_CURVE), new SecureRandom());
    return g.generateKeyPair();
  }

  static X500Name name(String commonName) {
    // Most significant first in the encoding (O, then CN): RFC 2253 prints it as "CN=…,O=…".
    return new X500Name("O=" + ORGANIZATION + ",CN=" + commonName);
  }

  /** Issues one certificate signed by {@code issuerKeys} (SHA-256 with ECDSA or with RSA, by the issuer's key). */
  static X509Certificate issue(
      X500Name subject, PublicKey subjectKey, X500Name issuer, KeyPair issuerKeys,
      Instant now, Duration validity, Role role)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    byte[] serial = new byte[16];
    new SecureRandom().nextBytes(serial);
    X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
        issuer,
        new BigInteger(1, serial),
        Date.from(now.minus(Duration.ofHours(1))), // tolerate small clock differences
        Date.from(now.plus(validity)),
        subject,
        subjectKey);
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKey));
    if (role == Role.CA) {
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    } else {
      b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      // An EC key signs (ECDHE does the key exchange); keyEncipherment is for RSA keys only.
      int usage = "EC".equals(subjectKey.getAlgorithm())
          ? KeyUsage.digitalSignature : KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
      b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
    }
    switch (role) {
      case SERVER -> {
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
            new GeneralName(GeneralName.iPAddress, "::1")}));
      }
      case CLIENT -> b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
      case CA, CLIENT_NO_EKU -> { }
    }
    String signature = "EC".equals(issuerKeys.getPrivate().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    X509CertificateHolder holder = b.build(new JcaContentSignerBuilder(signature).build(issuerKeys.getPrivate()));
    return new JcaX509CertificateConverter().getCertificate(holder);
  }

  static byte[] pem(X509Certificate... chain) throws IOException, GeneralSecurityException {
    StringWriter s = new StringWriter();
    try (PemWriter w = new PemWriter(s)) {
      for (X509Certificate c : chain) {
        w.writeObject(new PemObject("CERTIFICATE", c.getEncoded()));
      }
    }
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** PKCS#8 ("BEGIN PRIVATE KEY"), unencrypted: protected by the file mode. */
  static byte[] pem(PrivateKey key) throws IOException {
    StringWriter s = new StringWriter();
    try (PemWriter w = new PemWriter(s)) {
      w.writeObject(new PemObject("PRIVATE KEY", key.getEncoded()));
    }
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] pkcs12(PrivateKey key, char[] password, X509Certificate... chain)
      throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry(CLIENT_ALIAS, key, password, chain);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ks.store(out, password);
    return out.toByteArray();
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    new SecureRandom().nextBytes(b);
    return b;
  }

  private static char[] randomPassword() {
    byte[] b = randomBytes(18);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b).toCharArray();
  }

  private static void writePublic(Path file, byte[] content) throws IOException {
    write(file, content, "rw-r--r--");
  }

  private static void writeSecret(Path file, byte[] content) throws IOException {
    write(file, content, "rw-------");
  }

  private static void write(Path file, byte[] content, String mode) throws IOException {
    if (posix(file.getParent())) {
      // Created with its final mode: a secret is never readable by others, even for an instant.
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode)));
    } else {
      Files.createFile(file);
    }
    Files.write(file, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
  }

  private static FileAttribute<?>[] ownerOnlyDirectory(Path parent) {
    if (!posix(parent)) {
      return new FileAttribute<?>[0];
    }
    Set<PosixFilePermission> rwx = PosixFilePermissions.fromString("rwx------");
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(rwx)};
  }

  private static boolean posix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static void warnIfExpiring(Path certificate) {
    try (InputStream in = Files.newInputStream(certificate)) {
      X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      Instant end = c.getNotAfter().toInstant();
      if (end.isBefore(Instant.now().plus(Duration.ofDays(30)))) {
        log.warn("development certificate {} expires {}: move {} away to create a new development PKI", certificate, end, certificate.getParent());
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("development PKI: cannot read " + certificate + ": " + e.getMessage(), e);
    }
  }
}
