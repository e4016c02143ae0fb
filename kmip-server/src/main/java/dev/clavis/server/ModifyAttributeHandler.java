package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ModifyAttributeRequestPayload;
import dev.clavis.codec.ModifyAttributeResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.ResultReason;
import java.util.List;

/**
 * Modify Attribute (KMIP 1.4 §4.15, KMIP 2.1 §6.1.30): replaces one existing instance of an
 * attribute the client may modify — the instance equal to Current Attribute (2.x), the one at the
 * Attribute Index (1.x; index 0 when absent), or the only one. An attribute the object lacks is
 * Attribute Not Found (Invalid Field for 1.x). Sets the ID Placeholder.
 */
final class ModifyAttributeHandler implements OperationHandler<ModifyAttributeRequestPayload> {

  @Override
  public Class<ModifyAttributeRequestPayload> requestType() {
    return ModifyAttributeRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(ModifyAttributeRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    Attribute wanted = request.newAttribute();
    AttributeRules.requireModifiable(wanted);
    LoadedObject o = ctx.objects().loadForUpdate(uid);
    AttributeRules.requireChangeableInState(wanted, o.state());
    List<Attribute> instances = AttributeRules.instances(o.attributes(), wanted);
    Attribute target;
    if (request.currentAttribute() != null) {
      if (!AttributeRules.sameAttribute(request.currentAttribute(), wanted)) {
        throw new KmipException(ResultReason.INVALID_FIELD, "Current Attribute: " + request.currentAttribute().name()
            + " (expected: the same attribute as New Attribute, " + wanted.name() + ")");
      }
      target = instances.stream().filter(x -> x.value().equals(request.currentAttribute().value())).findFirst()
          .orElseThrow(() -> AttributeRules.notFound(wanted.name()));
    } else {
      int index = wanted.index() == null ? 0 : wanted.index();
      if (index < 0 || index >= instances.size()) {
        throw AttributeRules.notFound(wanted.name() + (wanted.index() == null ? "" : " index " + index));
      }
      target = instances.get(index);
    }
    Attribute replacement = wanted.withIndex(null);
    ctx.objects().update(o, AttributeRules.replace(o.attributes(), target, replacement));
    ctx.idPlaceholder(uid);
    return new ModifyAttributeResponsePayload(uid, wanted.index() == null ? replacement : replacement.withIndex(wanted.index()));
  }
}
