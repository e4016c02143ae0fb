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
 * given. Usage Limits are not kept by this server: a Usage Limits Count is accepted. A
 * Lease Time asked for is checked against the lease {@link ObtainLeaseHandler} would grant: when
 * it is longer, the response carries the lease the server grants ("returned by the Server if the
 * Lease Time value in the Request Payload is larger than a valid Lease Time that the server MAY
 * grant", KMIP 1.4 Table 193) and the ID Placeholder is emptied, so that a batched Get or Obtain
 * Lease does not go on; otherwise a successful Check returns the Unique Identifier alone. Sets
 * the ID Placeholder.
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
    Long refusedLease = null;
    if (request.leaseTime() != null) {
      long granted = ObtainLeaseHandler.grant(ctx.services.lease().seconds(), o.attributes().get(Tag.LEASE_TIME)
          .map(t -> ((dev.clavis.codec.TtlvItem.Interval) t).seconds()).orElse(null));
      if (granted != 0 && request.leaseTime() > granted) {
        refusedLease = granted;
      }
    }
    ctx.idPlaceholder(refusedLease == null ? uid : null);
    // KMIP 2.1 §6.1.7: the other fields are "Returned by the Server if" the value was rejected;
    // an allowed use returns the Unique Identifier only.
    return new CheckResponsePayload(uid, null, null, refusedLease);
  }
}
