package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.EncryptRequestPayload;
import dev.clavis.codec.EncryptResponsePayload;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.Operation;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;

/**
 * Encrypt (KMIP 1.4 §4.29, KMIP 2.1 §6.1.17): encrypts Data with an Active key whose usage mask
 * allows Encrypt, in the modes of {@link Ciphers}. A generated IV is returned in IV/Counter/Nonce,
 * the tag of an AEAD mode in Authenticated Encryption Tag. Streamed (symmetric algorithms): the
 * request with Init Indicator True starts a {@link CryptoStreams stream} and returns its
 * Correlation Value with the output so far; later requests give the Correlation Value, the one
 * with Final Indicator True ends it and gets the tag. Sets the ID Placeholder.
 */
final class EncryptHandler implements OperationHandler<EncryptRequestPayload> {

  @Override
  public Class<EncryptRequestPayload> requestType() {
    return EncryptRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(EncryptRequestPayload request, RequestContext ctx) {
    LoadedObject o = CryptoKeys.usable(ctx, request.uniqueIdentifier(), CryptographicUsageMask.ENCRYPT, "Encrypt");
    byte[] data = CryptoStreams.whole(request.correlationValue(), request.initIndicator(), request.finalIndicator())
        ? CryptoKeys.required(request.data(), "Data", "Encrypt") : request.data() == null ? new byte[0] : request.data();
    UsageLimits.consume(ctx, o, data.length);
    if (!CryptoStreams.whole(request.correlationValue(), request.initIndicator(), request.finalIndicator())) {
      return stream(request, ctx, o, data);
    }
    CryptographicParameters p = CryptoKeys.parameters(request.cryptographicParameters(), o);
    ManagedObject key = ctx.objects().material(o);
    try {
      Ciphers.Encrypted e = Ciphers.encrypt(ctx, key, p, data, request.ivCounterNonce(),
          request.authenticatedEncryptionAdditionalData());
      return new EncryptResponsePayload(o.uid(), e.data(), e.iv(), null, e.tag());
    } finally {
      key.wipe();
    }
  }

  private static ResponsePayload stream(EncryptRequestPayload request, RequestContext ctx, LoadedObject o, byte[] data) {
    boolean fin = Boolean.TRUE.equals(request.finalIndicator());
    if (request.correlationValue() == null) {
      CryptographicParameters p = CryptoKeys.parameters(request.cryptographicParameters(), o);
      ManagedObject key = ctx.objects().material(o);
      Ciphers.Started s;
      try {
        s = Ciphers.start(ctx, key, p, request.ivCounterNonce(), request.authenticatedEncryptionAdditionalData(), true);
      } finally {
        key.wipe();
      }
      byte[] out = s.cipher().update(data);
      byte[] correlation = CryptoStreams.open(ctx, o.uid(), Operation.ENCRYPT, s.cipher(), s.tagLength());
      return new EncryptResponsePayload(o.uid(), orAbsent(out), s.generatedIv(), correlation, null);
    }
    CryptoStreams.Stream s = CryptoStreams.take(ctx, request.correlationValue(), o.uid(), Operation.ENCRYPT);
    Cipher c = (Cipher) s.engine();
    if (!fin) {
      byte[] out = c.update(data);
      CryptoStreams.resume(ctx, request.correlationValue(), s);
      return new EncryptResponsePayload(o.uid(), orAbsent(out), null, request.correlationValue(), null);
    }
    try {
      byte[] out = c.doFinal(data);
      if (s.tagLength() > 0) {
        return new EncryptResponsePayload(o.uid(), orAbsent(Arrays.copyOf(out, out.length - s.tagLength())), null, null,
            Arrays.copyOfRange(out, out.length - s.tagLength(), out.length));
      }
      return new EncryptResponsePayload(o.uid(), orAbsent(out), null, null, null);
    } catch (GeneralSecurityException e) {
      throw CryptoKeys.cryptoFailure("Encrypt", e);
    }
  }

  /** A streamed part with no output has no Data (the OASIS TC-STREAM cases omit it). */
  private static byte[] orAbsent(byte[] out) {
    return out == null || out.length == 0 ? null : out;
  }
}
