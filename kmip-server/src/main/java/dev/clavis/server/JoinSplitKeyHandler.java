package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.JoinSplitKeyRequestPayload;
import dev.clavis.codec.JoinSplitKeyResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SplitKey;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Join Split Key (KMIP 1.4 §4.39, KMIP 2.1 §6.1.27): combines Split Key objects into a new
 * Symmetric Key or Secret Data ({@link SplitKeys}). The parts must be Split Keys (else Invalid
 * Object Type) of one split — same Split Key Parts, Threshold, Method and Prime Field Size,
 * distinct Key Part Identifiers — not destroyed; fewer parts than the Split Key Threshold is
 * Cryptographic Failure ("The number of Unique Identifiers in the request SHALL be at least the
 * value of the Split Key Threshold"). A key takes its Cryptographic Algorithm and Length from the
 * attributes, else from the parts' Key Block; a length other than the joined secret's is Invalid
 * Field. Sets the ID Placeholder to the new object.
 */
final class JoinSplitKeyHandler implements OperationHandler<JoinSplitKeyRequestPayload> {

  @Override
  public Class<JoinSplitKeyRequestPayload> requestType() {
    return JoinSplitKeyRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(JoinSplitKeyRequestPayload request, RequestContext ctx) {
    if (request.objectType() != ObjectType.SYMMETRIC_KEY && request.objectType() != ObjectType.SECRET_DATA) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Object Type: " + request.objectType().specName()
          + " (expected: Symmetric Key or Secret Data for Join Split Key)");
    }
    List<SplitKey> parts = new ArrayList<>();
    try {
      for (String uid : request.uniqueIdentifiers()) {
        LoadedObject o = ctx.objects().load(uid);
        if (o.objectType() != ObjectType.SPLIT_KEY) {
          throw new KmipException(ResultReason.INVALID_OBJECT_TYPE, "Object Type of " + uid + ": "
              + o.objectType().specName() + " (expected: Split Key)");
        }
        if (o.state() == State.DESTROYED || o.state() == State.DESTROYED_COMPROMISED) {
          throw new KmipException(ResultReason.WRONG_KEY_LIFECYCLE_STATE,
              "State of " + uid + ": " + o.state().specName() + " (expected: not destroyed)");
        }
        parts.add((SplitKey) ctx.objects().material(o));
      }
      return join(request, ctx, parts);
    } finally {
      parts.forEach(SplitKey::wipe);
    }
  }

  private static ResponsePayload join(JoinSplitKeyRequestPayload request, RequestContext ctx, List<SplitKey> parts) {
    SplitKey first = parts.get(0);
    Set<Integer> ids = new HashSet<>();
    for (SplitKey p : parts) {
      if (p.splitKeyParts() != first.splitKeyParts() || p.splitKeyThreshold() != first.splitKeyThreshold()
          || p.splitKeyMethod() != first.splitKeyMethod() || !Objects.equals(p.primeFieldSize(), first.primeFieldSize())) {
        throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE, "Split Key parts: from different splits"
            + " (expected: the same Split Key Parts, Threshold, Method and Prime Field Size)");
      }
      if (!ids.add(p.keyPartIdentifier())) {
        throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
            "Key Part Identifier: " + p.keyPartIdentifier() + " given twice (expected: distinct parts)");
      }
    }
    if (parts.size() < first.splitKeyThreshold()) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE, "Split Key parts: " + parts.size()
          + " (expected: at least the Split Key Threshold, " + first.splitKeyThreshold() + ")");
    }
    Attributes attributes = AttributeRules.forCreation(request.attributes() == null ? Attributes.empty() : request.attributes(), ctx);
    Integer blockLength = first.keyBlock().cryptographicLength();
    Integer requestedLength = attributes.integer(Tag.CRYPTOGRAPHIC_LENGTH).orElse(null);
    List<SplitKeys.Share> shares = new ArrayList<>();
    for (SplitKey p : parts) {
      shares.add(new SplitKeys.Share(p.keyPartIdentifier(), CryptoKeys.secret(asSecret(p))));
    }
    BigInteger prime = first.primeFieldSize();
    int secretBytes = requestedLength != null ? (requestedLength + 7) / 8
        : blockLength != null ? (blockLength + 7) / 8 : shares.get(0).value().length;
    byte[] secret;
    try {
      secret = SplitKeys.join(first.splitKeyMethod(), shares, prime, secretBytes);
    } finally {
      shares.forEach(s -> CryptoKeys.wipe(s.value()));
    }
    ManagedObject object;
    try {
      int length = requestedLength != null ? requestedLength : blockLength != null ? blockLength : secret.length * 8;
      if ((length + 7) / 8 != secret.length) {
        throw new KmipException(ResultReason.INVALID_FIELD, "Cryptographic Length: " + length
            + " (expected: " + secret.length * 8 + ", the length of the joined key)");
      }
      if (request.objectType() == ObjectType.SYMMETRIC_KEY) {
        CryptographicAlgorithm alg = attributes.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM).map(CryptographicAlgorithm::fromValue)
            .orElse(first.keyBlock().cryptographicAlgorithm());
        if (alg == null) {
          throw CryptoKeys.missing("Cryptographic Algorithm", "in the attributes or the parts' Key Block");
        }
        attributes = attributes.set(Attribute.of(TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, alg.value())))
            .set(Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, length)));
        object = new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, secret, alg, length));
      } else {
        attributes = attributes.set(Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, length)));
        object = new SecretData(request.secretDataType() == null ? SecretDataType.SEED : request.secretDataType(),
            KeyBlock.of(KeyFormatType.OPAQUE, secret, null, null));
      }
    } catch (RuntimeException e) {
      CryptoKeys.wipe(secret);
      throw e;
    }
    String uid = ctx.services.store().newUid();
    try {
      ctx.objects().create(uid, object, attributes);
    } finally {
      object.wipe();
    }
    ctx.idPlaceholder(uid);
    return new JoinSplitKeyResponsePayload(uid, null);
  }

  /** A Split Key's Key Block seen as Secret Data, for {@link CryptoKeys#secret}. */
  private static ManagedObject asSecret(SplitKey p) {
    return new SecretData(SecretDataType.SEED, p.keyBlock());
  }
}
