package dev.clavis.server;

import dev.clavis.codec.TtlvException;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a KMIP-over-HTTPS connection (docs/adr/0006-kmip-over-https.md): routes
 * each aggregated request, converts its body to TTLV, hands it to the {@link MessageProcessor}
 * on the executor (virtual threads; the event loop never blocks nor parses XML or JSON), and
 * writes the responses back in request order (HTTP/1.1 pipelining), at most
 * {@code maxInFlight} processed at a time.
 *
 * <ul>
 *   <li>path other than {@value #PATH}: 404; other method: 405 with {@code Allow: POST};
 *       {@code Content-Type} not TTLV, XML or JSON: 415; body over {@code max-frame-bytes}:
 *       413 and the connection closes (the body is not read); unparseable HTTP: 400 and close.
 *   <li>a body that is not one well-formed Request Message: 200 with a KMIP response carrying
 *       Result Reason Invalid Message, in the request's encoding.
 *   <li>the processor failing or answering over {@code max-response-bytes}: 500 and close.
 * </ul>
 *
 * <p>Ordering, the in-flight limit, identities, draining and idle closing are
 * {@link OrderedRequestHandler}'s, shared with the TTLV listener.
 */
final class KmipHttpHandler extends OrderedRequestHandler<KmipHttpHandler.Body, KmipHttpHandler.Answer> {

  private static final Logger log = LoggerFactory.getLogger(KmipHttpHandler.class);

  /** The Request URI of the KMIP HTTPS profile (KMIP Additional Message Encodings v1.0 §2.3). */
  static final String PATH = "/kmip";

  /** Sent by the aggregator in place of a request whose body is over the limit. */
  record TooLarge(long declaredBytes) {}

  /** A request body to process, in its encoding. */
  record Body(HttpMessageEncoding encoding, byte[] bytes) {}

  /** A response to write: an HTTP status, its body and whether the connection closes after it. */
  record Answer(HttpResponseStatus status, String contentType, byte[] body, boolean close, boolean allowPost) {

    static Answer kmip(HttpMessageEncoding encoding, byte[] body) {
      return new Answer(HttpResponseStatus.OK, encoding.contentType(), body, false, false);
    }

    /** A short text/plain answer: {@code "<code> <reason>: <detail>"}. */
    static Answer text(HttpResponseStatus status, String detail, boolean close) {
      byte[] text = (status.code() + " " + status.reasonPhrase() + ": " + detail + "\n").getBytes(StandardCharsets.UTF_8);
      return new Answer(status, "text/plain; charset=utf-8", text, close, status == HttpResponseStatus.METHOD_NOT_ALLOWED);
    }
  }

  private final MessageProcessor processor;
  private final HttpMessageCodec codec;
  private final int maxResponseBytes;

  KmipHttpHandler(MessageProcessor processor, HttpMessageCodec codec, Executor executor, InFlightRequests inFlight,
      ServerLimits limits) {
    super(log, "HTTPS ", executor, inFlight, limits);
    this.processor = processor;
    this.codec = codec;
    this.maxResponseBytes = limits.maxResponseBytes();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    try {
      if (closing || draining) {
        return; // the connection is closing: later requests are not taken
      }
      if (msg instanceof TooLarge t) {
        log.info("closing HTTPS connection from {}: request body over the limit (Content-Length: {})",
            ctx.channel().remoteAddress(), t.declaredBytes() < 0 ? "none, chunked" : t.declaredBytes());
        done(newSlot(false), Answer.text(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
            "request body over the limit (expected: a KMIP message of at most limits.max-frame-bytes)", true));
        closing = true;
        writeReady();
      } else if (msg instanceof FullHttpRequest request) {
        route(request);
      } else {
        log.warn("unexpected message on an HTTPS connection: {}", msg.getClass().getName());
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
    updateReading();
  }

  private void route(FullHttpRequest request) {
    if (request.decoderResult().isFailure()) {
      done(newSlot(false), Answer.text(HttpResponseStatus.BAD_REQUEST, "malformed HTTP request", true));
      closing = true;
      writeReady();
      return;
    }
    Slot<Body, Answer> s = newSlot(HttpUtil.isKeepAlive(request));
    String path;
    try {
      path = new QueryStringDecoder(request.uri()).path();
    } catch (IllegalArgumentException e) {
      path = null;
    }
    Optional<HttpMessageEncoding> encoding = HttpMessageEncoding.of(request.headers().get(HttpHeaderNames.CONTENT_TYPE));
    if (!PATH.equals(path)) {
      done(s, Answer.text(HttpResponseStatus.NOT_FOUND, "no such resource (expected: POST " + PATH + ")", false));
    } else if (!HttpMethod.POST.equals(request.method())) {
      done(s, Answer.text(HttpResponseStatus.METHOD_NOT_ALLOWED,
          "method " + request.method() + " (expected: POST)", false));
    } else if (encoding.isEmpty()) {
      String type = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
      done(s, Answer.text(HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
          + (type == null ? "missing" : shorten(type)) + " (expected: one of " + HttpMessageEncoding.accepted() + ")", false));
    } else if (identity == null && !identify()) {
      closing = true;
      ctx.close();
      return;
    } else {
      enqueue(s, new Body(encoding.get(), ByteBufUtil.getBytes(request.content())));
    }
    writeReady();
  }

  private static String shorten(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "…";
  }

  /** On a virtual thread: body → TTLV → processor → response in the request's encoding. */
  @Override
  Answer work(Body body, ClientIdentity client) {
    byte[] request;
    try {
      request = codec.request(body.encoding(), body.bytes());
    } catch (TtlvException e) {
      return Answer.kmip(body.encoding(), codec.invalidMessage(body.encoding(), e.getMessage()));
    }
    byte[] response = processor.process(request, client);
    if (response == null || response.length > maxResponseBytes) {
      log.warn("HTTPS request from {}: response of {} bytes (expected: 1 to {} bytes)",
          client.peer(), response == null ? "null" : response.length, maxResponseBytes);
      return Answer.text(HttpResponseStatus.INTERNAL_SERVER_ERROR, "the request could not be answered", true);
    }
    return Answer.kmip(body.encoding(), codec.response(body.encoding(), response));
  }

  @Override
  Answer failed(Throwable cause, ClientIdentity client) {
    if (cause instanceof RejectedExecutionException) {
      return Answer.text(HttpResponseStatus.SERVICE_UNAVAILABLE, "the server is stopping", true);
    }
    log.warn("HTTPS request from {} could not be answered", client.peer(), cause);
    return Answer.text(HttpResponseStatus.INTERNAL_SERVER_ERROR, "the request could not be answered", true);
  }

  /** While draining, the last answered request closes the connection. */
  @Override
  boolean closesAfter(Slot<Body, Answer> s, boolean last) {
    return !s.keepAlive || s.answer.close() || last;
  }

  @Override
  Object message(Slot<Body, Answer> s, boolean close) {
    Answer a = s.answer;
    FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, a.status(), Unpooled.wrappedBuffer(a.body()));
    r.headers()
        .set(HttpHeaderNames.CONTENT_TYPE, a.contentType())
        .setInt(HttpHeaderNames.CONTENT_LENGTH, a.body().length)
        // Responses carry key material: no cache may keep them (KMIP HTTPS profile: no-cache).
        .set(HttpHeaderNames.CACHE_CONTROL, "no-store, no-cache")
        .set(HttpHeaderNames.PRAGMA, HttpHeaderValues.NO_CACHE)
        .set("X-Content-Type-Options", "nosniff");
    if (a.allowPost()) {
      r.headers().set(HttpHeaderNames.ALLOW, HttpMethod.POST.name());
    }
    HttpUtil.setKeepAlive(r, !close);
    return r;
  }
}
