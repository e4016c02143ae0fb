package dev.clavis.server;

import dev.clavis.codec.RequestBatchItem;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import dev.clavis.storage.ObjectStore;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audits every request (DESIGN §5): wraps the processor and appends one {@link AuditRecord} per
 * batch item — identity, peer, operation, the Unique Identifiers named in the request and
 * response payloads, Result Status and Result Reason — to the {@link AuditLog}. Only those
 * strings are read from the messages: no payload value, hence no key material, reaches the audit.
 *
 * <p><b>Fails closed.</b> When the audit cannot be written, the response is not released: the
 * client gets Operation Failed / General Failure for every batch item instead, and the failure is
 * logged at ERROR. The operation itself may already have taken effect (e.g. a Destroy); what is
 * guaranteed is that no result (e.g. a key from Get) leaves the server unaudited.
 *
 * <p><b>What a response waits for.</b> Every record is in the audit file (written to the operating
 * system, so a killed server loses none) before the response is released. A request during which
 * the store committed a change (its own, or a concurrent one: the count of {@link
 * ObjectStore#committedChanges} moved) also waits for its rows in the audit table, committed with
 * the store's durability; the rows of a request that changed nothing follow within the table
 * writer's delay, and are copied from the file at the next start if a crash lost them ({@link
 * AuditLog}, ADR 0011). Without a change count every request waits for every sink.
 *
 * <p>A request that does not decode is audited with a {@code null} operation and the result the
 * inner processor gave it. When the inner processor throws (the connection is then closed), one
 * record per item with a {@code null} result is written before the exception is passed on.
 */
public final class AuditingProcessor implements MessageProcessor {

  private static final Logger log = LoggerFactory.getLogger(AuditingProcessor.class);
  /** Unique Identifiers recorded per record at most; more are summarised as {@code …+N more}. */
  static final int MAX_IDS = 32;
  /**
   * Characters recorded per identifier at most (a stored Unique Identifier has at most 64): a
   * client's oversized value cannot bloat every sink's entry.
   */
  static final int MAX_ID_CHARS = 256;
  /** Identifiers are looked for this deep in a payload (Locate results, Template-Attributes…). */
  private static final int MAX_SEARCH_DEPTH = 6;
  private static final Set<Integer> ID_TAGS = Set.of(
      Tag.UNIQUE_IDENTIFIER, Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER, Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER);
  static final String AUDIT_FAILED = "the audit log could not be written; request refused";

  private final MessageProcessor inner;
  private final AuditLog audit;
  private final LongSupplier storeChanges;
  private final TtlvLimits limits;
  private final TtlvLimits responseLimits;

  /** Every request waits for its records in every sink. */
  public AuditingProcessor(MessageProcessor inner, AuditLog audit, ServerLimits limits) {
    this(inner, audit, limits, null);
  }

  /**
   * @param storeChanges the store's count of committed changes ({@link ObjectStore#committedChanges}):
   *     a request during which it did not move releases its response without waiting for the
   *     audit table; {@code null}: every request waits
   */
  public AuditingProcessor(MessageProcessor inner, AuditLog audit, ServerLimits limits, LongSupplier storeChanges) {
    this.inner = inner;
    this.audit = audit;
    this.storeChanges = storeChanges;
    this.limits = limits.ttlvLimits();
    this.responseLimits = new TtlvLimits(limits.maxResponseBytes(), TtlvLimits.DEFAULT_MAX_DEPTH * 2,
        Integer.MAX_VALUE, limits.maxResponseBytes());
  }

  @Override
  public byte[] process(byte[] request, ClientIdentity client) {
    Instant time = Instant.now();
    long changesBefore = storeChanges == null ? 0 : storeChanges.getAsLong();
    String requestId = UUID.randomUUID().toString();
    TtlvItem.Structure requestTree = decode(request, limits);
    List<ItemSummary> asked = requestItems(requestTree);
    byte[] response;
    try {
      response = inner.process(request, client);
    } catch (RuntimeException e) {
      try {
        write(time, requestId, client, asked, List.of(), true);
      } catch (RuntimeException auditFailure) {
        log.error("AUDIT FAILURE: request {} from {} not audited: {}", requestId, client.subject(), auditFailure.getMessage());
      }
      throw e;
    }
    List<ItemSummary> answered = responseItems(decode(response, responseLimits));
    try {
      write(time, requestId, client, asked, answered, storeChanges == null || storeChanges.getAsLong() != changesBefore);
      return response;
    } catch (RuntimeException e) {
      log.error("AUDIT FAILURE: request {} from {} refused with General Failure: {}",
          requestId, client.subject(), e.getMessage());
      return requestTree == null
          ? ErrorResponses.invalidMessage(AUDIT_FAILED)
          : ErrorResponses.forEachItem(requestTree, ResultReason.GENERAL_FAILURE, AUDIT_FAILED);
    }
  }

