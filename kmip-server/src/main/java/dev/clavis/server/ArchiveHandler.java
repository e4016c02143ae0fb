package dev.clavis.server;

import dev.clavis.codec.ArchiveRequestPayload;
import dev.clavis.codec.ArchiveResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.Tag;

/**
 * Archive (KMIP 1.4 §4.22, KMIP 2.1 §6.1.4): the object is placed in archival storage at once —
 * it stays in the store, marked archived, with its Archive Date (KMIP 1.4 §3.32, KMIP 2.1 §4.3)
 * set to now. Until Recover, every operation naming it fails with Object Archived (an already
 * archived object too, KMIP 1.4 §11.23), and Locate finds it only with a Storage Status Mask that
 * includes Archival Storage. Sets the ID Placeholder.
 */
final class ArchiveHandler implements OperationHandler<ArchiveRequestPayload> {

  @Override
  public Class<ArchiveRequestPayload> requestType() {
    return ArchiveRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(ArchiveRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    LoadedObject o = ctx.objects().loadForUpdate(uid);
    ctx.objects().update(o, o.attributes().set(ManagedObjects.date(Tag.ARCHIVE_DATE, ctx.now)));
    ctx.idPlaceholder(uid);
    return new ArchiveResponsePayload(uid);
  }
}
