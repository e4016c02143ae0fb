package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.DigitalSignatureAlgorithm;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The attributes a server derives from a registered X.509 certificate (parsed with Bouncy
 * Castle), all read-only for the client:
 *
 * <ul>
 *   <li>X.509 Certificate Identifier, Subject and Issuer (KMIP 1.4 §3.13–§3.15, KMIP 2.1 §4.61 to
 *       §4.63): the DER of the issuer / subject Name and of the serial number INTEGER;
 *   <li>the 1.x Certificate Identifier, Subject and Issuer (KMIP 1.4 §3.13–§3.15, deprecated since
 *       1.1, removed in 2.0): the RFC 2253 text of the names and the serial number in hex;
 *   <li>Certificate Subject / Issuer CN, O, OU, Email, C, ST, L, UID, Serial Number, Title, DC and
 *       DN Qualifier (KMIP 1.4 §3.61, KMIP 2.1 §4.6), one instance per value in the name;
 *   <li>Digital Signature Algorithm (KMIP 1.4 §3.16, KMIP 2.1 §4.22) and the Cryptographic
 *       Algorithm and Length of the subject public key (KMIP 2.1 §4.6: "the Cryptographic
 *       Algorithm and Cryptographic Length of the public key in the certificate").
 * </ul>
 *
 * <p>Certificate Type and Length are set for every certificate by {@link ObjectService#create}.
 */
final class CertificateAttributes {

  /** Name attribute types (RFC 5280 §4.1.2.4) to the Certificate Subject / Issuer attribute tags. */
  private static final Map<ASN1ObjectIdentifier, int[]> NAME_PARTS = Map.ofEntries(
      Map.entry(BCStyle.CN, new int[] {Tag.CERTIFICATE_SUBJECT_CN, Tag.CERTIFICATE_ISSUER_CN}),
      Map.entry(BCStyle.O, new int[] {Tag.CERTIFICATE_SUBJECT_O, Tag.CERTIFICATE_ISSUER_O}),
      Map.entry(BCStyle.OU, new int[] {Tag.CERTIFICATE_SUBJECT_OU, Tag.CERTIFICATE_ISSUER_OU}),
      Map.entry(BCStyle.EmailAddress, new int[] {Tag.CERTIFICATE_SUBJECT_EMAIL, Tag.CERTIFICATE_ISSUER_EMAIL}),
      Map.entry(BCStyle.C, new int[] {Tag.CERTIFICATE_SUBJECT_C, Tag.CERTIFICATE_ISSUER_C}),
      Map.entry(BCStyle.ST, new int[] {Tag.CERTIFICATE_SUBJECT_ST, Tag.CERTIFICATE_ISSUER_ST}),
      Map.entry(BCStyle.L, new int[] {Tag.CERTIFICATE_SUBJECT_L, Tag.CERTIFICATE_ISSUER_L}),
      Map.entry(BCStyle.UID, new int[] {Tag.CERTIFICATE_SUBJECT_UID, Tag.CERTIFICATE_ISSUER_UID}),
      Map.entry(BCStyle.SERIALNUMBER, new int[] {Tag.CERTIFICATE_SUBJECT_SERIAL_NUMBER, Tag.CERTIFICATE_ISSUER_SERIAL_NUMBER}),
      Map.entry(BCStyle.T, new int[] {Tag.CERTIFICATE_SUBJECT_TITLE, Tag.CERTIFICATE_ISSUER_TITLE}),
      Map.entry(BCStyle.DC, new int[] {Tag.CERTIFICATE_SUBJECT_DC, Tag.CERTIFICATE_ISSUER_DC}),
      Map.entry(BCStyle.DN_QUALIFIER, new int[] {Tag.CERTIFICATE_SUBJECT_DN_QUALIFIER, Tag.CERTIFICATE_ISSUER_DN_QUALIFIER}));

  /** Signature algorithm OIDs (RFC 3279, RFC 4055, RFC 5758, NIST CSOR) to their KMIP values. */
  private static final Map<ASN1ObjectIdentifier, DigitalSignatureAlgorithm> SIGNATURE_ALGORITHMS = Map.ofEntries(
      Map.entry(PKCSObjectIdentifiers.md2WithRSAEncryption, DigitalSignatureAlgorithm.MD2_WITH_RSA_ENCRYPTION),
      Map.entry(PKCSObjectIdentifiers.md5WithRSAEncryption, DigitalSignatureAlgorithm.MD5_WITH_RSA_ENCRYPTION),
      Map.entry(PKCSObjectIdentifiers.sha1WithRSAEncryption, DigitalSignatureAlgorithm.SHA_1_WITH_RSA_ENCRYPTION),
      Map.entry(PKCSObjectIdentifiers.sha224WithRSAEncryption, DigitalSignatureAlgorithm.SHA_224_WITH_RSA_ENCRYPTION),
      Map.entry(PKCSObjectIdentifiers.sha256WithRSAEncryption, DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION),
      Map.entry(PKCSObjectIdentifiers.sha384WithRSAEncryption, DigitalSignatureAlgorithm.SHA_384_WITH_RSA_ENCRYPTION),
      Map.entry(PKCSObjectIdentifiers.sha512WithRSAEncryption, DigitalSignatureAlgorithm.SHA_512_WITH_RSA_ENCRYPTION),
      Map.entry(PKCSObjectIdentifiers.id_RSASSA_PSS, DigitalSignatureAlgorithm.RSASSA_PSS),
      Map.entry(X9ObjectIdentifiers.id_dsa_with_sha1, DigitalSignatureAlgorithm.DSA_WITH_SHA_1),
      Map.entry(NISTObjectIdentifiers.dsa_with_sha224, DigitalSignatureAlgorithm.DSA_WITH_SHA224),
      Map.entry(NISTObjectIdentifiers.dsa_with_sha256, DigitalSignatureAlgorithm.DSA_WITH_SHA256),
      Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA1, DigitalSignatureAlgorithm.ECDSA_WITH_SHA_1),
      Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA224, DigitalSignatureAlgorithm.ECDSA_WITH_SHA224),
      Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA256, DigitalSignatureAlgorithm.ECDSA_WITH_SHA256),
      Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA384, DigitalSignatureAlgorithm.ECDSA_WITH_SHA384),
      Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA512, DigitalSignatureAlgorithm.ECDSA_WITH_SHA512),
      Map.entry(NISTObjectIdentifiers.id_rsassa_pkcs1_v1_5_with_sha3_256, DigitalSignatureAlgorithm.SHA3_256_WITH_RSA_ENCRYPTION),
      Map.entry(NISTObjectIdentifiers.id_rsassa_pkcs1_v1_5_with_sha3_384, DigitalSignatureAlgorithm.SHA3_384_WITH_RSA_ENCRYPTION),
      Map.entry(NISTObjectIdentifiers.id_rsassa_pkcs1_v1_5_with_sha3_512, DigitalSignatureAlgorithm.SHA3_512_WITH_RSA_ENCRYPTION));

  private CertificateAttributes() {}

  /**
   * The attributes derived from the DER X.509 certificate {@code der}.
   *
   * @throws KmipException Invalid Field when {@code der} is not an X.509 certificate
   */
  static List<Attribute> of(byte[] der) {
    org.bouncycastle.asn1.x509.Certificate cert;
    try {
      cert = org.bouncycastle.asn1.x509.Certificate.getInstance(der);
    } catch (RuntimeException e) {
      throw new KmipException(ResultReason.INVALID_FIELD,
          "Certificate Value: not DER X.509 (expected: an X.509 certificate, RFC 5280)");
    }
    if (cert == null) {
      throw new KmipException(ResultReason.INVALID_FIELD,
          "Certificate Value: empty (expected: an X.509 certificate, RFC 5280)");
    }
    try {
      byte[] issuer = cert.getIssuer().getEncoded(ASN1Encoding.DER);
      byte[] subject = cert.getSubject().getEncoded(ASN1Encoding.DER);
      BigInteger serial = cert.getSerialNumber().getValue();
      List<Attribute> out = new ArrayList<>();
      out.add(Attribute.of(TtlvItem.structure(Tag.X_509_CERTIFICATE_IDENTIFIER,
          TtlvItem.bytes(Tag.ISSUER_DISTINGUISHED_NAME, issuer),
          TtlvItem.bytes(Tag.CERTIFICATE_SERIAL_NUMBER, new ASN1Integer(serial).getEncoded(ASN1Encoding.DER)))));
      out.add(Attribute.of(TtlvItem.structure(Tag.X_509_CERTIFICATE_SUBJECT,
          TtlvItem.bytes(Tag.SUBJECT_DISTINGUISHED_NAME, subject))));
      out.add(Attribute.of(TtlvItem.structure(Tag.X_509_CERTIFICATE_ISSUER,
          TtlvItem.bytes(Tag.ISSUER_DISTINGUISHED_NAME, issuer))));
      String issuerText = new X500Principal(issuer).getName(X500Principal.RFC2253);
      String subjectText = new X500Principal(subject).getName(X500Principal.RFC2253);
      out.add(Attribute.of(TtlvItem.structure(Tag.CERTIFICATE_IDENTIFIER,
          TtlvItem.text(Tag.ISSUER, issuerText),
          TtlvItem.text(Tag.SERIAL_NUMBER, HexFormat.of().formatHex(serial.toByteArray()).replaceFirst("^00(?=.)", "")))));
      out.add(Attribute.of(TtlvItem.structure(Tag.CERTIFICATE_SUBJECT,
          TtlvItem.text(Tag.CERTIFICATE_SUBJECT_DISTINGUISHED_NAME, subjectText))));
      out.add(Attribute.of(TtlvItem.structure(Tag.CERTIFICATE_ISSUER,
          TtlvItem.text(Tag.CERTIFICATE_ISSUER_DISTINGUISHED_NAME, issuerText))));
      nameParts(cert.getSubject(), 0, out);
      nameParts(cert.getIssuer(), 1, out);
      DigitalSignatureAlgorithm dsa = SIGNATURE_ALGORITHMS.get(cert.getSignatureAlgorithm().getAlgorithm());
      if (dsa != null) {
        out.add(Attribute.of(TtlvItem.enumeration(Tag.DIGITAL_SIGNATURE_ALGORITHM, dsa.value())));
      }
      publicKey(cert.getSubjectPublicKeyInfo(), out);
      return out;
    } catch (IOException | IllegalArgumentException e) {
      throw new KmipException(ResultReason.INVALID_FIELD,
          "Certificate Value: unreadable field (expected: an X.509 certificate, RFC 5280)");
    }
  }

  /** One Certificate Subject ({@code which} 0) or Issuer (1) attribute per known name part. */
  private static void nameParts(X500Name name, int which, List<Attribute> out) {
    for (RDN rdn : name.getRDNs()) {
      for (AttributeTypeAndValue tv : rdn.getTypesAndValues()) {
        int[] tags = NAME_PARTS.get(tv.getType());
        if (tags != null) {
          out.add(Attribute.of(TtlvItem.text(tags[which], text(tv.getValue()))));
        }
      }
    }
  }

  private static String text(ASN1Encodable value) {
    return value instanceof ASN1String s ? s.getString() : value.toString();
  }

  /** Cryptographic Algorithm and Length of the subject public key, for RSA, DSA and EC keys. */
  private static void publicKey(SubjectPublicKeyInfo spki, List<Attribute> out) throws IOException {
    ASN1ObjectIdentifier alg = spki.getAlgorithm().getAlgorithm();
    CryptographicAlgorithm algorithm = null;
    Integer length = null;
    if (alg.equals(PKCSObjectIdentifiers.rsaEncryption) || alg.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
      algorithm = CryptographicAlgorithm.RSA;
      length = org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(spki.parsePublicKey()).getModulus().bitLength();
    } else if (alg.equals(X9ObjectIdentifiers.id_dsa)) {
      algorithm = CryptographicAlgorithm.DSA;
      ASN1Encodable params = spki.getAlgorithm().getParameters();
      if (params != null) {
        length = org.bouncycastle.asn1.x509.DSAParameter.getInstance(params).getP().bitLength();
      }
    } else if (alg.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
      algorithm = CryptographicAlgorithm.EC;
      X962Parameters params = X962Parameters.getInstance(spki.getAlgorithm().getParameters());
      X9ECParameters curve = params.isNamedCurve()
          ? ECNamedCurveTable.getByOID(ASN1ObjectIdentifier.getInstance(params.getParameters()))
          : params.isImplicitlyCA() ? null : X9ECParameters.getInstance(params.getParameters());
      if (curve != null) {
        length = curve.getCurve().getFieldSize();
      }
    }
    if (algorithm != null) {
      out.add(Attribute.of(TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, algorithm.value())));
    }
    if (length != null) {
      out.add(Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, length)));
    }
  }
}
