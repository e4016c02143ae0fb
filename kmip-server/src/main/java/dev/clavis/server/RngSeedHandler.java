package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.RNGSeedRequestPayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.ResultReason;

/**
 * RNG Seed (KMIP 1.4 §4.36, KMIP 2.1 §6.1.47): always Permission Denied. The server's DRBG (the
 * key protection's, which also generates keys; an HSM's own RNG with PKCS#11) is seeded by the
 * platform only: a client may not feed it. The OASIS files CS-RNG-O-1..4 allow four behaviours
 * (32, 16 or 0 bytes used, or Permission Denied); this server gives the last, always. The handler
 * is registered so that Query lists the operation and the refusal names the policy.
 */
final class RngSeedHandler implements OperationHandler<RNGSeedRequestPayload> {

  @Override
  public Class<RNGSeedRequestPayload> requestType() {
    return RNGSeedRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(RNGSeedRequestPayload request, RequestContext ctx) {
    throw new KmipException(ResultReason.PERMISSION_DENIED, "RNG Seed: " + request.data().length
        + " bytes (expected: none; clients may not seed the server's random number generator)");
  }
}
