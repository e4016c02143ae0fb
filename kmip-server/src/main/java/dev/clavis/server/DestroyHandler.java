package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.DestroyResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;

/**
 * Destroy (KMIP 1.4 §4.21, KMIP 2.1 §6.1.15): erases the key material (the sealed blob is removed
 * from the store) and keeps the metadata; Pre-Active and Deactivated objects become Destroyed,
 * Compromised ones Destroyed Compromised. An Active object must be revoked first (Wrong Key
 * Lifecycle State; Permission Denied for 1.x). Destroy Date is set to now. Sets the ID Placeholder.
 */
final class DestroyHandler implements OperationHandler<DestroyRequestPayload> {

  @Override
  public Class<DestroyRequestPayload> requestType() {
    return DestroyRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(DestroyRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    LoadedObject o = ctx.objects().loadForUpdate(uid);
    State next = LifecycleStates.next(o.state(), LifecycleStates.Transition.DESTROY);
    ctx.objects().destroy(o, o.attributes()
        .set(Attribute.of(TtlvItem.enumeration(Tag.STATE, next.value())))
        .set(ManagedObjects.date(Tag.DESTROY_DATE, ctx.now)));
    ctx.idPlaceholder(uid);
    return new DestroyResponsePayload(uid);
  }
}
