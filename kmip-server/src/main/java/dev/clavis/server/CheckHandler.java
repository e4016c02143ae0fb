package dev.clavis.server;

import dev.clavis.codec.CheckRequestPayload;
import dev.clavis.codec.CheckResponsePayload;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;

/**
 * Check (KMIP 1.4 §4.10, KMIP 2.1 §6.1.5): succeeds when the object exists, is visible to the
 * client, is Active, and — when asked — its Cryptographic Usage Mask has every bit of the one
 * given. Usage Limits and leases are not kept by this server: a Usage Limits Count or Lease Time
 * is accepted. A successful Check returns the Unique Identifier alone. Sets the ID Placeholder.
 */
final class CheckHandler implements OperationHandler<CheckRequestPayload> {

  @Override
  public Class<CheckRequestPayload> requestType() {
    return CheckRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(CheckRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    LoadedObject o = ctx.objects().load(uid);
    if (o.state() != State.ACTIVE) {
      throw new KmipException(ResultReason.WRONG_KEY_LIFECYCLE_STATE,
          "State: " + o.state().specName() + " (expected: Active for Check)");
    }
    if (request.cryptographicUsageMask() != null) {
      int have = o.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK).orElse(0);
      int want = request.cryptographicUsageMask();
      if ((have & want) != want) {
        throw new KmipException(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK,
            "Cryptographic Usage Mask: " + want + " (expected: a subset of the object's " + have + ")");
      }
    }
    ctx.idPlaceholder(uid);
    // KMIP 2.1 §6.1.7: the other fields are "Returned by the Server if" the value was rejected;
    // an allowed use returns the Unique Identifier only.
    return new CheckResponsePayload(uid, null, null, null);
  }
}
