package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.SetAttributeRequestPayload;
import dev.clavis.codec.SetAttributeResponsePayload;
import dev.clavis.codec.spec.ResultReason;

/**
 * Set Attribute (KMIP 2.1 §6.1.51): sets an attribute the client may modify: "If the object did
 * not have any instances of the attribute, one is created. If the object had exactly one instance,
 * then it is modified. If it has more than one instance an error is raised" (Multi Valued
 * Attribute) — for standard and custom attributes alike (OASIS TC-SETATTR-2/3-20). Sets the ID
 * Placeholder.
 */
final class SetAttributeHandler implements OperationHandler<SetAttributeRequestPayload> {

  @Override
  public Class<SetAttributeRequestPayload> requestType() {
    return SetAttributeRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(SetAttributeRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    Attribute a = request.attribute().withIndex(null);
    AttributeRules.requireModifiable(a);
    LoadedObject o = ctx.objects().loadForUpdate(uid);
    long instances = o.attributes().filter(x -> x.isVendor() == a.isVendor()
        && (a.isVendor() ? x.name().equals(a.name()) : x.tag() == a.tag())).size();
    if (instances > 1) {
      throw new KmipException(ResultReason.MULTI_VALUED_ATTRIBUTE, "Attribute " + a.name() + ": " + instances
          + " instances (expected: at most one; use Modify Attribute with the instance's value)");
    }
    AttributeRules.requireChangeableInState(a, o.state());
    ctx.objects().update(o, o.attributes().set(a));
    ctx.idPlaceholder(uid);
    return new SetAttributeResponsePayload(uid);
  }
}
