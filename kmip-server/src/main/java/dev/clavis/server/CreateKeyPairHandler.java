package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateKeyPairRequestPayload;
import dev.clavis.codec.CreateKeyPairResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.Link;
import dev.clavis.codec.PrivateKey;
import dev.clavis.codec.PublicKey;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.LinkType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.security.KeyPair;

/**
 * Create Key Pair (KMIP 1.4 §4.2, KMIP 2.1 §6.1.9): generates an RSA (2048–4096) or EC (P-256,
 * P-384, P-521) key pair with a pair-wise consistency test, stores the private and public keys —
 * RSA as PKCS#1 (as the OASIS test cases and most 1.x clients expect), EC as PKCS#8 and X.509
 * SubjectPublicKeyInfo; Get converts to the other formats — each with the common attributes plus its own, and
 * a Link to the other (Public Key Link, Private Key Link) — and sets the ID Placeholder to the
 * private key.
 */
final class CreateKeyPairHandler implements OperationHandler<CreateKeyPairRequestPayload> {

  @Override
  public Class<CreateKeyPairRequestPayload> requestType() {
    return CreateKeyPairRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(CreateKeyPairRequestPayload request, RequestContext ctx) {
    Attributes common = AttributeRules.forCreation(orEmpty(request.commonAttributes()), ctx);
    Attributes priv = merge(common, AttributeRules.forCreation(orEmpty(request.privateKeyAttributes()), ctx));
    Attributes pub = merge(common, AttributeRules.forCreation(orEmpty(request.publicKeyAttributes()), ctx));
    CryptographicAlgorithm alg = CreateHandler.algorithm(priv);
    // A Recommended Curve in the Cryptographic Domain Parameters picks the curve (and the length).
    KeyPair curvePair = EcCurves.generate(alg, priv);
    int length = curvePair != null ? EcCurves.fieldSize(curvePair) : CreateHandler.length(priv);
    if (priv.get(Tag.CRYPTOGRAPHIC_LENGTH).isEmpty()) {
      priv = priv.with(Attribute.of(dev.clavis.codec.TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, length)));
    }
    if (pub.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM).orElse(alg.value()) != alg.value()
        || pub.integer(Tag.CRYPTOGRAPHIC_LENGTH).orElse(length) != length) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Cryptographic Algorithm / Length: different for the "
          + "public and the private key (expected: the same for both halves of a pair)");
    }
    pub = pub.set(Attribute.of(dev.clavis.codec.TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, alg.value())))
        .set(Attribute.of(dev.clavis.codec.TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, length)));
    KeyPair pair = curvePair != null ? curvePair : KeyGeneration.pair(alg, length);
    String privateUid = ctx.services.store().newUid();
    String publicUid = ctx.services.store().newUid();
    boolean rsa = alg == CryptographicAlgorithm.RSA;
    PrivateKey privateKey = new PrivateKey(KeyBlock.of(rsa ? KeyFormatType.PKCS_1 : KeyFormatType.PKCS_8,
        rsa ? pkcs1(pair.getPrivate().getEncoded()) : pair.getPrivate().getEncoded(), alg, length));
    PublicKey publicKey = new PublicKey(KeyBlock.of(rsa ? KeyFormatType.PKCS_1 : KeyFormatType.X_509,
        rsa ? pkcs1Public(pair.getPublic().getEncoded()) : pair.getPublic().getEncoded(), alg, length));
    try {
      ctx.objects().create(privateUid, privateKey,
          priv.with(new Link(LinkType.PUBLIC_KEY_LINK, publicUid).toAttribute()).set(KeyGeneration.pairGenerator()));
      ctx.objects().create(publicUid, publicKey,
          pub.with(new Link(LinkType.PRIVATE_KEY_LINK, privateUid).toAttribute()).set(KeyGeneration.pairGenerator()));
    } finally {
      privateKey.wipe();
    }
    ctx.idPlaceholder(privateUid);
    return new CreateKeyPairResponsePayload(privateUid, publicUid, null, null);
  }

  /** The RSAPrivateKey (PKCS#1) inside a PKCS#8 encoding; the PKCS#8 array is wiped. */
  static byte[] pkcs1(byte[] pkcs8) {
    try {
      return org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(pkcs8).parsePrivateKey().toASN1Primitive().getEncoded();
    } catch (java.io.IOException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE, "RSA private key encoding: unreadable (expected: PKCS#8)", e);
    } finally {
      java.util.Arrays.fill(pkcs8, (byte) 0);
    }
  }

  /** The RSAPublicKey (PKCS#1) inside a SubjectPublicKeyInfo. */
  static byte[] pkcs1Public(byte[] spki) {
    try {
      return org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(spki).parsePublicKey().getEncoded();
    } catch (java.io.IOException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE, "RSA public key encoding: unreadable (expected: X.509)", e);
    }
  }

  private static Attributes orEmpty(Attributes a) {
    return a == null ? Attributes.empty() : a;
  }

  /** {@code base} with {@code specific} on top: a specific single-valued attribute replaces the common one. */
  static Attributes merge(Attributes base, Attributes specific) {
    Attributes out = base;
    for (Attribute a : specific) {
      out = AttributeRules.multiValued(a) ? out.with(a) : out.set(a);
    }
    return out;
  }
}
