package dev.clavis.server;

import dev.clavis.codec.ExportRequestPayload;
import dev.clavis.codec.ExportResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.ResponsePayload;

/**
 * Export (KMIP 2.1 §6.1.18): the managed object with all its attributes. "The Key Format Type,
 * Key Wrap Type, Key Compression Type and Key Wrapping Specification SHALL have the same semantics
 * as for the Get operation": the object is produced by {@link GetHandler} (same refusals: destroyed,
 * not extractable, sensitive without wrapping), and the attributes are those Get Attributes with
 * no names returns. Unlike Get, Export does not clear Fresh (KMIP 2.1 §4.24 names Get only; the
 * OASIS files TC-IMPEXP-*-20 export Fresh objects and import them Fresh). Sets the ID Placeholder.
 */
final class ExportHandler implements OperationHandler<ExportRequestPayload> {

  private final GetHandler get = new GetHandler();

  @Override
  public Class<ExportRequestPayload> requestType() {
    return ExportRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(ExportRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    GetResponsePayload got = (GetResponsePayload) get.handle(new GetRequestPayload(uid, request.keyFormatType(),
        request.keyWrapType(), request.keyCompressionType(), request.keyWrappingSpecification()), ctx);
    LoadedObject o = ctx.objects().load(uid);
    return new ExportResponsePayload(got.objectType(), uid,
        GetAttributesHandler.forClient(o.attributes(), ctx.version), got.object());
  }
}
