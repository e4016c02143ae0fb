package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.Link;
import dev.clavis.codec.ReKeyRequestPayload;
import dev.clavis.codec.ReKeyResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.LinkType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;

/**
 * Re-key (KMIP 1.4 §4.4, KMIP 2.1 §6.1.40): a new Symmetric Key replacing an existing one — same
 * algorithm and length, the existing key's client attributes (its Names move to the new key),
 * Replaced / Replacement Object Links between the two. With an Offset, the new key's Activation
 * Date is now + Offset (and it is Pre-Active until then); without, it copies the old key's
 * activation behaviour: Active at once when the old key is Active. Sets the ID Placeholder to the
 * new key.
 */
final class ReKeyHandler implements OperationHandler<ReKeyRequestPayload> {

  @Override
  public Class<ReKeyRequestPayload> requestType() {
    return ReKeyRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(ReKeyRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    LoadedObject old = ctx.objects().loadForUpdate(uid);
    if (old.objectType() != ObjectType.SYMMETRIC_KEY) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Object Type: " + old.objectType().specName()
          + " (expected: Symmetric Key for Re-key; key pairs use Re-key Key Pair)");
    }
    if (old.state() == State.DESTROYED || old.state() == State.DESTROYED_COMPROMISED || old.state() == State.COMPROMISED) {
      throw new KmipException(ResultReason.WRONG_KEY_LIFECYCLE_STATE,
          "State: " + old.state().specName() + " (expected: Pre-Active, Active or Deactivated for Re-key)");
    }
    Attributes a = old.attributes().filter(x -> AttributeRules.of(x).setter() != AttributeRules.Setter.SERVER
        && x.tag() != Tag.LINK && x.tag() != Tag.ACTIVATION_DATE && x.tag() != Tag.DEACTIVATION_DATE);
    if (request.attributes() != null) {
      for (Attribute x : AttributeRules.forCreation(request.attributes(), ctx)) {
        a = AttributeRules.multiValued(x) ? a.with(x) : a.set(x);
      }
    }
    if (request.offset() != null) {
      a = a.set(ManagedObjects.date(Tag.ACTIVATION_DATE, ctx.now.plusSeconds(request.offset())));
    } else if (old.state() == State.ACTIVE) {
      a = a.set(ManagedObjects.date(Tag.ACTIVATION_DATE, ctx.now));
    }
    CryptographicAlgorithm alg = CreateHandler.algorithm(a);
    int length = CreateHandler.length(a);
    String newUid = ctx.services.store().newUid();
    // Names are unique: they leave the old key before the new one takes them.
    Attributes oldAttributes = old.attributes().without(Tag.NAME)
        .with(new Link(LinkType.REPLACEMENT_OBJECT_LINK, newUid).toAttribute());
    ctx.objects().update(old, oldAttributes);
    SymmetricKey key = new SymmetricKey(KeyBlock.of(KeyFormatType.RAW,
        KeyGeneration.symmetric(ctx.services.keyProtection(), alg, length), alg, length));
    try {
      ctx.objects().create(newUid, key, a.with(new Link(LinkType.REPLACED_OBJECT_LINK, uid).toAttribute())
          .set(ManagedObjects.randomNumberGenerator()));
    } finally {
      key.wipe();
    }
    ctx.idPlaceholder(newUid);
    return new ReKeyResponsePayload(newUid, null);
  }

}
