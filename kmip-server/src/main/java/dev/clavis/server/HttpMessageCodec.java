package dev.clavis.server;

import dev.clavis.codec.JsonTtlv;
import dev.clavis.codec.SpecRegistry;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvException;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.XmlTtlv;
import dev.clavis.codec.spec.Tag;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Converts KMIP over HTTPS bodies to and from the binary TTLV the {@link MessageProcessor}
 * takes: a request body in its encoding becomes one TTLV Request Message (checked as the socket
 * transport checks a frame), and a TTLV response goes back in the request's encoding.
 *
 * <p>XML and JSON are the encodings of {@link XmlTtlv} and {@link JsonTtlv} (KMIP Profiles v2.1
 * §6.1, §6.2), read under the server's decoding limits. Placeholders ({@code $NOW},
 * {@code $UNIQUE_IDENTIFIER_0}) belong to test case files, not to requests: they are refused.
 * Stateless and thread-safe.
 */
final class HttpMessageCodec {

  private final int maxFrameBytes;
  private final TtlvLimits requestLimits;
  private final TtlvLimits responseLimits;
  private final XmlTtlv xmlRequests;
  private final JsonTtlv jsonRequests;
  private final XmlTtlv xmlResponses;
  private final JsonTtlv jsonResponses;

  HttpMessageCodec(ServerLimits limits) {
    this.maxFrameBytes = limits.maxFrameBytes();
    this.requestLimits = limits.ttlvLimits();
    // A response is bounded by max-response-bytes, not by the request limits; its structure is the server's own.
    this.responseLimits = TtlvLimits.DEFAULT.withMaxMessageBytes(limits.maxResponseBytes())
        .withMaxItemBytes(Math.max(limits.maxResponseBytes(), TtlvLimits.DEFAULT_MAX_ITEM_BYTES))
        .withMaxItemsPerStructure(Integer.MAX_VALUE / 16);
    SpecRegistry registry = SpecRegistry.get();
    this.xmlRequests = new XmlTtlv(registry, requestLimits);
    this.jsonRequests = new JsonTtlv(registry, requestLimits);
    this.xmlResponses = new XmlTtlv(registry, responseLimits);
    this.jsonResponses = new JsonTtlv(registry, responseLimits);
  }

  /**
   * The request body as one TTLV Request Message.
   *
   * @throws TtlvException when the body is not one well-formed Request Message in its encoding,
   *     holds a placeholder, or its TTLV is over {@code limits.max-frame-bytes}
   */
  byte[] request(HttpMessageEncoding encoding, byte[] body) {
    byte[] ttlv = switch (encoding) {
      case TTLV -> body;
      case XML -> ttlv(xmlRequests.read(new ByteArrayInputStream(body)), "XML");
      case JSON -> ttlv(jsonRequests.read(new ByteArrayInputStream(body)), "JSON");
    };
    checkFrame(ttlv);
    return ttlv;
  }

  private byte[] ttlv(List<TtlvItem> items, String what) {
    if (items.size() != 1) {
      throw new TtlvException(what + " body items: " + items.size() + " (expected: exactly 1 Request Message)");
    }
    TtlvItem item = items.get(0);
    if (item.tag() != Tag.REQUEST_MESSAGE || !(item instanceof TtlvItem.Structure)) {
      throw new TtlvException(what + " body item: " + hexTag(item.tag())
          + " (expected: a RequestMessage structure)");
    }
    int length = TtlvEncoder.encodedLength(item); // refuses placeholders
    if (length > maxFrameBytes) {
      throw new TtlvException("Message length: " + length + " bytes as TTLV (expected: at most " + maxFrameBytes + ")");
    }
    return TtlvEncoder.encode(item);
  }

  /** The checks the socket's frame decoder makes on a header, plus "exactly one message". */
  private void checkFrame(byte[] ttlv) {
    int frame = TtlvDecoder.frameLength(ttlv, requestLimits);
    if ((ttlv[0] & 0xFF) != 0x42 || (ttlv[1] & 0xFF) != 0x00 || (ttlv[2] & 0xFF) != 0x78) {
      throw new TtlvException("Message tag: " + hexTag(((ttlv[0] & 0xFF) << 16) | ((ttlv[1] & 0xFF) << 8) | (ttlv[2] & 0xFF)) + " (expected: 0x420078 Request Message)", 0);
    }
    if (frame != ttlv.length) {
      throw new TtlvException("Body length: " + ttlv.length + " bytes (expected: " + frame
          + ", the length of the one Request Message its header declares)", 0);
    }
  }

  private static String hexTag(int tag) {
    return String.format("0x%06X", tag);
  }

  /**
   * A TTLV response in the request's encoding.
   *
   * @throws TtlvException when the processor's response does not decode (a server fault)
   */
  byte[] response(HttpMessageEncoding encoding, byte[] ttlv) {
    return switch (encoding) {
      case TTLV -> ttlv;
      case XML -> xmlResponses.write(TtlvDecoder.decode(ttlv, responseLimits)).getBytes(StandardCharsets.UTF_8);
      case JSON -> jsonResponses.write(TtlvDecoder.decode(ttlv, responseLimits)).getBytes(StandardCharsets.UTF_8);
    };
  }

  /** The Invalid Message response (KMIP 1.4 §11 / 2.1 §11 Result Reason) for a body that could not be read. */
  byte[] invalidMessage(HttpMessageEncoding encoding, String reason) {
    return response(encoding, ErrorResponses.invalidMessage(reason));
  }
}
