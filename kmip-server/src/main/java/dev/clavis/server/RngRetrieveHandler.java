package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.RNGRetrieveRequestPayload;
import dev.clavis.codec.RNGRetrieveResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.ResultReason;

/**
 * RNG Retrieve (KMIP 1.4 §4.35, KMIP 2.1 §6.1.46): Data Length random bytes from the key
 * protection's DRBG (the one that generates keys), 1 to {@value #MAX_BYTES} bytes per request.
 */
final class RngRetrieveHandler implements OperationHandler<RNGRetrieveRequestPayload> {

  /** The most bytes one request may ask for. */
  static final int MAX_BYTES = 65_536;

  @Override
  public Class<RNGRetrieveRequestPayload> requestType() {
    return RNGRetrieveRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(RNGRetrieveRequestPayload request, RequestContext ctx) {
    int n = request.dataLength();
    if (n < 1 || n > MAX_BYTES) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Data Length: " + n + " (expected: 1 to " + MAX_BYTES + ")");
    }
    return new RNGRetrieveResponsePayload(ctx.services.keyProtection().randomBytes(n));
  }
}
