package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.Link;
import dev.clavis.codec.PrivateKey;
import dev.clavis.codec.PublicKey;
import dev.clavis.codec.ReKeyKeyPairRequestPayload;
import dev.clavis.codec.ReKeyKeyPairResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.LinkType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Re-key Key Pair (KMIP 1.4 §4.5, KMIP 2.1 §6.1.47): a new key pair replacing an existing one,
 * named by its private key (its public key is the one its Public Key Link names). Each new half
 * takes the client attributes of the old half it replaces (same algorithm and length), with the
 * request's Common / Private / Public attributes on top; its Names move from the old half;
 * Replaced Object Link to the old half, Replacement Object Link from it, and Public / Private Key
 * Links between the new halves; Usage Limits keep their total with a full count; Random Number
 * Generator, Digest and the server dates are the new key's own. Dates (Table 176 / Table 308):
 * without an Offset, the old half's Activation and Deactivation Dates are copied; with one, the
 * Activation Date is now + Offset and a Deactivation Date moves by as much as the Activation Date
 * did (Illegal Operation, Invalid Field from 2.0, when the old half has a Deactivation Date but no
 * Activation Date; Invalid Message when the request also gives either date). The old pair keeps
 * its state. Sets the ID Placeholder to the new private key.
 */
final class ReKeyKeyPairHandler implements OperationHandler<ReKeyKeyPairRequestPayload> {

