package dev.clavis.server;

import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.Tag;

/**
 * Create (KMIP 1.4 §4.1, KMIP 2.1 §6.1.8): generates a new Symmetric Key (AES, 3DES, HMAC) or
 * Secret Data from the attributes given, and sets the ID Placeholder to it. Cryptographic
 * Algorithm and Cryptographic Length are required for keys; Secret Data defaults to 256 bits.
 */
final class CreateHandler implements OperationHandler<CreateRequestPayload> {

  @Override
  public Class<CreateRequestPayload> requestType() {
    return CreateRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(CreateRequestPayload request, RequestContext ctx) {
    Attributes attributes = AttributeRules.forCreation(request.attributes(), ctx);
    ManagedObject object = switch (request.objectType()) {
      case SYMMETRIC_KEY -> {
        CryptographicAlgorithm alg = algorithm(attributes);
        int length = length(attributes);
        yield new SymmetricKey(KeyBlock.of(KeyFormatType.RAW,
            KeyGeneration.symmetric(ctx.services.keyProtection(), alg, length), alg, length));
      }
      case SECRET_DATA -> {
        int length = attributes.integer(Tag.CRYPTOGRAPHIC_LENGTH).orElse(256);
        if (length < 8 || length > 4096 || length % 8 != 0) {
          throw new KmipException(ResultReason.INVALID_FIELD,
              "Cryptographic Length: " + length + " (expected: 8..4096 in whole bytes for Secret Data)");
        }
        yield new SecretData(SecretDataType.PASSWORD,
            KeyBlock.of(KeyFormatType.OPAQUE, ctx.services.keyProtection().randomBytes(length / 8), null, null));
      }
      default -> throw new KmipException(ResultReason.INVALID_FIELD, "Object Type: " + request.objectType().specName()
          + " (expected: Symmetric Key or Secret Data; key pairs use CreateKeyPair)");
    };
    try {
      String uid = ctx.services.store().newUid();
      ctx.objects().create(uid, object, attributes.get(dev.clavis.codec.spec.Tag.RANDOM_NUMBER_GENERATOR).isPresent()
          ? attributes : attributes.set(ManagedObjects.randomNumberGenerator()));
      ctx.idPlaceholder(uid);
      return new CreateResponsePayload(request.objectType(), uid, null);
    } finally {
      object.wipe();
    }
  }

  static CryptographicAlgorithm algorithm(Attributes a) {
    int v = a.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM).orElseThrow(() -> new KmipException(ResultReason.MISSING_DATA,
        "Cryptographic Algorithm: absent (expected: given in the attributes)"));
    CryptographicAlgorithm alg = CryptographicAlgorithm.fromValue(v);
    if (alg == null) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Cryptographic Algorithm: 0x" + Integer.toHexString(v)
          + " (expected: a defined algorithm)");
    }
    return alg;
  }

  static int length(Attributes a) {
    return a.integer(Tag.CRYPTOGRAPHIC_LENGTH).orElseThrow(() -> new KmipException(ResultReason.MISSING_DATA,
        "Cryptographic Length: absent (expected: given in the attributes)"));
  }

}
