package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.ImportRequestPayload;
import dev.clavis.codec.ImportResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.KeyWrapType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.util.Optional;

/**
 * Import (KMIP 2.1 §6.1.25): stores a managed object under the Unique Identifier the client gives,
 * with exactly the attributes it supplies (the "Initially set by" / "When implicitly set" rules
 * are not enforced: {@link ObjectService#imported}). An existing object of that identifier is
 * Object Already Exists, unless Replace Existing is true: then it is overwritten, provided the
 * caller may act on it and the Object Type is the same. The supplied Unique Identifier and Object
 * Type attributes, when present, must agree with the request's. A wrapped key is stored as
 * provided; Key Wrap Type Not Wrapped (asking the server to unwrap it first) is not supported.
 * Cryptographic Algorithm and Length not supplied are taken from the Key Block, as Register does.
 * Sets the ID Placeholder.
 */
final class ImportHandler implements OperationHandler<ImportRequestPayload> {

  /** The longest Unique Identifier the store keeps. */
  static final int MAX_UID_CHARS = 64;

  @Override
  public Class<ImportRequestPayload> requestType() {
    return ImportRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(ImportRequestPayload request, RequestContext ctx) {
    ManagedObject object = request.object();
    try {
      String uid = request.uniqueIdentifier();
      if (uid.isEmpty() || uid.length() > MAX_UID_CHARS) {
        throw new KmipException(ResultReason.INVALID_FIELD, "Unique Identifier: " + uid.length()
            + " characters (expected: 1.." + MAX_UID_CHARS + ")");
      }
      if (object.objectType() != request.objectType()) {
        throw new KmipException(ResultReason.INVALID_FIELD, "Object Type: " + request.objectType().specName()
            + " (expected: " + object.objectType().specName() + ", the type of the object given)");
      }
      Optional<String> namedUid = request.attributes().text(Tag.UNIQUE_IDENTIFIER);
      if (namedUid.isPresent() && !namedUid.get().equals(uid)) {
        throw new KmipException(ResultReason.INVALID_ATTRIBUTE_VALUE,
            "Unique Identifier attribute: differs from the request's (expected: the same identifier)");
      }
      Optional<Integer> namedType = request.attributes().enumeration(Tag.OBJECT_TYPE);
      if (namedType.isPresent() && namedType.get() != request.objectType().value()) {
        throw new KmipException(ResultReason.INVALID_ATTRIBUTE_VALUE,
            "Object Type attribute: differs from the request's " + request.objectType().specName());
      }
      KeyBlock kb = ManagedObjects.keyBlock(object);
      if (request.keyWrapType() == KeyWrapType.NOT_WRAPPED && kb != null && kb.keyWrappingData() != null) {
        throw new KmipException(ResultReason.FEATURE_NOT_SUPPORTED,
            "Key Wrap Type: Not Wrapped (expected: absent or As Registered; this server stores imported keys as provided)");
      }
      LoadedObject existing = null;
      if (ctx.tx.find(uid).isPresent()) {
        if (!Boolean.TRUE.equals(request.replaceExisting())) {
          throw new KmipException(ResultReason.OBJECT_ALREADY_EXISTS,
              "Unique Identifier: " + uid + " exists (expected: a new identifier, or Replace Existing true)");
        }
        existing = ctx.objects().loadForUpdate(uid);
        if (existing.objectType() != request.objectType()) {
          throw new KmipException(ResultReason.INVALID_FIELD, "Object Type: " + request.objectType().specName()
              + " (expected: " + existing.objectType().specName() + ", the type of the object replaced)");
        }
      }
      Attributes attributes = request.attributes();
      if (kb != null && kb.cryptographicAlgorithm() != null && attributes.get(Tag.CRYPTOGRAPHIC_ALGORITHM).isEmpty()) {
        attributes = attributes.with(Attribute.of(
            TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, kb.cryptographicAlgorithm().value())));
      }
      if (kb != null && kb.cryptographicLength() != null && attributes.get(Tag.CRYPTOGRAPHIC_LENGTH).isEmpty()) {
        attributes = attributes.with(Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, kb.cryptographicLength())));
      }
      ctx.objects().imported(uid, object, attributes, existing);
      ctx.idPlaceholder(uid);
      return new ImportResponsePayload(uid);
    } finally {
      object.wipe();
    }
  }
}
