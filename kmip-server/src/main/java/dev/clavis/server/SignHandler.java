package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.SignRequestPayload;
import dev.clavis.codec.SignResponsePayload;
import dev.clavis.codec.spec.CryptographicUsageMask;

/**
 * Sign (KMIP 1.4 §4.31, KMIP 2.1 §6.1.50): signs Data or Digested Data with an Active Private
 * Key whose usage mask allows Sign, by the schemes of {@link Signatures}. The streaming form is
 * refused (see {@link CryptoKeys#singleShot}). Sets the ID Placeholder.
 */
final class SignHandler implements OperationHandler<SignRequestPayload> {

  @Override
  public Class<SignRequestPayload> requestType() {
    return SignRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(SignRequestPayload request, RequestContext ctx) {
    LoadedObject o = CryptoKeys.usable(ctx, request.uniqueIdentifier(), CryptographicUsageMask.SIGN, "Sign");
    CryptoKeys.singleShot(request.correlationValue(), request.initIndicator(), request.finalIndicator(), "Sign");
    CryptographicParameters p = CryptoKeys.parameters(request.cryptographicParameters(), o);
    ManagedObject key = ctx.objects().material(o);
    try {
      byte[] signature = Signatures.sign(CryptoKeys.privateKey(key), p, request.data(), request.digestedData());
      return new SignResponsePayload(o.uid(), signature, null);
    } finally {
      key.wipe();
    }
  }
}
