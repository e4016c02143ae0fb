package dev.clavis.server;

import dev.clavis.codec.DelegatedLoginRequestPayload;
import dev.clavis.codec.DelegatedLoginResponsePayload;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.Right;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.storage.StoredObject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Delegated Login (KMIP 2.1 §6.1.12): a ticket that any authenticated client may present to act
 * as the delegator, restricted to the Rights (§7.34, §7.35) — operations and objects; "if any field
 * is omitted, then that aspect is unrestricted". Enforced by {@link AccessPolicy} on every use, on
 * top of the delegator's own role and grants, so a ticket never does more than its delegator may.
 *
 * <p>Delegating a right one does not have is refused here (Permission Denied): an operation the
 * delegator's role does not allow, or an object it may not use for the named operations (the same
 * answer whether or not the object exists). Usage Limits and Object Groups in a Right are not
 * supported (Feature Not Supported): the server keeps no per-ticket usage account, and a
 * group-restricted right could not be checked the way an identifier is.
 */
final class DelegatedLoginHandler implements OperationHandler<DelegatedLoginRequestPayload> {

  @Override
  public Class<DelegatedLoginRequestPayload> requestType() {
    return DelegatedLoginRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(DelegatedLoginRequestPayload request, RequestContext ctx) {
    if (request.usageLimits() != null) {
      throw new KmipException(ResultReason.FEATURE_NOT_SUPPORTED,
          "Delegated Login: Usage Limits (expected: Lease Time, Request Count and Rights only)");
    }
    AccessPolicy access = ctx.services.access();
    for (Right right : request.rights()) {
      if (right.usageLimits() != null || right.objectGroups() != null) {
        throw new KmipException(ResultReason.FEATURE_NOT_SUPPORTED,
            "Right: Usage Limits or Object Groups (expected: Operations and Objects only)");
      }
      List<Operation> ops = right.operations() == null ? Arrays.asList((Operation) null) : right.operations();
      for (Operation op : ops) {
        if (op != null && !access.allows(ctx.client, op)) {
          throw new KmipException(ResultReason.PERMISSION_DENIED, "Right: operation " + op.specName()
              + " (expected: one the role of " + AccessPolicy.identity(ctx.client) + " allows)");
        }
      }
      if (right.objects() != null) {
        for (String uid : right.objects()) {
          Optional<StoredObject> found = ctx.tx.find(uid);
          for (Operation op : ops) {
            if (found.isEmpty() || access.decide(ctx.client, found.get(), ctx.tx, op) != AccessPolicy.Decision.ALLOWED) {
              throw new KmipException(ResultReason.PERMISSION_DENIED, "Right: object " + uid
                  + (op == null ? "" : " for " + op.specName())
                  + " (expected: an object " + AccessPolicy.identity(ctx.client) + " may use so)");
            }
          }
        }
      }
    }
    return new DelegatedLoginResponsePayload(access.tickets().issue(ctx.client, ctx.client, request.leaseSeconds(),
        request.leaseUntil(), request.requestCount(), request.rights(), ctx.now));
  }
}
