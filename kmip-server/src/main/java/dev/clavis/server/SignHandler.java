package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.SignRequestPayload;
import dev.clavis.codec.SignResponsePayload;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import java.security.Signature;
import java.security.SignatureException;

/**
 * Sign (KMIP 1.4 §4.31, KMIP 2.1 §6.1.50): signs Data or Digested Data with an Active Private
 * Key whose usage mask allows Sign, by the schemes of {@link Signatures}. Streamed over Data with
 * Init Indicator / Correlation Value / Final Indicator ({@link CryptoStreams}). Sets the ID
 * Placeholder.
 */
final class SignHandler implements OperationHandler<SignRequestPayload> {

  @Override
  public Class<SignRequestPayload> requestType() {
    return SignRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(SignRequestPayload request, RequestContext ctx) {
    LoadedObject o = CryptoKeys.usable(ctx, request.uniqueIdentifier(), CryptographicUsageMask.SIGN, "Sign");
    if (!CryptoStreams.whole(request.correlationValue(), request.initIndicator(), request.finalIndicator())) {
      return stream(request, ctx, o);
    }
    CryptographicParameters p = CryptoKeys.parameters(request.cryptographicParameters(), o);
    ManagedObject key = ctx.objects().material(o);
    try {
      byte[] signature = Signatures.sign(CryptoKeys.privateKey(key), p, request.data(), request.digestedData());
      return new SignResponsePayload(o.uid(), signature, null);
    } finally {
      key.wipe();
    }
  }

  private static ResponsePayload stream(SignRequestPayload request, RequestContext ctx, LoadedObject o) {
    byte[] data = request.data() == null ? new byte[0] : request.data();
    Signature sig;
    if (request.correlationValue() == null) {
      ManagedObject key = ctx.objects().material(o);
      try {
        sig = Signatures.start(CryptoKeys.privateKey(key), CryptoKeys.parameters(request.cryptographicParameters(), o));
      } finally {
        key.wipe();
      }
    } else {
      sig = (Signature) CryptoStreams.take(ctx, request.correlationValue(), o.uid(), Operation.SIGN).engine();
    }
    try {
      sig.update(data);
      if (Boolean.TRUE.equals(request.finalIndicator())) {
        return new SignResponsePayload(o.uid(), sig.sign(), null);
      }
    } catch (SignatureException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE, "Sign: SignatureException (expected: a signature)");
    }
    return new SignResponsePayload(o.uid(), null, CryptoStreams.keep(ctx, request.correlationValue(), o.uid(), Operation.SIGN, sig));
  }
}
