package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.PrivateKey;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.Template;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;

/**
 * Register (KMIP 1.4 §4.3, KMIP 2.1 §6.1.39): stores a managed object the client supplies — every
 * object type the codec reads (Symmetric, Public, Private, Split and PGP keys, Secret Data, Opaque
 * Object, Certificate, and the 1.x Template, see {@link Templates}) — with its attributes;
 * Cryptographic Algorithm and Length are taken from the Key Block when the attributes omit them.
 * A PKCS#12 private key needs its PKCS#12 Password Link to an Active Password, and is stored as
 * PKCS#8 with its certificates ({@link Pkcs12Import}).
 * Sets the ID Placeholder.
 */
final class RegisterHandler implements OperationHandler<RegisterRequestPayload> {

  @Override
  public Class<RegisterRequestPayload> requestType() {
    return RegisterRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(RegisterRequestPayload request, RequestContext ctx) {
    ManagedObject object = request.object();
    try {
      if (object.objectType() != request.objectType()) {
        throw new KmipException(ResultReason.INVALID_FIELD, "Object Type: " + request.objectType().specName()
            + " (expected: " + object.objectType().specName() + ", the type of the object given)");
      }
      if (object instanceof Template t) {
        Templates.checkRegistered(t, ctx);
      }
      Attributes attributes = AttributeRules.forCreation(request.attributes() == null ? Attributes.empty() : request.attributes(), ctx);
      KeyBlock kb = ManagedObjects.keyBlock(object);
      if (kb != null && kb.keyFormatType() == KeyFormatType.PKCS_12 && object instanceof PrivateKey) {
        Pkcs12Import.Imported imported = Pkcs12Import.read(kb, attributes, ctx);
        object.wipe();
        object = imported.key();
        attributes = imported.attributes();
        kb = ManagedObjects.keyBlock(object);
      }
      if (kb != null) {
        if (kb.cryptographicAlgorithm() != null && attributes.get(Tag.CRYPTOGRAPHIC_ALGORITHM).isEmpty()) {
          attributes = attributes.with(Attribute.of(
              TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, kb.cryptographicAlgorithm().value())));
        }
        if (kb.cryptographicLength() != null && attributes.get(Tag.CRYPTOGRAPHIC_LENGTH).isEmpty()) {
          attributes = attributes.with(Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, kb.cryptographicLength())));
        }
      }
      String uid = ctx.services.store().newUid();
      ctx.objects().create(uid, object, attributes);
      ctx.idPlaceholder(uid);
      return new RegisterResponsePayload(uid, null);
    } finally {
      object.wipe();
    }
  }
}
