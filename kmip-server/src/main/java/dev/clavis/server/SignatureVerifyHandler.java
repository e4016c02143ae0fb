package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.SignatureVerifyRequestPayload;
import dev.clavis.codec.SignatureVerifyResponsePayload;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import java.security.Signature;
import java.security.SignatureException;
import dev.clavis.codec.spec.ValidityIndicator;

/**
 * Signature Verify (KMIP 1.4 §4.32, KMIP 2.1 §6.1.51): verifies Signature Data over Data or
 * Digested Data with an Active Public Key (or Certificate) whose usage mask allows Verify, by the
 * schemes of {@link Signatures}; answers Validity Indicator Valid or Invalid. Streamed over Data
 * as Sign is (the Signature Data with the first or the final request). Sets the ID Placeholder.
 */
final class SignatureVerifyHandler implements OperationHandler<SignatureVerifyRequestPayload> {

  @Override
  public Class<SignatureVerifyRequestPayload> requestType() {
    return SignatureVerifyRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(SignatureVerifyRequestPayload request, RequestContext ctx) {
    LoadedObject o = CryptoKeys.usable(ctx, request.uniqueIdentifier(), CryptographicUsageMask.VERIFY, "Signature Verify");
    if (!CryptoStreams.whole(request.correlationValue(), request.initIndicator(), request.finalIndicator())) {
      return stream(request, ctx, o);
    }
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

  /** A streamed verification: the engine, and the Signature Data when it came before the final request. */
  private record Pending(Signature engine, byte[] signature) {}

  private static ResponsePayload stream(SignatureVerifyRequestPayload request, RequestContext ctx, LoadedObject o) {
    byte[] data = request.data() == null ? new byte[0] : request.data();
    Pending pending;
    if (request.correlationValue() == null) {
      ManagedObject key = ctx.objects().material(o);
      try {
        pending = new Pending(Signatures.start(CryptoKeys.publicKey(key),
            CryptoKeys.parameters(request.cryptographicParameters(), o)), request.signatureData());
      } finally {
        key.wipe();
      }
    } else {
      pending = (Pending) CryptoStreams.take(ctx, request.correlationValue(), o.uid(), Operation.SIGNATURE_VERIFY).engine();
    }
    byte[] signature = request.signatureData() != null ? request.signatureData() : pending.signature();
    Signature sig = pending.engine();
    try {
      sig.update(data);
      if (Boolean.TRUE.equals(request.finalIndicator())) {
        CryptoKeys.required(signature, "Signature Data", "a streamed Signature Verify");
        boolean valid;
        try {
          valid = sig.verify(signature);
        } catch (SignatureException e) {
          valid = false; // a malformed signature does not verify
        }
        return new SignatureVerifyResponsePayload(o.uid(), valid ? ValidityIndicator.VALID : ValidityIndicator.INVALID,
            null, null);
      }
    } catch (SignatureException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE, "Signature Verify: SignatureException (expected: data)");
    }
    return new SignatureVerifyResponsePayload(o.uid(), null, null, CryptoStreams.keep(ctx, request.correlationValue(),
        o.uid(), Operation.SIGNATURE_VERIFY, new Pending(sig, signature)));
  }
}
