package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.DeleteAttributeRequestPayload;
import dev.clavis.codec.DeleteAttributeResponsePayload;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultReason;
import java.util.List;

/**
 * Delete Attribute (KMIP 1.4 §4.16, KMIP 2.1 §6.1.14): deletes an instance of an attribute the
 * client may delete — the one equal to Current Attribute, the one at the Attribute Index (1.x;
 * index 0 when absent), or, for a 2.x Attribute Reference, every instance. An attribute the object
 * lacks is Attribute Not Found (Invalid Field for 1.x). The 1.x response returns the deleted
 * attribute. Sets the ID Placeholder.
 */
final class DeleteAttributeHandler implements OperationHandler<DeleteAttributeRequestPayload> {

  @Override
  public Class<DeleteAttributeRequestPayload> requestType() {
    return DeleteAttributeRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(DeleteAttributeRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    LoadedObject o = ctx.objects().loadForUpdate(uid);
    Attributes all = o.attributes();
    Attribute deleted;
    if (request.currentAttribute() != null) {
      Attribute current = request.currentAttribute();
      AttributeRules.requireDeletable(current);
      deleted = AttributeRules.instances(all, current).stream().filter(x -> x.value().equals(current.value()))
          .findFirst().orElseThrow(() -> AttributeRules.notFound(current.name()));
      all = AttributeRules.replace(all, deleted, null);
    } else if (request.attributeReference() != null) {
      List<Attribute> instances = all.list().stream().filter(request.attributeReference()::matches).toList();
      if (instances.isEmpty()) {
        throw AttributeRules.notFound(request.attributeReference().name());
      }
      AttributeRules.requireDeletable(instances.get(0));
      if (request.attributeIndex() == null && ctx.version.atLeast(KmipVersion.V2_0)) {
        deleted = instances.get(0);
        for (Attribute x : instances) {
          all = AttributeRules.replace(all, x, null);
        }
      } else {
        int index = request.attributeIndex() == null ? 0 : request.attributeIndex();
        if (index < 0 || index >= instances.size()) {
          throw AttributeRules.notFound(request.attributeReference().name() + " index " + index);
        }
        deleted = instances.get(index);
        all = AttributeRules.replace(all, deleted, null);
      }
    } else {
      throw new KmipException(ResultReason.MISSING_DATA,
          "Delete Attribute: no attribute named (expected: Attribute Name, Current Attribute or Attribute Reference)");
    }
    ctx.objects().update(o, all);
    ctx.idPlaceholder(uid);
    Integer index = request.attributeIndex();
    return new DeleteAttributeResponsePayload(uid, index == null ? deleted : deleted.withIndex(index));
  }
}