  private void write(Instant time, String requestId, ClientIdentity client, List<ItemSummary> asked,
      List<ItemSummary> answered, boolean waitForAll) {
    int n = Math.max(1, Math.max(asked.size(), answered.size()));
    List<AuditRecord> records = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ItemSummary q = i < asked.size() ? asked.get(i) : ItemSummary.NONE;
      ItemSummary a = i < answered.size() ? answered.get(i) : ItemSummary.NONE;
      Set<String> ids = new LinkedHashSet<>(q.ids);
      ids.addAll(a.ids);
      records.add(new AuditRecord(
          time,
          requestId + "-" + i,
          client.subject(),
          peer(client.peer()),
          q.operation != null ? q.operation : a.operation,
          capped(ids),
          a.status,
          a.reason));
    }
    // one call: the items are consecutive in the chain, and a table sink commits them together
    audit.recordAll(records, waitForAll);
  }

  private static List<String> capped(Set<String> ids) {
    List<String> out = new ArrayList<>(Math.min(ids.size(), MAX_IDS + 1));
    for (String id : ids) {
      if (out.size() == MAX_IDS) {
        out.add("…+" + (ids.size() - MAX_IDS) + " more");
        break;
      }
      out.add(id.length() <= MAX_ID_CHARS ? id
          : id.substring(0, MAX_ID_CHARS) + "…(" + (id.length() - MAX_ID_CHARS) + " more characters)");
    }
    return out;
  }

  static String peer(SocketAddress address) {
    if (address instanceof InetSocketAddress a) {
      String host = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
      return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + a.getPort();
    }
    return address == null ? null : address.toString();
  }

  private static TtlvItem.Structure decode(byte[] message, TtlvLimits limits) {
    try {
      return TtlvDecoder.decode(message, limits) instanceof TtlvItem.Structure s ? s : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** What one batch item names: operation, identifiers and (responses) the result. */
  private record ItemSummary(String operation, List<String> ids, String status, String reason) {
    static final ItemSummary NONE = new ItemSummary(null, List.of(), null, null);
  }

  private static List<ItemSummary> requestItems(TtlvItem.Structure message) {
    List<ItemSummary> out = new ArrayList<>();
    if (message == null || message.tag() != Tag.REQUEST_MESSAGE) {
      return out;
    }
    for (TtlvItem item : message.all(Tag.BATCH_ITEM)) {
      out.add(new ItemSummary(operation(item), ids(item, Tag.REQUEST_PAYLOAD), null, null));
    }
    return out;
  }

  private static List<ItemSummary> responseItems(TtlvItem.Structure message) {
    List<ItemSummary> out = new ArrayList<>();
    if (message == null || message.tag() != Tag.RESPONSE_MESSAGE) {
      return out;
    }
    for (TtlvItem item : message.all(Tag.BATCH_ITEM)) {
      String status = null;
      String reason = null;
      if (item instanceof TtlvItem.Structure s) {
        status = s.find(Tag.RESULT_STATUS, TtlvItem.Enumeration.class).map(e -> statusName(e.value())).orElse(null);
        reason = s.find(Tag.RESULT_REASON, TtlvItem.Enumeration.class).map(e -> reasonName(e.value())).orElse(null);
      }
      out.add(new ItemSummary(operation(item), ids(item, Tag.RESPONSE_PAYLOAD), status, reason));
    }
    return out;
  }

  private static String operation(TtlvItem item) {
    try {
      Operation op = RequestBatchItem.peekOperation(item);
      if (op != null) {
        return op.specName();
      }
    } catch (RuntimeException e) {
      // not a defined operation: named by its value below
    }
    if (item instanceof TtlvItem.Structure s) {
      return s.find(Tag.OPERATION, TtlvItem.Enumeration.class).map(e -> "0x" + Integer.toHexString(e.value())).orElse(null);
    }
    return null;
  }

  private static String statusName(int value) {
    try {
      ResultStatus s = ResultStatus.fromValue(value);
      return s != null ? s.specName() : "0x" + Integer.toHexString(value);
    } catch (RuntimeException e) {
      return "0x" + Integer.toHexString(value);
    }
  }

  private static String reasonName(int value) {
    try {
      ResultReason r = ResultReason.fromValue(value);
      return r != null ? r.specName() : "0x" + Integer.toHexString(value);
    } catch (RuntimeException e) {
      return "0x" + Integer.toHexString(value);
    }
  }

  /** The Text values of identifier tags in the item's payload (never any other value). */
  private static List<String> ids(TtlvItem item, int payloadTag) {
    List<String> out = new ArrayList<>();
    if (item instanceof TtlvItem.Structure s) {
      s.find(payloadTag, TtlvItem.Structure.class).ifPresent(p -> collectIds(p, 0, out));
    }
    return out;
  }

  private static void collectIds(TtlvItem.Structure s, int depth, List<String> out) {
    for (TtlvItem child : s.items()) {
      if (out.size() > MAX_IDS) {
        return;
      }
      if (child instanceof TtlvItem.Text t && ID_TAGS.contains(t.tag())) {
        out.add(t.value());
      } else if (child instanceof TtlvItem.Structure c && depth < MAX_SEARCH_DEPTH && !isKeyMaterial(c.tag())) {
        collectIds(c, depth + 1, out);
      }
    }
  }

  /** Structures that hold managed objects: never entered (identifiers are not inside them). */
  private static boolean isKeyMaterial(int tag) {
    return tag == Tag.KEY_BLOCK || tag == Tag.SYMMETRIC_KEY || tag == Tag.PRIVATE_KEY || tag == Tag.SECRET_DATA
        || tag == Tag.SPLIT_KEY || tag == Tag.OPAQUE_OBJECT || tag == Tag.PUBLIC_KEY || tag == Tag.CERTIFICATE
        || tag == Tag.PGP_KEY;
  }
}
