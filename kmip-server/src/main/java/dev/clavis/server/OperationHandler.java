package dev.clavis.server;

import dev.clavis.codec.RequestPayload;
import dev.clavis.codec.ResponsePayload;

/**
 * One KMIP operation (KMIP 1.4 §4, KMIP 2.1 §6.1): turns a typed request payload into a typed
 * response payload, inside the batch item's store transaction. Failures are thrown (a {@link
 * dev.clavis.codec.KmipException} with its Result Reason, or any exception {@link ResultReasons}
 * maps); the transaction is then rolled back.
 *
 * @param <Q> the request payload type of the operation
 */
interface OperationHandler<Q extends RequestPayload> {

  /** The request payload type this handler reads. */
  Class<Q> requestType();

  ResponsePayload handle(Q request, RequestContext ctx);
}
