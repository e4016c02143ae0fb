package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.EncryptRequestPayload;
import dev.clavis.codec.EncryptResponsePayload;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.CryptographicUsageMask;

/**
 * Encrypt (KMIP 1.4 §4.29, KMIP 2.1 §6.1.17): encrypts Data with an Active key whose usage mask
 * allows Encrypt, in the modes of {@link Ciphers}. A generated IV is returned in IV/Counter/Nonce,
 * the tag of an AEAD mode in Authenticated Encryption Tag. The streaming form is refused (see
 * {@link CryptoKeys#singleShot}). Sets the ID Placeholder.
 */
final class EncryptHandler implements OperationHandler<EncryptRequestPayload> {

  @Override
  public Class<EncryptRequestPayload> requestType() {
    return EncryptRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(EncryptRequestPayload request, RequestContext ctx) {
    LoadedObject o = CryptoKeys.usable(ctx, request.uniqueIdentifier(), CryptographicUsageMask.ENCRYPT, "Encrypt");
    CryptoKeys.singleShot(request.correlationValue(), request.initIndicator(), request.finalIndicator(), "Encrypt");
    byte[] data = CryptoKeys.required(request.data(), "Data", "Encrypt");
    CryptographicParameters p = CryptoKeys.parameters(request.cryptographicParameters(), o);
    UsageLimits.consume(ctx, o, data.length);
    ManagedObject key = ctx.objects().material(o);
    try {
      Ciphers.Encrypted e = Ciphers.encrypt(ctx, key, p, data, request.ivCounterNonce(),
          request.authenticatedEncryptionAdditionalData());
      return new EncryptResponsePayload(o.uid(), e.data(), e.iv(), null, e.tag());
    } finally {
      key.wipe();
    }
  }
}
