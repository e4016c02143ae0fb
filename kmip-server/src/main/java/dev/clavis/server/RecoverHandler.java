package dev.clavis.server;

import dev.clavis.codec.RecoverRequestPayload;
import dev.clavis.codec.RecoverResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.Tag;

/**
 * Recover (KMIP 1.4 §4.23, KMIP 2.1 §6.1.44): an archived object is on-line again at once (no
 * asynchronous polling needed, the archive is the same store) and its Archive Date is deleted
 * (KMIP 1.4 §3.32: "The server SHALL delete this attribute whenever a Recover operation is
 * performed"). Recovering an on-line object succeeds and changes nothing. Sets the ID Placeholder.
 */
final class RecoverHandler implements OperationHandler<RecoverRequestPayload> {

  @Override
  public Class<RecoverRequestPayload> requestType() {
    return RecoverRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(RecoverRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    LoadedObject o = ctx.objects().loadArchivedForUpdate(uid);
    if (o.stored().archived() || o.attributes().get(Tag.ARCHIVE_DATE).isPresent()) {
      ctx.objects().update(o, o.attributes().without(Tag.ARCHIVE_DATE));
    }
    ctx.idPlaceholder(uid);
    return new RecoverResponsePayload(uid);
  }
}
