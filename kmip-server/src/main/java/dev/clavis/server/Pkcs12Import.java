package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.Certificate;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KeyValue;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.Link;
import dev.clavis.codec.PrivateKey;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CertificateType;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.LinkType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Register of a Private Key with Key Format Type PKCS#12 (KMIP 1.4 §3.45, KMIP 2.1 §4.39): the
 * container (RFC 7292), opened with the password its PKCS#12 Password Link names ({@link
 * Pkcs12Export#registrationPassword}), gives the private key stored as PKCS#8, under the PKCS#12
 * Friendly Name the client gave, else the first private key's alias, which is then recorded; each
 * certificate of its chain is registered as a Certificate object with the same Friendly Name, the
 * key's PKCS#12 Certificate Link naming the first and each certificate's Certificate Link its
 * issuer's — the links {@link Pkcs12Export} follows to rebuild the container (the OASIS TC-PKCS12-2
 * test cases Get the key as PKCS#8 and Locate its certificate).
 */
final class Pkcs12Import {

  /** Certificates registered at most from one container, as {@link Pkcs12Export#MAX_CHAIN}. */
  static final int MAX_CHAIN = Pkcs12Export.MAX_CHAIN;

  private Pkcs12Import() {}

  /** The private key read from {@code kb}, with its attributes completed, ready to create; the caller wipes it. */
  record Imported(PrivateKey key, Attributes attributes) {}

  static Imported read(KeyBlock kb, Attributes attributes, RequestContext ctx) {
    char[] password = Pkcs12Export.registrationPassword(attributes, ctx);
    byte[] container = kb.keyValue() instanceof KeyValue.Wrapped w ? w.bytes()
        : kb.keyMaterial() == null ? null : kb.keyMaterial().bytes();
    if (container == null) {
      throw new KmipException(ResultReason.INVALID_FIELD, "PKCS#12 Key Value: absent (expected: the container)");
    }
    byte[] pkcs8 = null;
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(new ByteArrayInputStream(container), password);
      String alias = attributes.text(Tag.PKCS_12_FRIENDLY_NAME).orElse(null);
      if (alias == null) {
        for (String a : Collections.list(ks.aliases())) {
          if (ks.isKeyEntry(a)) {
            alias = a;
            break;
          }
        }
      }
      if (alias == null || !ks.isKeyEntry(alias)) {
        throw new KmipException(ResultReason.INVALID_FIELD, "PKCS#12 container: no private key under "
            + (alias == null ? "any alias" : "the PKCS#12 Friendly Name") + " (expected: one)");
      }
      Key k = ks.getKey(alias, password);
      if (!(k instanceof java.security.PrivateKey pk)) {
        throw new KmipException(ResultReason.INVALID_FIELD, "PKCS#12 container: the entry holds no private key"
            + " (expected: a private key)");
      }
      CryptographicAlgorithm algorithm;
      Integer length;
      if (pk instanceof RSAPrivateKey rsa) {
        algorithm = CryptographicAlgorithm.RSA;
        length = rsa.getModulus().bitLength();
      } else if (pk instanceof ECPrivateKey ec) {
        algorithm = CryptographicAlgorithm.EC;
        length = ec.getParams().getCurve().getField().getFieldSize();
      } else {
        throw new KmipException(ResultReason.INVALID_FIELD, "PKCS#12 private key: " + pk.getAlgorithm()
            + " (expected: RSA or EC)");
      }
      java.security.cert.Certificate[] chain = ks.getCertificateChain(alias);
      List<String> certificates = new ArrayList<>();
      if (chain != null) {
        for (int i = 0; i < chain.length && i < MAX_CHAIN; i++) {
          certificates.add(ctx.services.store().newUid());
        }
        for (int i = certificates.size() - 1; i >= 0; i--) {
          Attributes ca = Attributes.of(TtlvItem.text(Tag.PKCS_12_FRIENDLY_NAME, alias));
          if (i + 1 < certificates.size()) {
            ca = ca.with(new Link(LinkType.CERTIFICATE_LINK, certificates.get(i + 1)).toAttribute());
          }
          ctx.objects().create(certificates.get(i), new Certificate(CertificateType.X_509, chain[i].getEncoded()), ca);
        }
      }
      pkcs8 = pk.getEncoded();
      Attributes out = attributes;
      if (attributes.text(Tag.PKCS_12_FRIENDLY_NAME).isEmpty()) {
        out = out.with(Attribute.of(TtlvItem.text(Tag.PKCS_12_FRIENDLY_NAME, alias)));
      }
      if (!certificates.isEmpty()) {
        out = out.with(new Link(LinkType.PKCS_12_CERTIFICATE_LINK, certificates.get(0)).toAttribute());
      }
      Imported imported = new Imported(new PrivateKey(KeyBlock.of(KeyFormatType.PKCS_8, pkcs8, algorithm, length)), out);
      pkcs8 = null; // the key block owns it now; the caller wipes it
      return imported;
    } catch (IOException | GeneralSecurityException e) {
      throw new KmipException(ResultReason.INVALID_FIELD, "PKCS#12 container: cannot be read with the linked"
          + " password (" + e.getClass().getSimpleName() + ")");
    } finally {
      java.util.Arrays.fill(password, '\0');
      CryptoKeys.wipe(pkcs8);
    }
  }
}
