package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.DecryptRequestPayload;
import dev.clavis.codec.DecryptResponsePayload;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;

/**
 * Decrypt (KMIP 1.4 §4.30, KMIP 2.1 §6.1.11): decrypts Data with an Active key whose usage mask
 * allows Decrypt, in the modes of {@link Ciphers}; the IV (and for AEAD modes the Authenticated
 * Encryption Tag) must be given. A tag that does not verify is Cryptographic Failure. Streamed as
 * Encrypt is ({@link EncryptHandler}); an AEAD tag comes with the final request, and AEAD output
 * is released only then. Sets the ID Placeholder.
 */
final class DecryptHandler implements OperationHandler<DecryptRequestPayload> {

  @Override
  public Class<DecryptRequestPayload> requestType() {
    return DecryptRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(DecryptRequestPayload request, RequestContext ctx) {
    LoadedObject o = CryptoKeys.usable(ctx, request.uniqueIdentifier(), CryptographicUsageMask.DECRYPT, "Decrypt");
    byte[] data = CryptoStreams.whole(request.correlationValue(), request.initIndicator(), request.finalIndicator())
        ? CryptoKeys.required(request.data(), "Data", "Decrypt") : request.data() == null ? new byte[0] : request.data();
    if (!CryptoStreams.whole(request.correlationValue(), request.initIndicator(), request.finalIndicator())) {
      return stream(request, ctx, o, data);
    }
    CryptographicParameters p = CryptoKeys.parameters(request.cryptographicParameters(), o);
    ManagedObject key = ctx.objects().material(o);
    try {
      byte[] plain = Ciphers.decrypt(key, p, data, request.ivCounterNonce(),
          request.authenticatedEncryptionAdditionalData(), request.authenticatedEncryptionTag());
      return new DecryptResponsePayload(o.uid(), plain, null);
    } finally {
      key.wipe();
    }
  }

  private static ResponsePayload stream(DecryptRequestPayload request, RequestContext ctx, LoadedObject o, byte[] data) {
    boolean fin = Boolean.TRUE.equals(request.finalIndicator());
    CryptoStreams.Stream s;
    Cipher c;
    if (request.correlationValue() == null) {
      CryptographicParameters p = CryptoKeys.parameters(request.cryptographicParameters(), o);
      ManagedObject key = ctx.objects().material(o);
      Ciphers.Started started;
      try {
        started = Ciphers.start(ctx, key, p, request.ivCounterNonce(), request.authenticatedEncryptionAdditionalData(), false);
      } finally {
        key.wipe();
      }
      c = started.cipher();
      byte[] out = c.update(data);
      byte[] correlation = CryptoStreams.open(ctx, o.uid(), Operation.DECRYPT, c, started.tagLength());
      return new DecryptResponsePayload(o.uid(), orAbsent(out), correlation);
    }
    s = CryptoStreams.take(ctx, request.correlationValue(), o.uid(), Operation.DECRYPT);
    c = (Cipher) s.engine();
    if (!fin) {
      byte[] out = c.update(data);
      CryptoStreams.resume(ctx, request.correlationValue(), s);
      return new DecryptResponsePayload(o.uid(), orAbsent(out), request.correlationValue());
    }
    try {
      if (s.tagLength() > 0) {
        byte[] tag = CryptoKeys.required(request.authenticatedEncryptionTag(), "Authenticated Encryption Tag",
            "the final streamed Decrypt of an AEAD mode");
        byte[] head = c.update(data);
        byte[] tail = c.doFinal(tag);
        byte[] out = new byte[(head == null ? 0 : head.length) + tail.length];
        if (head != null) {
          System.arraycopy(head, 0, out, 0, head.length);
        }
        System.arraycopy(tail, 0, out, out.length - tail.length, tail.length);
        return new DecryptResponsePayload(o.uid(), orAbsent(out), null);
      }
      return new DecryptResponsePayload(o.uid(), orAbsent(c.doFinal(data)), null);
    } catch (AEADBadTagException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "Authenticated Encryption Tag: does not verify (expected: the tag of this data, IV and additional data)");
    } catch (GeneralSecurityException e) {
      throw CryptoKeys.cryptoFailure("Decrypt", e);
    }
  }

  /** A streamed part with no output has no Data (the OASIS TC-STREAM cases omit it). */
  private static byte[] orAbsent(byte[] out) {
    return out == null || out.length == 0 ? null : out;
  }
}
