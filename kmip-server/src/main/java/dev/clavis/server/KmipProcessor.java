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
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
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
 *       response with one failed item, Result Reason Invalid Message, in the request's version when
 *       it can be read, else 1.0 (which every client can parse).
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
      asked = null;
    }
    ResponseShapeGuard.audit(asked, TtlvDecoder.decode(response, TtlvLimits.DEFAULT));
  }

  private byte[] answer(byte[] request, ClientIdentity client) {
    TtlvItem decoded;
    try {
      decoded = TtlvDecoder.decode(request, limits);
    } catch (TtlvException e) {
      return invalidMessage(null, e.getMessage());
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
    ResponseHeader h = new ResponseHeader(pv, Instant.now().truncatedTo(ChronoUnit.SECONDS), null, null, List.of(),
        null, null, 1);
    ResponseBatchItem item = ResponseBatchItem.failure(null, null, ResultReason.INVALID_MESSAGE, message);
    return TtlvEncoder.encode(new ResponseMessage(h, List.of(item)).toTtlv());
  }
}
