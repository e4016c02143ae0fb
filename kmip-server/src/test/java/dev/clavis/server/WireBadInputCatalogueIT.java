package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.bool;
import static dev.clavis.codec.TtlvItem.bytes;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A numbered catalogue of malformed frames and messages, each sent over real TLS on a fresh
 * connection to a real server (DESIGN §6, issue 7). Every case names its expected outcome: a
 * response whose items fail with a given Result Reason (the connection stays usable), an Invalid
 * Message answer followed by a close (framing errors), or — for inputs the client abandons
 * (truncation, abrupt close) — nothing at all. After the whole catalogue a normal request still
 * works, and the heap after garbage collection has not grown by more than {@link #HEAP_BOUND_BYTES}
 * between a first (warm-up) and a second pass over the catalogue.
 */
class WireBadInputCatalogueIT {

  /** Allowed heap growth between the two passes, after GC (see docs/security.md). */
  static final long HEAP_BOUND_BYTES = 8L * 1024 * 1024;

  static final int MAX_FRAME = 65536;
  static final int MAX_DEPTH = 16;
  static final int MAX_ITEMS = 64;
  static final int MAX_ITEM_BYTES = 4096;
  static final int MAX_BATCH = 8;

  @TempDir Path dataDir;
  ServerFixture fixture;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dataDir, Map.of(
        "limits.max-frame-bytes", Integer.toString(MAX_FRAME),
        "limits.max-depth", Integer.toString(MAX_DEPTH),
        "limits.max-items-per-structure", Integer.toString(MAX_ITEMS),
        "limits.max-item-bytes", Integer.toString(MAX_ITEM_BYTES),
        "limits.max-batch-items", Integer.toString(MAX_BATCH),
        "limits.max-requests-per-second-per-identity", "100000"));
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  // ---- expected outcomes ----

  interface Outcome {}

  /** A response whose every item failed with {@code reason}; the connection stays open. */
  record Reason(ResultReason reason) implements Outcome {}

  /** A framing error: one Invalid Message answer, then the server closes the connection. */
  record RejectAndClose() implements Outcome {}

  /** The client gives up (truncates, closes mid-frame): no answer is expected. */
  record Abandoned() implements Outcome {}

  /** A well-formed (if oddly delivered) request: every item succeeds, {@code responses} answers. */
  record Success(int responses) implements Outcome {}

  /** How the bytes are delivered. */
  enum Delivery { AT_ONCE, BYTE_BY_BYTE, THEN_CLOSE }

  record Case(int number, String name, byte[] bytes, Delivery delivery, Outcome expected) {}

  static Reason reason(ResultReason r) {
    return new Reason(r);
  }

  static final RejectAndClose REJECT = new RejectAndClose();
  static final Abandoned ABANDONED = new Abandoned();

  // ---- building messages ----

  static final int QUERY = 0x18;
  static final int GET = 0x0A;
  static final int CREATE = 0x01;
  static final int DESTROY = 0x14;
  static final int REVOKE = 0x13;
  static final int LOCATE = 0x08;

  static TtlvItem version(int major, int minor) {
    return structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, major),
        integer(Tag.PROTOCOL_VERSION_MINOR, minor));
  }

  static TtlvItem header(int major, int minor, int batchCount, TtlvItem... extra) {
    List<TtlvItem> items = new ArrayList<>();
    items.add(version(major, minor));
    items.addAll(Arrays.asList(extra));
    items.add(integer(Tag.BATCH_COUNT, batchCount));
    return structure(Tag.REQUEST_HEADER, items);
  }

  static TtlvItem item(int operation, TtlvItem... payload) {
    return structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, operation), structure(Tag.REQUEST_PAYLOAD, payload));
  }

  static TtlvItem itemWithId(int operation, byte[] id, TtlvItem... payload) {
    return structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, operation), bytes(Tag.UNIQUE_BATCH_ITEM_ID, id),
        structure(Tag.REQUEST_PAYLOAD, payload));
  }

  static TtlvItem query() {
    return item(QUERY, enumeration(Tag.QUERY_FUNCTION, 1));
  }

  static byte[] message(TtlvItem header, TtlvItem... items) {
    List<TtlvItem> all = new ArrayList<>();
    if (header != null) {
      all.add(header);
    }
    all.addAll(Arrays.asList(items));
    return TtlvEncoder.encode(structure(Tag.REQUEST_MESSAGE, all));
  }

  static byte[] message14(TtlvItem... items) {
    return message(header(1, 4, items.length), items);
  }

  static byte[] message21(TtlvItem... items) {
    return message(header(2, 1, items.length), items);
  }

  /** One raw TTLV item: tag, type, declared length, and the value padded to 8 bytes. */
  static byte[] raw(int tag, int type, int length, byte[] value) {
    int padded = (value.length + 7) / 8 * 8;
    ByteBuffer b = ByteBuffer.allocate(8 + padded);
    b.put((byte) (tag >>> 16)).put((byte) (tag >>> 8)).put((byte) tag).put((byte) type).putInt(length).put(value);
    return b.array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** A Request Message around raw inner bytes, with its true length. */
  static byte[] rawMessage(byte[]... inner) {
    byte[] body = concat(inner);
    return concat(raw(Tag.REQUEST_MESSAGE, 0x01, body.length, new byte[0]), body);
  }

  static byte[] header8(int tag, int type, long length) {
    return ByteBuffer.allocate(8).put((byte) (tag >>> 16)).put((byte) (tag >>> 8)).put((byte) tag).put((byte) type)
        .putInt((int) length).array();
  }

  static byte[] enc(TtlvItem item) {
    return TtlvEncoder.encode(item);
  }

  static byte[] int32(int v) {
    return ByteBuffer.allocate(4).putInt(v).array();
  }

  static byte[] int64(long v) {
    return ByteBuffer.allocate(8).putLong(v).array();
  }

  static TtlvItem nested(int depth) {
    TtlvItem inner = integer(Tag.BATCH_COUNT, 1);
    for (int i = 0; i < depth; i++) {
      inner = structure(Tag.ATTRIBUTE, inner);
    }
    return inner;
  }

  static byte[] validQuery() {
    return message14(query());
  }

  static List<Case> catalogue() {
    List<Case> c = new ArrayList<>();
    byte[] valid = validQuery();
    // --- framing: rejected on the 8-byte header, answered Invalid Message, then closed ---
    add(c, "wrong message tag (Request Payload)", concat(header8(Tag.REQUEST_PAYLOAD, 1, 8), new byte[8]), REJECT);
    add(c, "Response Message tag from a client", concat(header8(Tag.RESPONSE_MESSAGE, 1, 8), new byte[8]), REJECT);
    add(c, "all-zero header", new byte[16], REJECT);
    add(c, "message item type Integer", concat(header8(Tag.REQUEST_MESSAGE, 2, 8), new byte[8]), REJECT);
    add(c, "message item type 0xFF", concat(header8(Tag.REQUEST_MESSAGE, 0xFF, 8), new byte[8]), REJECT);
    add(c, "length 0xFFFFFFFF (negative-looking)", header8(Tag.REQUEST_MESSAGE, 1, 0xFFFFFFFFL), REJECT);
    add(c, "length 0x80000000 (Integer.MIN_VALUE)", header8(Tag.REQUEST_MESSAGE, 1, 0x80000000L), REJECT);
    add(c, "length 0x7FFFFFF8 (2 GiB)", header8(Tag.REQUEST_MESSAGE, 1, 0x7FFFFFF8L), REJECT);
    add(c, "length one padded block over max-frame-bytes", header8(Tag.REQUEST_MESSAGE, 1, MAX_FRAME), REJECT);
    add(c, "length not a multiple of 8", concat(header8(Tag.REQUEST_MESSAGE, 1, 12), new byte[16]), REJECT);
    add(c, "plain HTTP request inside TLS", "GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII), REJECT);
    add(c, "TTLV in XML text", "<RequestMessage></RequestMessage>".getBytes(StandardCharsets.US_ASCII), REJECT);
    add(c, "valid request followed by a bad header", concat(valid, header8(0x420000, 1, 8), new byte[8]),
        new Success(1), Delivery.AT_ONCE, REJECT);
    // --- truncation and abrupt closes: the client gives up; the server must just carry on ---
    add(c, "4 bytes of a header, then close", Arrays.copyOf(valid, 4), Delivery.THEN_CLOSE, ABANDONED);
    add(c, "header only, then close", Arrays.copyOf(valid, 8), Delivery.THEN_CLOSE, ABANDONED);
    add(c, "header and 10 value bytes, then close", Arrays.copyOf(valid, 18), Delivery.THEN_CLOSE, ABANDONED);
    add(c, "half a message, then close", Arrays.copyOf(valid, valid.length / 2), Delivery.THEN_CLOSE, ABANDONED);
    add(c, "all but the last byte, then close", Arrays.copyOf(valid, valid.length - 1), Delivery.THEN_CLOSE, ABANDONED);
    add(c, "header of a 60 KiB message, then close", header8(Tag.REQUEST_MESSAGE, 1, 60 * 1024), Delivery.THEN_CLOSE,
        ABANDONED);
    add(c, "byte-by-byte header of a bad frame, then close", Arrays.copyOf(header8(0x420000, 1, 8), 7),
        Delivery.THEN_CLOSE, ABANDONED);
    // --- slow senders: well-formed bytes, one at a time ---
    add(c, "valid Query, byte by byte", valid, Delivery.BYTE_BY_BYTE, new Success(1));
    add(c, "two pipelined Queries, byte by byte", concat(valid, valid), Delivery.BYTE_BY_BYTE, new Success(2));
    add(c, "bad message tag, byte by byte", concat(header8(Tag.REQUEST_PAYLOAD, 1, 8), new byte[8]),
        Delivery.BYTE_BY_BYTE, REJECT);
    // A field of the wrong item type, or a required field missing, makes the payload unreadable: Invalid Message.
    // --- TTLV decoding errors inside a well-framed message: Invalid Message, connection usable ---
    ResultReason im = ResultReason.INVALID_MESSAGE;
    add(c, "empty Request Message", rawMessage(), reason(im));
    add(c, "inner item longer than the message", rawMessage(raw(Tag.REQUEST_HEADER, 1, 64, new byte[8])), reason(im));
    add(c, "inner item type 0x00", rawMessage(raw(Tag.REQUEST_HEADER, 0x00, 0, new byte[0])), reason(im));
    add(c, "inner item type 0x0F (undefined)", rawMessage(raw(Tag.REQUEST_HEADER, 0x0F, 4, new byte[8])), reason(im));
    add(c, "Integer with length 8", rawMessage(raw(Tag.BATCH_COUNT, 0x02, 8, new byte[8])), reason(im));
    add(c, "Long Integer with length 4", rawMessage(raw(Tag.BATCH_COUNT, 0x03, 4, new byte[8])), reason(im));
    add(c, "Enumeration with length 2", rawMessage(raw(Tag.OPERATION, 0x05, 2, new byte[8])), reason(im));
    add(c, "Boolean with value 2", rawMessage(raw(Tag.ASYNCHRONOUS_INDICATOR, 0x06, 8, int64(2))), reason(im));
    add(c, "Date-Time with length 4", rawMessage(raw(0x420092, 0x09, 4, new byte[8])), reason(im));
    add(c, "Big Integer with length 5", rawMessage(raw(0x420019, 0x04, 5, new byte[8])), reason(im));
    add(c, "Interval with length 8", rawMessage(raw(0x420066, 0x0A, 8, new byte[8])), reason(im));
    add(c, "non-zero padding after an Integer",
        rawMessage(concat(header8(Tag.BATCH_COUNT, 0x02, 4), int32(1), new byte[] {1, 2, 3, 4})), reason(im));
    add(c, "Text String with invalid UTF-8",
        rawMessage(raw(0x420094, 0x07, 3, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF})), reason(im));
    add(c, "nesting one deeper than max-depth", message(header(1, 4, 1), nested(MAX_DEPTH + 1)), reason(im));
    add(c, "more items in one structure than max-items-per-structure",
        message(header(1, 4, 1), structure(Tag.BATCH_ITEM, java.util.Collections.nCopies(MAX_ITEMS + 1,
            integer(Tag.BATCH_COUNT, 1)))), reason(im));
    add(c, "Text String longer than max-item-bytes",
        message14(item(GET, text(Tag.UNIQUE_IDENTIFIER, "x".repeat(MAX_ITEM_BYTES + 1)))), reason(im));
    add(c, "Byte String longer than max-item-bytes",
        message14(itemWithId(QUERY, new byte[MAX_ITEM_BYTES + 1], enumeration(Tag.QUERY_FUNCTION, 1))), reason(im));
    add(c, "trailing bytes after the last item (declared length too long)",
        concat(header8(Tag.REQUEST_MESSAGE, 1, valid.length - 8 + 16), Arrays.copyOfRange(valid, 8, valid.length),
            header8(0x420000, 0x07, 0), new byte[8]), reason(im));
    // --- message structure: header and batch ---
    add(c, "no Request Header", message(null, query()), reason(im));
    add(c, "no Protocol Version", message(structure(Tag.REQUEST_HEADER, integer(Tag.BATCH_COUNT, 1)), query()),
        reason(im));
    add(c, "Protocol Version Major as Text", message(structure(Tag.REQUEST_HEADER,
        structure(Tag.PROTOCOL_VERSION, text(Tag.PROTOCOL_VERSION_MAJOR, "1"), integer(Tag.PROTOCOL_VERSION_MINOR, 4)),
        integer(Tag.BATCH_COUNT, 1)), query()), reason(im));
    add(c, "no Batch Count", message(structure(Tag.REQUEST_HEADER, version(1, 4)), query()), reason(im));
    add(c, "Batch Count 2 with one item", message(header(1, 4, 2), query()), reason(im));
    add(c, "Batch Count -1", message(header(1, 4, -1), query()), reason(im));
    add(c, "Batch Count 0 and no items", message(header(1, 4, 0)), reason(im));
    add(c, "Request Header twice", message(header(1, 4, 1), header(1, 4, 1), query()), reason(im));
    add(c, "Batch Count as Enumeration", message(structure(Tag.REQUEST_HEADER, version(1, 4),
        enumeration(Tag.BATCH_COUNT, 1)), query()), reason(im));
    add(c, "Batch Item is not a structure", message(header(1, 4, 1), integer(Tag.BATCH_ITEM, 1)), reason(im));
    add(c, "unsupported protocol version 3.0", message(header(3, 0, 1), query()),
        reason(ResultReason.UNSUPPORTED_PROTOCOL_VERSION));
    // Answered in the closest version this server speaks (1.x here), where Unsupported Protocol
    // Version does not exist yet (since 2.0): Invalid Message is that version's reason for it.
    add(c, "unsupported protocol version 0.9", message(header(0, 9, 1), query()),
        reason(im));
    add(c, "unsupported protocol version 1.99", message(header(1, 99, 1), query()),
        reason(im));
    add(c, "negative protocol version -1.-1", message(header(-1, -1, 1), query()),
        reason(im));
    add(c, "Maximum Response Size 16 bytes", message(header(1, 4, 1, integer(Tag.MAXIMUM_RESPONSE_SIZE, 16)), query()),
        reason(ResultReason.RESPONSE_TOO_LARGE));
    TtlvItem[] tooMany = new TtlvItem[MAX_BATCH + 1];
    for (int i = 0; i < tooMany.length; i++) {
      tooMany[i] = itemWithId(QUERY, new byte[] {(byte) i}, enumeration(Tag.QUERY_FUNCTION, 1));
    }
    add(c, "one batch item over max-batch-items", message14(tooMany), reason(im));
    add(c, "Asynchronous Indicator true (1.4)", message(header(1, 4, 1, bool(Tag.ASYNCHRONOUS_INDICATOR, true)),
        query()), reason(ResultReason.OPERATION_NOT_SUPPORTED));
    add(c, "duplicate Unique Batch Item IDs", message14(
        itemWithId(QUERY, new byte[] {7}, enumeration(Tag.QUERY_FUNCTION, 1)),
        itemWithId(QUERY, new byte[] {7}, enumeration(Tag.QUERY_FUNCTION, 1))), reason(im));
    // --- batch items ---
    add(c, "batch item without Operation", message14(structure(Tag.BATCH_ITEM,
        structure(Tag.REQUEST_PAYLOAD, enumeration(Tag.QUERY_FUNCTION, 1)))), reason(im));
    add(c, "unknown Operation 0x7777", message14(item(0x7777)), reason(ResultReason.OPERATION_NOT_SUPPORTED));
    add(c, "Operation as Integer", message14(structure(Tag.BATCH_ITEM, integer(Tag.OPERATION, QUERY),
        structure(Tag.REQUEST_PAYLOAD, enumeration(Tag.QUERY_FUNCTION, 1)))), reason(im));
    add(c, "Query without its Request Payload", message14(structure(Tag.BATCH_ITEM,
        enumeration(Tag.OPERATION, QUERY))), reason(im));
    add(c, "Unique Batch Item ID as Integer", message14(structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, QUERY),
        integer(Tag.UNIQUE_BATCH_ITEM_ID, 1), structure(Tag.REQUEST_PAYLOAD, enumeration(Tag.QUERY_FUNCTION, 1)))),
        reason(im));
    add(c, "Get of an unknown Unique Identifier", message14(item(GET, text(Tag.UNIQUE_IDENTIFIER, "no-such-object"))),
        reason(ResultReason.ITEM_NOT_FOUND));
    add(c, "Get with Unique Identifier as Integer", message14(item(GET, integer(Tag.UNIQUE_IDENTIFIER, 5))),
        reason(im));
    add(c, "Get with unknown Key Format Type 0x7777", message14(item(GET, text(Tag.UNIQUE_IDENTIFIER, "x"),
        enumeration(Tag.KEY_FORMAT_TYPE, 0x7777))), reason(ResultReason.INVALID_FIELD));
    add(c, "Destroy with no Unique Identifier and no ID Placeholder", message14(item(DESTROY)),
        reason(ResultReason.MISSING_DATA));
    add(c, "Revoke without Revocation Reason", message14(item(REVOKE, text(Tag.UNIQUE_IDENTIFIER, "x"))),
        reason(im));
    add(c, "Create with unknown Object Type 0x99", message14(item(CREATE, enumeration(Tag.OBJECT_TYPE, 0x99),
        structure(Tag.TEMPLATE_ATTRIBUTE))), reason(ResultReason.INVALID_FIELD));
    add(c, "Create of a Symmetric Key without attributes", message14(item(CREATE, enumeration(Tag.OBJECT_TYPE, 2),
        structure(Tag.TEMPLATE_ATTRIBUTE))), reason(ResultReason.MISSING_DATA));
    add(c, "Create with an unknown attribute name", message14(item(CREATE, enumeration(Tag.OBJECT_TYPE, 2),
        structure(Tag.TEMPLATE_ATTRIBUTE, structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "No Such Attribute"),
            integer(Tag.ATTRIBUTE_VALUE, 1))))), reason(ResultReason.INVALID_FIELD));
    add(c, "Query with unknown Query Function 0x999", message14(item(QUERY, enumeration(Tag.QUERY_FUNCTION, 0x999))),
        reason(ResultReason.INVALID_FIELD));
    add(c, "unknown tag 0x42FFFF in a payload", message14(item(QUERY, enumeration(Tag.QUERY_FUNCTION, 1),
        integer(0x42FFFF, 1))), reason(ResultReason.INVALID_FIELD));
    add(c, "Locate with a Maximum Items of -1", message14(item(LOCATE, integer(0x42004F, -1))),
        reason(ResultReason.INVALID_FIELD));
    add(c, "KMIP 2.1 Get with Unique Identifier as Enumeration",
        message21(item(GET, enumeration(Tag.UNIQUE_IDENTIFIER, 1))), reason(im));
    add(c, "KMIP 2.1 Create with unknown Object Type", message21(item(CREATE, enumeration(Tag.OBJECT_TYPE, 0x99),
        structure(Tag.ATTRIBUTES))), reason(ResultReason.INVALID_FIELD));
    add(c, "KMIP 2.1 Asynchronous Indicator Mandatory", message(header(2, 1, 1,
        enumeration(Tag.ASYNCHRONOUS_INDICATOR, 1)), query()), reason(ResultReason.OPERATION_NOT_SUPPORTED));
    add(c, "KMIP 1.4 Create with a 2.x Attributes structure (no Template-Attribute)",
        message14(item(CREATE, enumeration(Tag.OBJECT_TYPE, 2), structure(Tag.ATTRIBUTES))),
        reason(ResultReason.MISSING_DATA));
    return c;
  }

  static void add(List<Case> c, String name, byte[] bytes, Outcome expected) {
    add(c, name, bytes, Delivery.AT_ONCE, expected);
  }

  static void add(List<Case> c, String name, byte[] bytes, Delivery d, Outcome expected) {
    c.add(new Case(c.size() + 1, name, bytes, d, expected));
  }

  /** A case whose valid prefix gets {@code first}, then {@code then} for the rest. */
  static void add(List<Case> c, String name, byte[] bytes, Outcome first, Delivery d, Outcome then) {
    c.add(new Case(c.size() + 1, name, bytes, d, new Sequence(first, then)));
  }

  /** Two outcomes in order on one connection (only Success then RejectAndClose is used). */
  record Sequence(Outcome first, Outcome then) implements Outcome {}

  // ---- running ----

  @Test
  void everyCaseGetsItsOutcomeAndTheServerKeepsServing() throws Exception {
    List<Case> cases = catalogue();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
    List<String> wrong = runAll(cases); // pass 1: warm-up (class loading, pools, JIT)
    assertThat(wrong).as("cases with another outcome").isEmpty();
    long before = heapAfterGc();
    wrong = runAll(cases); // pass 2: measured
    long after = heapAfterGc();
    assertThat(wrong).as("cases with another outcome (second pass)").isEmpty();
    System.out.printf("wire catalogue: %d cases x 2 passes; heap after GC %d KiB -> %d KiB (bound +%d KiB)%n",
        cases.size(), before / 1024, after / 1024, HEAP_BOUND_BYTES / 1024);
    assertThat(after - before).as("heap growth over one pass of the catalogue").isLessThan(HEAP_BOUND_BYTES);
    // A normal request still works.
    try (TestClient client = TestClient.connect(ServerFixture.PKI, fixture.server.address())) {
      client.send(validQuery());
      assertThat(single(client.receive()).resultStatus()).isEqualTo(ResultStatus.SUCCESS);
    }
  }

  private List<String> runAll(List<Case> cases) throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Case k : cases) {
      String problem;
      try {
        problem = run(k);
      } catch (Exception e) {
        problem = "threw " + e;
      }
      if (problem != null) {
        wrong.add("#" + k.number() + " " + k.name() + ": " + problem);
      }
    }
    return wrong;
  }

  /** Runs one case on a fresh connection; null when its outcome is the expected one. */
  private String run(Case k) throws Exception {
    try (TestClient client = TestClient.connect(ServerFixture.PKI, fixture.server.address())) {
      switch (k.delivery()) {
        case AT_ONCE -> client.send(k.bytes());
        case THEN_CLOSE -> {
          client.send(k.bytes());
          client.socket.close();
          return null;
        }
        case BYTE_BY_BYTE -> {
          for (byte b : k.bytes()) {
            client.out.write(b);
            client.out.flush();
          }
        }
      }
      List<Outcome> expected = k.expected() instanceof Sequence s ? List.of(s.first(), s.then()) : List.of(k.expected());
      for (Outcome o : expected) {
        String problem = check(client, o);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
  }

  private static String check(TestClient client, Outcome o) throws Exception {
    switch (o) {
      case Success s -> {
        for (int i = 0; i < s.responses(); i++) {
          ResponseBatchItem item = single(client.receive());
          if (item.resultStatus() != ResultStatus.SUCCESS) {
            return "expected Success, got " + item.resultReason() + " " + item.resultMessage();
          }
        }
        return null;
      }
      case Reason r -> {
        ResponseMessage m = decode(client.receive());
        for (ResponseBatchItem item : m.batchItems()) {
          if (item.resultStatus() != ResultStatus.OPERATION_FAILED || item.resultReason() != r.reason()) {
            return "expected " + r.reason() + ", got " + item.resultStatus() + " " + item.resultReason() + " "
                + item.resultMessage();
          }
        }
        if (m.batchItems().isEmpty()) {
          return "expected " + r.reason() + ", got no batch items";
        }
        // The connection is still usable.
        client.send(validQuery());
        ResponseBatchItem after = single(client.receive());
        return after.resultStatus() == ResultStatus.SUCCESS ? null : "connection unusable after the error";
      }
      case RejectAndClose x -> {
        ResponseBatchItem item = single(client.receive());
        if (item.resultReason() != ResultReason.INVALID_MESSAGE) {
          return "expected Invalid Message, got " + item.resultStatus() + " " + item.resultReason();
        }
        return client.closedByServer() ? null : "connection not closed after a framing error";
      }
      default -> throw new IllegalStateException("outcome: " + o);
    }
  }

  private static ResponseMessage decode(byte[] bytes) {
    return ResponseMessage.fromTtlv(TtlvDecoder.decode(bytes, TtlvLimits.DEFAULT));
  }

  private static ResponseBatchItem single(byte[] bytes) {
    return decode(bytes).batchItems().get(0);
  }

  private static long heapAfterGc() throws InterruptedException {
    var memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
