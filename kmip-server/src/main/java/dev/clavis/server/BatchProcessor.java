package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.RequestBatchItem;
import dev.clavis.codec.RequestHeader;
import dev.clavis.codec.RequestMessage;
import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.ResponseHeader;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.AsynchronousIndicator;
import dev.clavis.codec.spec.BatchErrorContinuationOption;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the batch items of one request message (KMIP 1.4 §6.7–§6.15, §7; KMIP 2.1 §8, §9):
 *
 * <ul>
 *   <li>each item is parsed on its own, so a bad item fails alone (Invalid Field, Operation Not
 *       Supported…) and its Operation and Unique Batch Item ID are echoed;
 *   <li>each item runs in one store transaction: its changes are committed before the response is
 *       written, or rolled back when it fails;
 *   <li>Batch Error Continuation Option (KMIP 1.4 §6.14): <b>Stop</b> (default) answers the items
 *       up to and including the first failure, <b>Continue</b> runs every item, <b>Undo</b> runs
 *       the whole batch in <em>one</em> transaction and, on the first failure, rolls it back: the
 *       earlier items are answered Operation Undone (Result Status 3) with the payload they had
 *       answered (as the reference server does in KMIP Profiles 2.1 BL-M-2-21), later ones are not
 *       run;
 *   <li>Batch Order Option: items always run in request order, which satisfies both values;
 *   <li>the ID Placeholder set by an item is used by later items that give no Unique Identifier;
 *   <li>the Asynchronous Indicator: an item that requires asynchronous processing (1.x True, 2.x
 *       Mandatory) is refused with Operation Not Supported and a message saying why; Optional and
 *       Prohibited are answered synchronously.
 * </ul>
 */
final class BatchProcessor {

  private static final Logger log = LoggerFactory.getLogger(BatchProcessor.class);

  private final KmipServices services;
  private final OperationDispatcher dispatcher;
  private final RequestRateLimiter rate;

  BatchProcessor(KmipServices services, OperationDispatcher dispatcher) {
    this.services = services;
    this.dispatcher = dispatcher;
    this.rate = new RequestRateLimiter(services.limits().maxRequestsPerSecondPerIdentity());
  }

