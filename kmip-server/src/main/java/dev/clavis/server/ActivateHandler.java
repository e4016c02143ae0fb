package dev.clavis.server;

import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.ActivateResponsePayload;
import dev.clavis.codec.Attribute;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;

/**
 * Activate (KMIP 1.4 §4.19, KMIP 2.1 §6.1.1): a Pre-Active object becomes Active and its
 * Activation Date is set to now; any other state is Wrong Key Lifecycle State (Permission Denied
 * for 1.x). Sets the ID Placeholder.
 */
final class ActivateHandler implements OperationHandler<ActivateRequestPayload> {

  @Override
  public Class<ActivateRequestPayload> requestType() {
    return ActivateRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(ActivateRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    LoadedObject o = ctx.objects().loadForUpdate(uid);
    State next = LifecycleStates.next(o.state(), LifecycleStates.Transition.ACTIVATE);
    ctx.objects().update(o, o.attributes()
        .set(Attribute.of(TtlvItem.enumeration(Tag.STATE, next.value())))
        .set(ManagedObjects.date(Tag.ACTIVATION_DATE, ctx.now)));
    ctx.idPlaceholder(uid);
    return new ActivateResponsePayload(uid);
  }
}
