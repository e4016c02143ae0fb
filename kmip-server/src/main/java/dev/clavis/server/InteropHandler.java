package dev.clavis.server;

import dev.clavis.codec.InteropRequestPayload;
import dev.clavis.codec.InteropResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.InteropFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interop (KMIP 2.1 §6.1.26): the interop test harness tells the server that a test case begins
 * (Begin) or ends (End), or asks it to return to the state of the start of an interop session
 * (Reset, §11.22). The response payload is empty.
 *
 * <p>Begin and End are markers: they are written to the server log (and, as every operation, to
 * the audit trail), so that a test run can be matched with the server's records. Reset ends the
 * client's PKCS#11 sessions ({@link Pkcs11Handler}), the only per-session state this server
 * keeps. It does not delete managed objects: the OASIS files that follow one another in a
 * sequence (e.g. SASED-M-2 then -3) rely on objects surviving, and a server-wide wipe must never
 * be one request away. The operation thus changes no stored state, which is why it is safe to
 * answer outside a test deployment too.
 */
final class InteropHandler implements OperationHandler<InteropRequestPayload> {

  private static final Logger log = LoggerFactory.getLogger(InteropHandler.class);

  private final Pkcs11Handler pkcs11;

  InteropHandler(Pkcs11Handler pkcs11) {
    this.pkcs11 = pkcs11;
  }

  @Override
  public Class<InteropRequestPayload> requestType() {
    return InteropRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(InteropRequestPayload request, RequestContext ctx) {
    String id = LogHandler.printable(request.interopIdentifier(), 256);
    InteropFunction f = request.interopFunction();
    if (f == InteropFunction.RESET) {
      int ended = pkcs11.endSessions(ctx.owner());
      log.info("interop reset by {} ({}): {} PKCS#11 session(s) ended", ctx.owner(), id, ended);
    } else {
      log.info("interop test {} {} by {}", id, f == InteropFunction.BEGIN ? "begins" : "ends", ctx.owner());
    }
    return new InteropResponsePayload();
  }
}
