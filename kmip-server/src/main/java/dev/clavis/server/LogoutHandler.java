package dev.clavis.server;

import dev.clavis.codec.LogoutRequestPayload;
import dev.clavis.codec.LogoutResponsePayload;
import dev.clavis.codec.ResponsePayload;

/**
 * Logout (KMIP 2.1 §6.1.31): invalidates a ticket of Login or Delegated Login; using it afterwards
 * is Invalid Ticket. A ticket that is not live, or a Login ticket of another client certificate,
 * is Invalid Ticket here too.
 */
final class LogoutHandler implements OperationHandler<LogoutRequestPayload> {

  @Override
  public Class<LogoutRequestPayload> requestType() {
    return LogoutRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(LogoutRequestPayload request, RequestContext ctx) {
    ctx.services.access().tickets().revoke(request.ticket(), ctx.client, ctx.now);
    return new LogoutResponsePayload();
  }
}
