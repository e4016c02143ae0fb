package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.RevokeRequestPayload;
import dev.clavis.codec.RevokeResponsePayload;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.RevocationReasonCode;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;

/**
 * Revoke (KMIP 1.4 §4.20, KMIP 2.1 §6.1.42). With Revocation Reason Key Compromise or CA
 * Compromise the object becomes Compromised (Destroyed Compromised when already Destroyed), its
 * Compromise Occurrence Date is the one given (or its Initial Date) and its Compromise Date now;
 * with any other reason an Active object becomes Deactivated with Deactivation Date now, and an
 * object in another state is Wrong Key Lifecycle State. The Revocation Reason is recorded. Sets the
 * ID Placeholder.
 */
final class RevokeHandler implements OperationHandler<RevokeRequestPayload> {

  @Override
  public Class<RevokeRequestPayload> requestType() {
    return RevokeRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(RevokeRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    if (request.revocationReason() == null) {
      throw new KmipException(ResultReason.MISSING_DATA, "Revocation Reason: absent (expected: present)");
    }
    LoadedObject o = ctx.objects().loadForUpdate(uid);
    RevocationReasonCode code = request.revocationReason().code();
    boolean compromise = code == RevocationReasonCode.KEY_COMPROMISE || code == RevocationReasonCode.CA_COMPROMISE;
    Attributes a = o.attributes();
    State next;
    if (compromise) {
      next = LifecycleStates.next(o.state(), LifecycleStates.Transition.COMPROMISE);
      Instant occurred = request.compromiseOccurrenceDate() != null ? request.compromiseOccurrenceDate()
          : a.dateTime(Tag.INITIAL_DATE).orElse(ctx.now);
      a = a.set(ManagedObjects.date(Tag.COMPROMISE_OCCURRENCE_DATE, occurred))
          .set(ManagedObjects.date(Tag.COMPROMISE_DATE, ctx.now));
    } else {
      next = LifecycleStates.next(o.state(), LifecycleStates.Transition.DEACTIVATE);
      a = a.set(ManagedObjects.date(Tag.DEACTIVATION_DATE, ctx.now));
    }
    a = a.set(Attribute.of(TtlvItem.enumeration(Tag.STATE, next.value())))
        .set(Attribute.of(revocationReason(request)));
    if (next == State.DESTROYED_COMPROMISED) {
      ctx.objects().destroy(o, a);
    } else {
      ctx.objects().update(o, a);
    }
    ctx.idPlaceholder(uid);
    return new RevokeResponsePayload(uid);
  }

  private static TtlvItem revocationReason(RevokeRequestPayload r) {
    return r.revocationReason().message() == null
        ? TtlvItem.structure(Tag.REVOCATION_REASON,
            TtlvItem.enumeration(Tag.REVOCATION_REASON_CODE, r.revocationReason().code().value()))
        : TtlvItem.structure(Tag.REVOCATION_REASON,
            TtlvItem.enumeration(Tag.REVOCATION_REASON_CODE, r.revocationReason().code().value()),
            TtlvItem.text(Tag.REVOCATION_MESSAGE, r.revocationReason().message()));
  }
}
