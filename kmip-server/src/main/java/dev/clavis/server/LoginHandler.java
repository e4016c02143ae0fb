package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.LoginRequestPayload;
import dev.clavis.codec.LoginResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.ResultReason;

/**
 * Login (KMIP 2.1 §6.1.30): a ticket with which later requests authenticate (Ticket Credential,
 * §2.2 Table 416) as the identity that logged in, from the same client certificate only. Lease
 * Time and Request Count limit it ({@link TicketStore}); Usage Limits for a ticket are not
 * supported (Feature Not Supported).
 */
final class LoginHandler implements OperationHandler<LoginRequestPayload> {

  @Override
  public Class<LoginRequestPayload> requestType() {
    return LoginRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(LoginRequestPayload request, RequestContext ctx) {
    if (request.usageLimits() != null) {
      throw new KmipException(ResultReason.FEATURE_NOT_SUPPORTED,
          "Login: Usage Limits (expected: Lease Time and Request Count only)");
    }
    return new LoginResponsePayload(ctx.services.access().tickets().issue(ctx.client, ctx.client,
        request.leaseSeconds(), request.leaseUntil(), request.requestCount(), null, ctx.now));
  }
}
