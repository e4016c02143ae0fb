package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateSplitKeyRequestPayload;
import dev.clavis.codec.CreateSplitKeyResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.Link;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.SplitKey;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.LinkType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * Create Split Key (KMIP 1.4 §4.38, KMIP 2.1 §6.1.10): splits a Symmetric Key or Secret Data —
 * the object named by the Unique Identifier, or a new symmetric key generated from the attributes'
 * Cryptographic Algorithm and Length — into Split Key Parts Split Key objects ({@link SplitKeys}:
 * XOR, Polynomial Sharing GF(2^8) or Prime Field), registered with the requested attributes and
 * the key's Cryptographic Algorithm and Length ("the attributes of the key take precedence") and
 * Usage Mask when the request has none. An existing key must be extractable (its parts give its
 * material back) and not destroyed.
 *
 * <p>Links: each part has a Previous Link and a Next Link to its neighbours in Key Part Identifier
 * order, so every part reaches the others, and a Parent Link to the split key, which gets a Child
 * Link to each part. The response lists the parts by Key Part Identifier; the ID Placeholder is
 * part 1.
 */
final class CreateSplitKeyHandler implements OperationHandler<CreateSplitKeyRequestPayload> {

  @Override
  public Class<CreateSplitKeyRequestPayload> requestType() {
    return CreateSplitKeyRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(CreateSplitKeyRequestPayload request, RequestContext ctx) {
    if (request.objectType() != ObjectType.SPLIT_KEY) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Object Type: " + request.objectType().specName()
          + " (expected: Split Key for Create Split Key)");
    }
    int parts = request.splitKeyParts();
    int threshold = request.splitKeyThreshold();
    SplitKeys.checkParameters(request.splitKeyMethod(), parts, threshold, request.primeFieldSize());
    Attributes attributes = AttributeRules.forCreation(request.attributes(), ctx);
    if (attributes.get(Tag.NAME).isPresent() && parts > 1) {
      throw new KmipException(ResultReason.INVALID_FIELD,
          "Name: given for " + parts + " parts (expected: none; a Name is unique to one object)");
    }
    LoadedObject base = null;
    CryptographicAlgorithm alg;
    int length;
    byte[] secret;
    if (request.uniqueIdentifier() != null) {
      base = ctx.objects().load(request.uniqueIdentifier());
      if (base.objectType() != ObjectType.SYMMETRIC_KEY && base.objectType() != ObjectType.SECRET_DATA) {
        throw new KmipException(ResultReason.INVALID_OBJECT_TYPE, "Object Type: " + base.objectType().specName()
            + " (expected: Symmetric Key or Secret Data to split)");
      }
      if (base.state() == State.DESTROYED || base.state() == State.DESTROYED_COMPROMISED) {
        throw new KmipException(ResultReason.WRONG_KEY_LIFECYCLE_STATE,
            "State: " + base.state().specName() + " (expected: not destroyed, to split the key)");
      }
      if (!base.attributes().bool(Tag.EXTRACTABLE).orElse(true)) {
        throw new KmipException(ResultReason.NOT_EXTRACTABLE,
            "Extractable: false (expected: true to split the key; its parts give its material back)");
      }
      ManagedObject m = ctx.objects().material(base);
      try {
        secret = CryptoKeys.secret(m);
      } finally {
        m.wipe();
      }
      alg = base.attributes().enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM).map(CryptographicAlgorithm::fromValue)
          .orElse(null);
      length = base.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH).orElse(secret.length * 8);
      ctx.idPlaceholder(base.uid());
    } else {
      alg = CreateHandler.algorithm(attributes);
      length = CreateHandler.length(attributes);
      secret = KeyGeneration.symmetric(ctx.services.keyProtection(), alg, length);
    }
    List<SplitKeys.Share> shares;
    try {
      shares = SplitKeys.split(request.splitKeyMethod(), secret, parts, threshold, request.primeFieldSize());
    } finally {
      CryptoKeys.wipe(secret);
    }
    if (alg != null) {
      attributes = attributes.set(Attribute.of(TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, alg.value())));
    }
    attributes = attributes.set(Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, length)));
    if (base != null && attributes.get(Tag.CRYPTOGRAPHIC_USAGE_MASK).isEmpty()) {
      for (Attribute mask : base.attributes().list()) {
        if (mask.tag() == Tag.CRYPTOGRAPHIC_USAGE_MASK) {
          attributes = attributes.set(mask);
        }
      }
    }
    List<String> uids = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      uids.add(ctx.services.store().newUid());
    }
    for (int i = 0; i < parts; i++) {
      SplitKeys.Share s = shares.get(i);
      SplitKey part = new SplitKey(parts, s.id(), threshold, request.splitKeyMethod(), request.primeFieldSize(),
          KeyBlock.of(KeyFormatType.RAW, s.value(), alg, length));
      Attributes a = attributes;
      if (base != null) {
        a = a.with(new Link(LinkType.PARENT_LINK, base.uid()).toAttribute());
      }
      if (i > 0) {
        a = a.with(new Link(LinkType.PREVIOUS_LINK, uids.get(i - 1)).toAttribute());
      }
      if (i < parts - 1) {
        a = a.with(new Link(LinkType.NEXT_LINK, uids.get(i + 1)).toAttribute());
      }
      try {
        ctx.objects().create(uids.get(i), part, a);
      } finally {
        part.wipe();
      }
    }
    if (base != null) {
      LoadedObject b = ctx.objects().loadForUpdate(base.uid());
      Attributes a = b.attributes();
      for (String uid : uids) {
        a = a.with(new Link(LinkType.CHILD_LINK, uid).toAttribute());
      }
      ctx.objects().update(b, a);
    }
    ctx.idPlaceholder(uids.get(0));
    return new CreateSplitKeyResponsePayload(uids, null);
  }
}
