package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.SetAttributeRequestPayload;
import dev.clavis.codec.SetAttributeResponsePayload;
import dev.clavis.codec.spec.ResultReason;

/**
 * Set Attribute (KMIP 2.1 §6.1.48): sets a single-valued attribute the client may modify, adding
 * it or replacing its value; a multi-valued attribute is Multi Valued Attribute. Sets the ID
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
    if (AttributeRules.multiValued(a)) {
      throw new KmipException(ResultReason.MULTI_VALUED_ATTRIBUTE,
          "Attribute " + a.name() + ": multi-valued (expected: a single-valued attribute; use Add or Modify)");
    }
    LoadedObject o = ctx.objects().loadForUpdate(uid);
    AttributeRules.requireChangeableInState(a, o.state());
    ctx.objects().update(o, o.attributes().set(a));
    ctx.idPlaceholder(uid);
    return new SetAttributeResponsePayload(uid);
  }
}
