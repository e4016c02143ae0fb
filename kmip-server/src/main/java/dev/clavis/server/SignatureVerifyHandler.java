package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.SignatureVerifyRequestPayload;
import dev.clavis.codec.SignatureVerifyResponsePayload;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.ValidityIndicator;

/**
 * Signature Verify (KMIP 1.4 §4.32, KMIP 2.1 §6.1.51): verifies Signature Data over Data or
 * Digested Data with an Active Public Key (or Certificate) whose usage mask allows Verify, by the
 * schemes of {@link Signatures}; answers Validity Indicator Valid or Invalid. The streaming form
 * is refused (see {@link CryptoKeys#singleShot}). Sets the ID Placeholder.
 */
final class SignatureVerifyHandler implements OperationHandler<SignatureVerifyRequestPayload> {

  @Override
  public Class<SignatureVerifyRequestPayload> requestType() {
    return SignatureVerifyRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(SignatureVerifyRequestPayload request, RequestContext ctx) {
    LoadedObject o = CryptoKeys.usable(ctx, request.uniqueIdentifier(), CryptographicUsageMask.VERIFY, "Signature Verify");
    CryptoKeys.singleShot(request.correlationValue(), request.initIndicator(), request.finalIndicator(), "Signature Verify");
    byte[] signature = CryptoKeys.required(request.signatureData(), "Signature Data", "Signature Verify");
    CryptographicParameters p = CryptoKeys.parameters(request.cryptographicParameters(), o);
    ManagedObject key = ctx.objects().material(o);
    try {
      boolean valid = Signatures.verify(CryptoKeys.publicKey(key), p, request.data(), request.digestedData(), signature);
      return new SignatureVerifyResponsePayload(o.uid(), valid ? ValidityIndicator.VALID : ValidityIndicator.INVALID,
          null, null);
    } finally {
      key.wipe();
    }
  }
}