  @Override
  public Class<ReKeyKeyPairRequestPayload> requestType() {
    return ReKeyKeyPairRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(ReKeyKeyPairRequestPayload request, RequestContext ctx) {
    Attributes common = AttributeRules.forCreation(orEmpty(request.commonAttributes()), ctx);
    Attributes privRequest = AttributeRules.forCreation(orEmpty(request.privateKeyAttributes()), ctx);
    Attributes pubRequest = AttributeRules.forCreation(orEmpty(request.publicKeyAttributes()), ctx);
    if (request.offset() != null) {
      for (Attributes a : new Attributes[] {common, privRequest, pubRequest}) {
        if (a.get(Tag.ACTIVATION_DATE).isPresent() || a.get(Tag.DEACTIVATION_DATE).isPresent()) {
          throw new KmipException(ResultReason.INVALID_MESSAGE, "Offset: given with an Activation or Deactivation Date"
              + " (expected: one or the other, KMIP 1.4 §11.6)");
        }
      }
    }
    String privateUid = ctx.uid(request.privateKeyUniqueIdentifier());
    LoadedObject oldPrivate = ctx.objects().loadForUpdate(privateUid);
    if (oldPrivate.objectType() != ObjectType.PRIVATE_KEY) {
      throw new KmipException(ResultReason.INVALID_OBJECT_TYPE, "Object Type: " + oldPrivate.objectType().specName()
          + " (expected: Private Key for Re-key Key Pair; symmetric keys use Re-key)");
    }
    String publicUid = oldPrivate.attributes().links().stream().filter(l -> l.type() == LinkType.PUBLIC_KEY_LINK)
        .map(Link::linkedObjectIdentifier).findFirst().orElseThrow(() -> new KmipException(ResultReason.INVALID_FIELD,
            "Private Key " + privateUid + ": no Public Key Link (expected: a private key with its public key)"));
    LoadedObject oldPublic = ctx.objects().loadForUpdate(publicUid);
    for (LoadedObject o : new LoadedObject[] {oldPrivate, oldPublic}) {
      if (o.state() == State.DESTROYED || o.state() == State.DESTROYED_COMPROMISED) {
        throw new KmipException(ResultReason.KEY_VALUE_NOT_PRESENT, "State of " + o.stored().uid() + ": "
            + o.state().specName() + " (expected: a key pair whose key values are present)");
      }
      if (o.state() == State.COMPROMISED) {
        throw new KmipException(ResultReason.WRONG_KEY_LIFECYCLE_STATE, "State of " + o.stored().uid() + ": "
            + o.state().specName() + " (expected: Pre-Active, Active or Deactivated for Re-key Key Pair)");
      }
    }

    Attributes priv = CreateKeyPairHandler.merge(CreateKeyPairHandler.merge(
        copied(oldPrivate, request.offset(), ctx), common), privRequest);
    Attributes pub = CreateKeyPairHandler.merge(CreateKeyPairHandler.merge(
        copied(oldPublic, request.offset(), ctx), common), pubRequest);
    CryptographicAlgorithm alg = CreateHandler.algorithm(priv);
    int length = CreateHandler.length(priv);
    if (pub.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM).orElse(alg.value()) != alg.value()
        || pub.integer(Tag.CRYPTOGRAPHIC_LENGTH).orElse(length) != length) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Cryptographic Algorithm / Length: different for the "
          + "public and the private key (expected: the same for both halves of a pair)");
    }

    String newPrivateUid = ctx.services.store().newUid();
    String newPublicUid = ctx.services.store().newUid();
    // Names are unique: they leave the old pair before the new one takes them.
    ctx.objects().update(oldPrivate, oldPrivate.attributes().without(Tag.NAME)
        .with(new Link(LinkType.REPLACEMENT_OBJECT_LINK, newPrivateUid).toAttribute()));
    ctx.objects().update(oldPublic, oldPublic.attributes().without(Tag.NAME)
        .with(new Link(LinkType.REPLACEMENT_OBJECT_LINK, newPublicUid).toAttribute()));

    KeyPair pair = KeyGeneration.pair(alg, length);
    boolean rsa = alg == CryptographicAlgorithm.RSA;
    PrivateKey privateKey = new PrivateKey(KeyBlock.of(rsa ? KeyFormatType.PKCS_1 : KeyFormatType.PKCS_8,
        rsa ? CreateKeyPairHandler.pkcs1(pair.getPrivate().getEncoded()) : pair.getPrivate().getEncoded(), alg, length));
    PublicKey publicKey = new PublicKey(KeyBlock.of(rsa ? KeyFormatType.PKCS_1 : KeyFormatType.X_509,
        rsa ? CreateKeyPairHandler.pkcs1Public(pair.getPublic().getEncoded()) : pair.getPublic().getEncoded(), alg, length));
    try {
      ctx.objects().create(newPrivateUid, privateKey, priv
          .with(new Link(LinkType.PUBLIC_KEY_LINK, newPublicUid).toAttribute())
          .with(new Link(LinkType.REPLACED_OBJECT_LINK, privateUid).toAttribute())
          .set(KeyGeneration.pairGenerator()));
      ctx.objects().create(newPublicUid, publicKey, pub
          .with(new Link(LinkType.PRIVATE_KEY_LINK, newPrivateUid).toAttribute())
          .with(new Link(LinkType.REPLACED_OBJECT_LINK, publicUid).toAttribute())
          .set(KeyGeneration.pairGenerator()));
    } finally {
      privateKey.wipe();
    }
    ctx.idPlaceholder(newPrivateUid);
    return new ReKeyKeyPairResponsePayload(newPrivateUid, newPublicUid, null, null);
  }

  /**
   * The attributes one new half takes from the old half {@code o}: its client attributes without
   * Links and the Random Number Generator, Usage Limits with the count reset to the total, and the
   * Activation / Deactivation Dates of Table 176.
   */
  static Attributes copied(LoadedObject o, Long offset, RequestContext ctx) {
    Attributes old = o.attributes();
    Attributes a = old.filter(x -> AttributeRules.of(x).setter() != AttributeRules.Setter.SERVER
        && x.tag() != Tag.LINK && x.tag() != Tag.RANDOM_NUMBER_GENERATOR
        && x.tag() != Tag.ACTIVATION_DATE && x.tag() != Tag.DEACTIVATION_DATE);
    Optional<TtlvItem> limits = old.get(Tag.USAGE_LIMITS);
    if (limits.isPresent() && limits.get() instanceof TtlvItem.Structure s) {
      a = a.set(Attribute.of(fullCount(s)));
    }
    Optional<Instant> activation = old.dateTime(Tag.ACTIVATION_DATE);
    Optional<Instant> deactivation = old.dateTime(Tag.DEACTIVATION_DATE);
    if (offset == null) {
      if (activation.isPresent()) {
        a = a.set(ManagedObjects.date(Tag.ACTIVATION_DATE, activation.get()));
      }
      if (deactivation.isPresent()) {
        a = a.set(ManagedObjects.date(Tag.DEACTIVATION_DATE, deactivation.get()));
      }
      return a;
    }
    Instant newActivation = ctx.now.plusSeconds(offset);
    a = a.set(ManagedObjects.date(Tag.ACTIVATION_DATE, newActivation));
    if (deactivation.isPresent()) {
      if (activation.isEmpty()) {
        // Illegal Operation (KMIP 1.4 §11.6) is no reason from 2.0 on; Invalid Field is (2.1 §6.1.47.1).
        throw new KmipException(ctx.version.atLeast(KmipVersion.V2_0) ? ResultReason.INVALID_FIELD
            : ResultReason.ILLEGAL_OPERATION, "Offset: " + o.stored().uid() + " has a Deactivation"
            + " Date but no Activation Date (expected: both, to move the Deactivation Date, KMIP 1.4 §11.6)");
      }
      a = a.set(ManagedObjects.date(Tag.DEACTIVATION_DATE,
          deactivation.get().plus(Duration.between(activation.get(), newActivation))));
    }
    return a;
  }

  /** A Usage Limits structure with its count set back to its total (KMIP 1.4 Table 177). */
  private static TtlvItem.Structure fullCount(TtlvItem.Structure s) {
    Optional<TtlvItem.LongInt> total = s.find(Tag.USAGE_LIMITS_TOTAL, TtlvItem.LongInt.class);
    if (total.isEmpty()) {
      return s;
    }
    java.util.List<TtlvItem> items = new java.util.ArrayList<>();
    for (TtlvItem i : s.items()) {
      items.add(i.tag() == Tag.USAGE_LIMITS_COUNT ? TtlvItem.longInteger(Tag.USAGE_LIMITS_COUNT, total.get().value()) : i);
    }
    return TtlvItem.structure(Tag.USAGE_LIMITS, items);
  }

  private static Attributes orEmpty(Attributes a) {
    return a == null ? Attributes.empty() : a;
  }
}
