package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.DecryptRequestPayload;
import dev.clavis.codec.DecryptResponsePayload;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.CryptographicUsageMask;

/**
 * Decrypt (KMIP 1.4 §4.30, KMIP 2.1 §6.1.11): decrypts Data with an Active key whose usage mask
 * allows Decrypt, in the modes of {@link Ciphers}; the IV (and for AEAD modes the Authenticated
 * Encryption Tag) must be given. A tag that does not verify is Cryptographic Failure. The
 * streaming form is refused (see {@link CryptoKeys#singleShot}). Sets the ID Placeholder.
 */
final class DecryptHandler implements OperationHandler<DecryptRequestPayload> {

  @Override
  public Class<DecryptRequestPayload> requestType() {
    return DecryptRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(DecryptRequestPayload request, RequestContext ctx) {
    LoadedObject o = CryptoKeys.usable(ctx, request.uniqueIdentifier(), CryptographicUsageMask.DECRYPT, "Decrypt");
    CryptoKeys.singleShot(request.correlationValue(), request.initIndicator(), request.finalIndicator(), "Decrypt");
    byte[] data = CryptoKeys.required(request.data(), "Data", "Decrypt");
    CryptographicParameters p = CryptoKeys.parameters(request.cryptographicParameters(), o);
    UsageLimits.consume(ctx, o, data.length);
    ManagedObject key = ctx.objects().material(o);
    try {
      byte[] plain = Ciphers.decrypt(key, p, data, request.ivCounterNonce(),
          request.authenticatedEncryptionAdditionalData(), request.authenticatedEncryptionTag());
      return new DecryptResponsePayload(o.uid(), plain, null);
    } finally {
      key.wipe();
    }
  }
}
