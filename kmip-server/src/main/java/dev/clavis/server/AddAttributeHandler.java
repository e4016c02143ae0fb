package dev.clavis.server;

import dev.clavis.codec.AddAttributeRequestPayload;
import dev.clavis.codec.AddAttributeResponsePayload;
import dev.clavis.codec.Attribute;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.ResultReason;

/**
 * Add Attribute (KMIP 1.4 §4.14, KMIP 2.1 §6.1.3): adds an instance of an attribute the client
 * may modify ({@link AttributeRules}); a single-valued attribute the object already has is
 * Attribute Single Valued (Invalid Field for 1.x). The 1.x response echoes the attribute with its
 * index. Sets the ID Placeholder.
 */
final class AddAttributeHandler implements OperationHandler<AddAttributeRequestPayload> {

  @Override
  public Class<AddAttributeRequestPayload> requestType() {
    return AddAttributeRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(AddAttributeRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    Attribute a = request.attribute().withIndex(null);
    AttributeRules.requireModifiable(a);
    LoadedObject o = ctx.objects().loadForUpdate(uid);
    AttributeRules.requireChangeableInState(a, o.state());
    int existing = AttributeRules.instances(o.attributes(), a).size();
    if (existing > 0 && !AttributeRules.multiValued(a)) {
      throw new KmipException(ResultReason.ATTRIBUTE_SINGLE_VALUED,
          "Attribute " + a.name() + ": already set (expected: an attribute not yet on the object; use Modify or Set)");
    }
    ctx.objects().update(o, o.attributes().with(a));
    ctx.idPlaceholder(uid);
    return new AddAttributeResponsePayload(uid, existing > 0 ? a.withIndex(existing) : a);
  }
}
