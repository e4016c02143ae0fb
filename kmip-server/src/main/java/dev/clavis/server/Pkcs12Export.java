package dev.clavis.server;

import dev.clavis.codec.Attributes;
import dev.clavis.codec.Certificate;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KeyValue;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.Link;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.PrivateKey;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.LinkType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Get of a Private Key with Key Format Type PKCS#12 (KMIP 1.4 §4.11, KMIP 2.1 §6.1.19): a PKCS#12
 * container (RFC 7292) holding the private key and its certificate chain under the PKCS#12
 * Friendly Name ("alias" when the key has none, KMIP 2.1 §4.39), protected with the password of
 * the Secret Data the key's PKCS#12 Password Link names.
 *
 * <p>The chain starts at the key's PKCS#12 Certificate Link, or at the PKCS#12 Certificate Link
 * (else Certificate Link) of the public key its Public Key Link names; each certificate's PKCS#12
 * Certificate Link (else Certificate Link) gives the next one, up to {@link #MAX_CHAIN}.
 *
 * <p>Password errors (no, or several, PKCS#12 Password Links; not a Password Secret Data; not
 * Active) are Bad Password in 2.x and Invalid Field in 1.x (KMIP 1.4 §11 Table 290, KMIP 2.1
 * §11 Table 219). In 1.x the container is the Key Value as a Byte String, in 2.x the Key Material of
 * a Key Value structure.
 */
final class Pkcs12Export {

  /** Certificates followed at most, the end-entity one included. */
  static final int MAX_CHAIN = 10;

  private Pkcs12Export() {}

  /** The PKCS#12 form of the private key {@code key} (loaded as {@code o}); the caller wipes the result. */
  static ManagedObject export(LoadedObject o, ManagedObject key, RequestContext ctx) {
    if (o.objectType() != ObjectType.PRIVATE_KEY) {
      throw new KmipException(ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED, "Key Format Type: PKCS#12 for a "
          + o.objectType().specName() + " (expected: a Private Key)");
    }
    char[] password = password(o, ctx);
    try {
      List<X509Certificate> chain = chain(o, ctx);
      java.security.PrivateKey pk = CryptoKeys.privateKey(key);
      String alias = o.attributes().text(Tag.PKCS_12_FRIENDLY_NAME).orElse("alias");
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry(alias, pk, password, chain.toArray(new X509Certificate[0]));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ks.store(out, password);
      if (!ctx.version.atLeast(KmipVersion.V2_0)) {
        // KMIP 1.x: the password-protected container goes as the Byte String Key Value (the form
        // of a protected key value, KMIP 1.4 §2.1.4), as the OASIS 1.4 TC-PKCS12 test case shows.
        return new PrivateKey(new KeyBlock(KeyFormatType.PKCS_12, null, new KeyValue.Wrapped(out.toByteArray()),
            null, null, null));
      }
      return new PrivateKey(KeyBlock.of(KeyFormatType.PKCS_12, out.toByteArray(), null, null));
    } catch (GeneralSecurityException | IOException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "PKCS#12: " + e.getClass().getSimpleName() + " (expected: the key and its chain to encode)", e);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /**
   * The password of a Register of a Private Key with Key Format Type PKCS#12, which the caller
   * wipes (KMIP 1.4 §11.4 Table 330, KMIP 2.1
   * §6.1.39.1): {@code attributes} must hold exactly one PKCS#12 Password Link, to a Password
   * Secret Data (Bad Password in 2.x, Invalid Field in 1.x), which must be Active. A password not
   * Active is Wrong Key Lifecycle State (Permission Denied before 2.0), as the OASIS TC-PKCS12-2
   * test cases (1.4 and 2.0) have it for a Register naming a Pre-Active password; KMIP 2.1 §11's
   * Bad Password also names "not Active", but the reference runs answer the state error.
   */
  static char[] registrationPassword(Attributes attributes, RequestContext ctx) {
    List<String> links = attributes.links().stream().filter(l -> l.type() == LinkType.PKCS_12_PASSWORD_LINK)
        .map(Link::linkedObjectIdentifier).toList();
    LoadedObject p = passwordObject(links, ctx);
    if (p.state() != State.ACTIVE) {
      throw new KmipException(ResultReason.WRONG_KEY_LIFECYCLE_STATE,
          "PKCS#12 password State: " + p.state().specName() + " (expected: Active)");
    }
    return passwordOf(p, ctx);
  }

  private static ResultReason badPassword(RequestContext ctx) {
    return ctx.version.atLeast(KmipVersion.V2_0) ? ResultReason.BAD_PASSWORD : ResultReason.INVALID_FIELD;
  }

  /** The one Secret Data {@code links} names; Bad Password (Invalid Field in 1.x) otherwise. */
  private static LoadedObject passwordObject(List<String> links, RequestContext ctx) {
    if (links.size() != 1) {
      throw new KmipException(badPassword(ctx), "PKCS#12 Password Link: " + links.size() + " (expected: exactly one)");
    }
    LoadedObject p = ctx.objects().load(links.get(0));
    if (p.objectType() != ObjectType.SECRET_DATA) {
      throw new KmipException(badPassword(ctx), "PKCS#12 Password Link: a " + p.objectType().specName()
          + " (expected: a Password Secret Data)");
    }
    return p;
  }

  private static void passwordType(ManagedObject m, RequestContext ctx) {
    if (!(m instanceof SecretData s) || s.secretDataType() != SecretDataType.PASSWORD) {
      throw new KmipException(badPassword(ctx), "PKCS#12 Password Link: not a Password (expected: Secret Data Type Password)");
    }
  }

  private static char[] password(LoadedObject o, RequestContext ctx) {
    ResultReason bad = badPassword(ctx);
    LoadedObject p = passwordObject(linked(o, LinkType.PKCS_12_PASSWORD_LINK), ctx);
    if (p.state() != State.ACTIVE) {
      throw new KmipException(bad, "PKCS#12 password State: " + p.state().specName() + " (expected: Active)");
    }
    return passwordOf(p, ctx);
  }

  /** The UTF-8 password of the Secret Data {@code p}; the caller wipes it. */
  private static char[] passwordOf(LoadedObject p, RequestContext ctx) {
    ResultReason bad = badPassword(ctx);
    ManagedObject m = ctx.objects().material(p);
    byte[] bytes = null;
    try {
      passwordType(m, ctx);
      bytes = CryptoKeys.secret(m);
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      char[] out = new char[chars.remaining()];
      chars.get(out);
      Arrays.fill(chars.array(), '\0');
      return out;
    } catch (CharacterCodingException e) {
      throw new KmipException(bad, "PKCS#12 password: not UTF-8 (expected: a UTF-8 password)");
    } finally {
      if (bytes != null) {
        Arrays.fill(bytes, (byte) 0);
      }
      m.wipe();
    }
  }

  private static List<X509Certificate> chain(LoadedObject key, RequestContext ctx) throws GeneralSecurityException {
    String next = first(linked(key, LinkType.PKCS_12_CERTIFICATE_LINK));
    if (next == null) {
      String pub = first(linked(key, LinkType.PUBLIC_KEY_LINK));
      if (pub != null) {
        LoadedObject p = ctx.objects().load(pub);
        next = certificateLink(p);
      }
    }
    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    List<X509Certificate> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (next != null && chain.size() < MAX_CHAIN && seen.add(next)) {
      LoadedObject c = ctx.objects().load(next);
      if (c.objectType() != ObjectType.CERTIFICATE) {
        throw new KmipException(ResultReason.INVALID_FIELD, "PKCS#12 chain: " + next + " is a "
            + c.objectType().specName() + " (expected: a Certificate)");
      }
      ManagedObject m = ctx.objects().material(c);
      chain.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(((Certificate) m).certificateValue())));
      next = certificateLink(c);
    }
    if (chain.isEmpty()) {
      throw new KmipException(ResultReason.INVALID_FIELD,
          "PKCS#12 chain: no certificate (expected: a PKCS#12 Certificate Link from the key or its public key)");
    }
    return chain;
  }

  private static String certificateLink(LoadedObject o) {
    String c = first(linked(o, LinkType.PKCS_12_CERTIFICATE_LINK));
    return c != null ? c : first(linked(o, LinkType.CERTIFICATE_LINK));
  }

  private static List<String> linked(LoadedObject o, LinkType type) {
    return o.attributes().links().stream().filter(l -> l.type() == type).map(Link::linkedObjectIdentifier).toList();
  }

  private static String first(List<String> l) {
    return l.isEmpty() ? null : l.get(0);
  }
}
