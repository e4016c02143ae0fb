package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.ObtainLeaseRequestPayload;
import dev.clavis.codec.ObtainLeaseResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;

/**
 * Obtain Lease (KMIP 1.4 §4.17, KMIP 2.1 §6.1.35): grants the object's lease — its Lease Time
 * attribute, the maximum this server served when the object was made, capped by the current
 * {@link LeasePolicy} (0: no lease limit) — and returns the Last Change Date, so the client can
 * tell whether its cached attributes are stale. No lease is issued for a destroyed object
 * (Permission Denied: "If the server determines that a new lease SHALL NOT be issued … the server
 * SHALL respond … with an error"). Nothing is written. Sets the ID Placeholder.
 */
final class ObtainLeaseHandler implements OperationHandler<ObtainLeaseRequestPayload> {

  @Override
  public Class<ObtainLeaseRequestPayload> requestType() {
    return ObtainLeaseRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(ObtainLeaseRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    LoadedObject o = ctx.objects().load(uid);
    if (o.state() == State.DESTROYED || o.state() == State.DESTROYED_COMPROMISED) {
      throw new KmipException(ResultReason.PERMISSION_DENIED,
          "State: " + o.state().specName() + " (expected: an object that is not destroyed, to lease)");
    }
    long lease = grant(ctx.services.lease().seconds(),
        o.attributes().get(Tag.LEASE_TIME).map(t -> ((dev.clavis.codec.TtlvItem.Interval) t).seconds()).orElse(null));
    Instant lastChange = o.attributes().dateTime(Tag.LAST_CHANGE_DATE).orElse(ctx.now);
    ctx.idPlaceholder(uid);
    return new ObtainLeaseResponsePayload(uid, lease, lastChange);
  }

  /**
   * The lease granted: the object's Lease Time when it has one, never more than the policy's
   * current maximum (a lowered policy applies to old objects too); 0 means unlimited on either side.
   */
  static long grant(long policySeconds, Long objectSeconds) {
    if (objectSeconds == null || objectSeconds == 0) {
      return policySeconds;
    }
    if (policySeconds == 0) {
      return objectSeconds;
    }
    return Math.min(policySeconds, objectSeconds);
  }
}