  /** Thrown inside the Undo transaction to roll it back. */
  private static final class UndoBatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UndoBatch() {
      super("batch undone", null, false, false);
    }
  }

  ResponseMessage process(RequestMessage.Envelope request, ClientIdentity connection) {
    RequestHeader header = request.header();
    KmipVersion v = request.version();
    Instant now = services.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    List<TtlvItem> items = request.batchItems();
    List<ResponseBatchItem> out = new ArrayList<>(items.size());

    KmipException refusal;
    ClientIdentity who = connection;
    try {
      who = services.access().authenticate(connection, header.authentication(), now);
      refusal = refusal(request, who);
    } catch (KmipException e) {
      refusal = e;
    }
    ClientIdentity client = who;
    if (refusal != null) {
      for (TtlvItem item : items) {
        out.add(failure(item, null, refusal, v));
      }
      return answer(header, v, now, out);
    }

    BatchErrorContinuationOption option = header.batchErrorContinuationOption() == null
        ? BatchErrorContinuationOption.STOP : header.batchErrorContinuationOption();
    RequestContext.Batch batch = new RequestContext.Batch();
    if (option == BatchErrorContinuationOption.UNDO && items.size() > 1) {
      try {
        services.store().inTransaction(tx -> {
          for (TtlvItem item : items) {
            ResponseBatchItem r = runItem(item, v, now, client, batch, tx);
            out.add(r);
            if (r.resultStatus() == ResultStatus.OPERATION_FAILED) {
              throw new UndoBatch();
            }
          }
          return null;
        });
      } catch (UndoBatch undone) {
        for (int i = 0; i < out.size() - 1; i++) {
          ResponseBatchItem done = out.get(i);
          out.set(i, new ResponseBatchItem(done.operation(), done.uniqueBatchItemId(), ResultStatus.OPERATION_UNDONE,
              null, null, null, done.payload(), List.of()));
        }
      } catch (RuntimeException e) {
        // The commit itself failed: nothing of the batch happened.
        ResultReasons.Failure f = logged(ResultReasons.map(e), e);
        out.clear();
        for (TtlvItem item : items) {
          out.add(failure(item, null, new KmipException(f.reason(), f.message()), v));
        }
      }
      return answer(header, v, now, out);
    }

    for (TtlvItem item : items) {
      ResponseBatchItem r;
      try {
        r = services.store().inTransaction(tx -> {
          ResponseBatchItem x = runItem(item, v, now, client, batch, tx);
          if (x.resultStatus() == ResultStatus.OPERATION_FAILED) {
            throw new ItemFailed(x);
          }
          return x;
        });
      } catch (ItemFailed failed) {
        r = failed.item;
      } catch (RuntimeException e) {
        ResultReasons.Failure f = logged(ResultReasons.map(e), e);
        r = failure(item, null, new KmipException(f.reason(), f.message()), v);
      }
      out.add(r);
      if (r.resultStatus() == ResultStatus.OPERATION_FAILED && option != BatchErrorContinuationOption.CONTINUE) {
        break;
      }
    }
    return answer(header, v, now, out);
  }

  /**
   * The response header: the request's version when known, else the closest one this server
   * speaks (rendered in that version), and the Time Stamp. The Client Correlation Value is not
   * echoed: it travels in the response for server-to-client operations only (KMIP 1.4 §6.18).
   */
  private static ResponseMessage answer(RequestHeader request, KmipVersion v, Instant now, List<ResponseBatchItem> items) {
    ResponseHeader h = new ResponseHeader(ProtocolVersion.of(v), now, null, null, List.of(),
        null, null, items.size());
    return new ResponseMessage(h, items);
  }

  /** Carries a failed item out of its transaction so that the transaction rolls back. */
  private static final class ItemFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ResponseBatchItem item;

    ItemFailed(ResponseBatchItem item) {
      super("batch item failed", null, false, false);
      this.item = item;
    }
  }

  /** Runs one item; every failure becomes a failed item (never thrown). */
  private ResponseBatchItem runItem(TtlvItem tree, KmipVersion v, Instant now, ClientIdentity client,
      RequestContext.Batch batch, dev.clavis.storage.StoreTransaction tx) {
    RequestBatchItem item;
    try {
      item = RequestBatchItem.fromTtlv(tree);
    } catch (RuntimeException e) {
      return failure(tree, null, e, v);
    }
    try {
      // An operation the request's version does not define (e.g. Log or PKCS#11 in a 1.x message);
      // except Discover Versions, which a client sends before it knows the server's versions and
      // which is answered in any version (KMIP 1.4 §4.26).
      if (item.operation().since().compareTo(v) > 0 && item.operation() != Operation.DISCOVER_VERSIONS) {
        throw new KmipException(ResultReason.OPERATION_NOT_SUPPORTED, "Operation: " + item.operation().specName()
            + " in a KMIP " + v + " request (expected: an operation of KMIP " + v + "; it was added in "
            + item.operation().since() + ")");
      }
      if (!services.access().allows(client, item.operation())) {
        throw new KmipException(ResultReason.PERMISSION_DENIED, "operation: " + item.operation().specName()
            + " (expected: one the role of " + AccessPolicy.identity(client) + " allows)");
      }
      services.access().checkTicket(client, item.operation());
      RequestContext ctx = new RequestContext(services, client, v, now, tx, batch);
      ctx.operation = item.operation();
      ResponsePayload payload = dispatcher.dispatch(item.payload(v), ctx);
      return ResponseBatchItem.success(item.uniqueBatchItemId(), payload, v);
    } catch (RuntimeException e) {
      return failure(tree, item.operation(), e, v);
    }
  }

  private ResponseBatchItem failure(TtlvItem tree, Operation op, Throwable e, KmipVersion v) {
    ResultReasons.Failure f = logged(ResultReasons.map(e), e);
    Operation operation = op != null ? op : RequestBatchItem.peekOperation(tree);
    return ResponseBatchItem.failure(operation, RequestBatchItem.peekUniqueBatchItemId(tree),
        ResultReasons.forVersion(f.reason(), v), f.message());
  }

  private static ResultReasons.Failure logged(ResultReasons.Failure f, Throwable e) {
    if (f.unexpected()) {
      // Our exceptions carry no key bytes; the stack trace stays in the server log.
      log.warn("batch item failed: {}", f.message(), e);
    } else {
      log.debug("batch item failed: {} {}", f.reason(), f.message());
    }
    return f;
  }

  /** A reason to refuse every item of the message, or {@code null}. */
  private KmipException refusal(RequestMessage.Envelope request, ClientIdentity client) {
    RequestHeader h = request.header();
    if (!h.protocolVersion().known()) {
      return new KmipException(ResultReason.UNSUPPORTED_PROTOCOL_VERSION,
          "Protocol Version: " + h.protocolVersion() + " (expected: one of 1.0, 1.1, 1.2, 1.3, 1.4, 2.0, 2.1)");
    }
    if (!rate.tryAcquire(AccessPolicy.identity(client))) {
      return new KmipException(ResultReason.SERVER_LIMIT_EXCEEDED, "request rate: over " + rate.ratePerSecond()
          + " request messages per second for this identity (expected: at most limits.max-requests-per-second-per-identity)");
    }
    if (request.batchItems().size() > services.limits().maxBatchItems()) {
      return new KmipException(ResultReason.INVALID_MESSAGE, "Batch Count: " + request.batchItems().size()
          + " (expected: at most " + services.limits().maxBatchItems() + ")");
    }
    java.util.Set<java.nio.ByteBuffer> ids = new java.util.HashSet<>();
    for (TtlvItem item : request.batchItems()) {
      byte[] id = RequestBatchItem.peekUniqueBatchItemId(item);
      if (id != null && !ids.add(java.nio.ByteBuffer.wrap(id))) {
        // KMIP 1.4 §6.4: the ID "is used to match responses to requests"; a repeated one cannot be matched.
        return new KmipException(ResultReason.INVALID_MESSAGE,
            "Unique Batch Item ID: repeated in one message (expected: unique within the batch)");
      }
    }
    TtlvItem async = h.asynchronousIndicator();
    boolean asyncRequired = async instanceof TtlvItem.Bool b && b.value()
        || async instanceof TtlvItem.Enumeration e && e.value() == AsynchronousIndicator.MANDATORY.value();
    if (asyncRequired) {
      return new KmipException(ResultReason.OPERATION_NOT_SUPPORTED,
          "Asynchronous Indicator: asynchronous processing required (expected: synchronous; this server does not "
              + "support asynchronous operations)");
    }
    return null;
  }
}
