package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.RequestHeader;
import dev.clavis.codec.RequestMessage;
import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.ResponseHeader;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvException;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The KMIP core behind every transport: request bytes → TTLV (within {@link TtlvLimits}) → {@link
 * RequestMessage} → {@link BatchProcessor} → {@link ResponseMessage} → bytes rendered exactly in
 * the request's protocol version.
 *
 * <ul>
 *   <li>A message that cannot be decoded, or whose header is malformed, gets a well-formed
 *       response with one failed item per batch item read (one when none is), Result Reason
 *       Invalid Message, in the request's version when its header can be read — even when a
 *       payload cannot ({@link #salvage}) — else 1.0 (which every client can parse). Each item
 *       echoes the Operation and Unique Batch Item ID its request item has, where they can be read.
 *   <li>A response larger than the request's Maximum Response Size (or the server's
 *       {@code limits.max-response-bytes}) is replaced by one whose items each fail with Response
 *       Too Large (KMIP 1.4 §6.3).
 * </ul>
 */
public final class KmipProcessor implements MessageProcessor {

  private final KmipServices services;
  private final BatchProcessor batches;
  private final TtlvLimits limits;

  KmipProcessor(KmipServices services) {
    this.services = services;
    this.batches = new BatchProcessor(services, OperationDispatcher.standard(services.interop()));
    this.limits = services.limits().ttlvLimits();
  }

  @Override
  public byte[] process(byte[] request, ClientIdentity client) {
    byte[] response = answer(request, client);
    if (ResponseShapeGuard.enabled()) {
      guard(request, response);
    }
    return response;
  }

  /** The debug mode of {@link ResponseShapeGuard}: checks the response sent against its request. */
  private void guard(byte[] request, byte[] response) {
    TtlvItem asked;
    try {
      asked = TtlvDecoder.decode(request, limits);
    } catch (TtlvException e) {
      asked = salvage(request, limits);
    }
    ResponseShapeGuard.audit(asked, TtlvDecoder.decode(response, TtlvLimits.DEFAULT));
  }

  private byte[] answer(byte[] request, ClientIdentity client) {
    TtlvItem decoded;
    try {
      decoded = TtlvDecoder.decode(request, limits);
    } catch (TtlvException e) {
      return invalidMessage(salvage(request, limits), e.getMessage());
    }
    RequestMessage.Envelope envelope;
    try {
      envelope = RequestMessage.open(decoded);
    } catch (KmipException e) {
      return invalidMessage(decoded, e.getMessage());
    }
    ResponseMessage response = batches.process(envelope, client);
    return encodeWithin(response, envelope.header());
  }

  private byte[] encodeWithin(ResponseMessage response, RequestHeader header) {
    byte[] bytes = TtlvEncoder.encode(response.toTtlv());
    long max = services.limits().maxResponseBytes();
    if (header.maximumResponseSize() != null && header.maximumResponseSize() > 0) {
      max = Math.min(max, header.maximumResponseSize());
    }
    if (bytes.length <= max) {
      return bytes;
    }
    java.util.Arrays.fill(bytes, (byte) 0); // it may hold key material
    List<ResponseBatchItem> items = new ArrayList<>();
    for (ResponseBatchItem i : response.batchItems()) {
      items.add(ResponseBatchItem.failure(i.operation(), i.uniqueBatchItemId(), ResultReason.RESPONSE_TOO_LARGE,
          "response size: " + bytes.length + " bytes (expected: at most " + max + ", the Maximum Response Size)"));
    }
    return TtlvEncoder.encode(new ResponseMessage(response.header(), items).toTtlv());
  }

  /** The Invalid Message answer, in the request's version when its header says one. */
  private static byte[] invalidMessage(TtlvItem decoded, String message) {
    ProtocolVersion pv = ProtocolVersion.of(KmipVersion.V1_0);
    if (decoded instanceof TtlvItem.Structure s) {
      pv = s.find(Tag.REQUEST_HEADER, TtlvItem.Structure.class)
          .flatMap(h -> h.find(Tag.PROTOCOL_VERSION))
          .map(p -> {
            try {
              ProtocolVersion read = ProtocolVersion.fromTtlv(p);
              return ProtocolVersion.of(read.kmipVersion());
            } catch (RuntimeException e) {
              return null;
            }
          })
          .orElse(ProtocolVersion.of(KmipVersion.V1_0));
    }
    List<ResponseBatchItem> items = new ArrayList<>();
    if (decoded instanceof TtlvItem.Structure s) {
      for (TtlvItem i : s.all(Tag.BATCH_ITEM)) {
        if (i instanceof TtlvItem.Structure b) {
          Operation op = b.find(Tag.OPERATION, TtlvItem.Enumeration.class).map(e -> Operation.fromValue(e.value()))
              .orElse(null);
          byte[] id = b.find(Tag.UNIQUE_BATCH_ITEM_ID, TtlvItem.Bytes.class).map(TtlvItem.Bytes::value).orElse(null);
          items.add(ResponseBatchItem.failure(op, id, ResultReason.INVALID_MESSAGE, message));
        }
      }
    }
    if (items.isEmpty()) {
      items.add(ResponseBatchItem.failure(null, null, ResultReason.INVALID_MESSAGE, message));
    }
    ResponseHeader h = new ResponseHeader(pv, Instant.now().truncatedTo(ChronoUnit.SECONDS), null, null, List.of(),
        null, null, items.size());
    return TtlvEncoder.encode(new ResponseMessage(h, items).toTtlv());
  }

  /**
   * What can be read of a request that does not decode whole: its Request Header, then its
   * Batch Items — whole while they decode, and of the first that does not, the leading Operation
   * and Unique Batch Item ID that do (nothing after it can be delimited with confidence).
   * {@code null} when not even the header reads. Bounded by the request's length and {@code
   * limits}' items per structure.
   */
  static TtlvItem.Structure salvage(byte[] request, TtlvLimits limits) {
    if (request == null || request.length < 2 * TtlvDecoder.HEADER_BYTES || tagAt(request, 0) != Tag.REQUEST_MESSAGE
        || request[3] != 0x01) {
      return null;
    }
    long declared = ByteBuffer.wrap(request, 4, 4).getInt() & 0xFFFFFFFFL;
    int end = (int) Math.min(request.length, TtlvDecoder.HEADER_BYTES + declared);
    ByteBuffer body = ByteBuffer.wrap(request, TtlvDecoder.HEADER_BYTES, end - TtlvDecoder.HEADER_BYTES).slice();
    List<TtlvItem> items = new ArrayList<>();
    try {
      TtlvItem header = TtlvDecoder.decodeNext(body, limits);
      if (header == null || header.tag() != Tag.REQUEST_HEADER) {
        return null;
      }
      items.add(header);
    } catch (TtlvException e) {
      return null;
    }
    for (int n = 0; n < limits.maxItemsPerStructure() && body.remaining() >= TtlvDecoder.HEADER_BYTES; n++) {
      int at = body.position();
      if (tagAt(body, at) != Tag.BATCH_ITEM || body.get(at + 3) != 0x01) {
        break;
      }
      try {
        TtlvItem item = TtlvDecoder.decodeNext(body, limits);
        if (item == null) {
          break;
        }
        items.add(item);
        continue;
      } catch (TtlvException e) {
        // read its leading fields below
      }
      long length = body.getInt(at + 4) & 0xFFFFFFFFL;
      ByteBuffer inner = body.duplicate();
      inner.position(at + TtlvDecoder.HEADER_BYTES);
      inner.limit((int) Math.min(body.limit(), at + TtlvDecoder.HEADER_BYTES + length));
      inner = inner.slice();
      List<TtlvItem> fields = new ArrayList<>();
      for (int f = 0; f < 2; f++) {
        try {
          TtlvItem x = TtlvDecoder.decodeNext(inner, limits);
          if (x == null || (x.tag() != Tag.OPERATION && x.tag() != Tag.UNIQUE_BATCH_ITEM_ID)) {
            break;
          }
          fields.add(x);
        } catch (TtlvException e) {
          break;
        }
      }
      items.add(TtlvItem.structure(Tag.BATCH_ITEM, fields));
      break;
    }
    return TtlvItem.structure(Tag.REQUEST_MESSAGE, items);
  }

  private static int tagAt(byte[] b, int at) {
    return ((b[at] & 0xFF) << 16) | ((b[at + 1] & 0xFF) << 8) | (b[at + 2] & 0xFF);
  }

  private static int tagAt(ByteBuffer b, int at) {
    return ((b.get(at) & 0xFF) << 16) | ((b.get(at + 1) & 0xFF) << 8) | (b.get(at + 2) & 0xFF);
  }
}
