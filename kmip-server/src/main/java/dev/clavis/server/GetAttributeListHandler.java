package dev.clavis.server;

import dev.clavis.codec.AttributeReference;
import dev.clavis.codec.GetAttributeListRequestPayload;
import dev.clavis.codec.GetAttributeListResponsePayload;
import dev.clavis.codec.ResponsePayload;
import java.util.List;

/**
 * Get Attribute List (KMIP 1.4 §4.13, KMIP 2.1 §6.1.21): the names of the attributes the object
 * has, those the request's version knows. Sets the ID Placeholder.
 */
final class GetAttributeListHandler implements OperationHandler<GetAttributeListRequestPayload> {

  @Override
  public Class<GetAttributeListRequestPayload> requestType() {
    return GetAttributeListRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(GetAttributeListRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    LoadedObject o = ctx.objects().load(uid);
    List<AttributeReference> refs = GetAttributesHandler.forClient(o.attributes(), ctx.version).references();
    ctx.idPlaceholder(uid);
    return new GetAttributeListResponsePayload(uid, refs);
  }
}
