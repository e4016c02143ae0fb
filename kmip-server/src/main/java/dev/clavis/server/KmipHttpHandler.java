package dev.clavis.server;

import dev.clavis.codec.TtlvException;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
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
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
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
 * <p>All state is confined to the channel's event loop, as in {@link KmipRequestHandler}.
 */
final class KmipHttpHandler extends ChannelInboundHandlerAdapter {

  private static final Logger log = LoggerFactory.getLogger(KmipHttpHandler.class);

  /** The Request URI of the KMIP HTTPS profile (KMIP Additional Message Encodings v1.0 §2.3). */
  static final String PATH = "/kmip";

  /** Sent by the aggregator in place of a request whose body is over the limit. */
  record TooLarge(long declaredBytes) {}

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

  private enum State { WAITING, RUNNING, DONE }

  private static final class Slot {
    State state = State.WAITING;
    boolean keepAlive;
    HttpMessageEncoding encoding;
    byte[] body;
    Answer answer;
  }

  private final MessageProcessor processor;
  private final HttpMessageCodec codec;
  private final Executor executor;
  private final InFlightRequests inFlight;
  private final int maxInFlight;
  private final int maxResponseBytes;

  private final ArrayDeque<Slot> slots = new ArrayDeque<>();
  private final ArrayDeque<Slot> waiting = new ArrayDeque<>();
  private ChannelHandlerContext ctx;
  private ClientIdentity identity;
  private int running;
  private boolean closing;
  private boolean draining;
  private boolean handshakeFailureLogged;

  KmipHttpHandler(MessageProcessor processor, HttpMessageCodec codec, Executor executor, InFlightRequests inFlight,
      ServerLimits limits) {
    this.processor = processor;
    this.codec = codec;
    this.executor = executor;
    this.inFlight = inFlight;
    this.maxInFlight = limits.maxInFlightPerConnection();
    this.maxResponseBytes = limits.maxResponseBytes();
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
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
        Slot s = newSlot(false);
        done(s, Answer.text(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
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

  private Slot newSlot(boolean keepAlive) {
    Slot s = new Slot();
    s.keepAlive = keepAlive;
    slots.add(s);
    inFlight.begin();
    return s;
  }

  private void route(FullHttpRequest request) {
    if (request.decoderResult().isFailure()) {
      Slot s = newSlot(false);
      done(s, Answer.text(HttpResponseStatus.BAD_REQUEST, "malformed HTTP request", true));
      closing = true;
      writeReady();
      return;
    }
    Slot s = newSlot(HttpUtil.isKeepAlive(request));
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
      s.encoding = encoding.get();
      s.body = ByteBufUtil.getBytes(request.content());
      waiting.add(s);
      submit();
    }
    writeReady();
  }

  private static String shorten(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "…";
  }

  private void done(Slot s, Answer answer) {
    s.state = State.DONE;
    s.answer = answer;
  }

  private void submit() {
    while (running < maxInFlight && !waiting.isEmpty()) {
      Slot s = waiting.poll();
      s.state = State.RUNNING;
      running++;
      ClientIdentity client = identity;
      try {
        executor.execute(() -> process(s, client));
      } catch (RejectedExecutionException e) {
        // The executor is shut down: the server is stopping.
        running--;
        done(s, Answer.text(HttpResponseStatus.SERVICE_UNAVAILABLE, "the server is stopping", true));
      }
    }
  }

  /** On a virtual thread: body → TTLV → processor → response in the request's encoding. */
  private void process(Slot s, ClientIdentity client) {
    Answer answer;
    try {
      answer = answer(s.encoding, s.body, client);
    } catch (Throwable t) {
      log.warn("HTTPS request from {} could not be answered", client.peer(), t);
      answer = Answer.text(HttpResponseStatus.INTERNAL_SERVER_ERROR, "the request could not be answered", true);
    }
    s.body = null;
    Answer a = answer;
    try {
      EventLoopMailbox.of(ctx.executor()).post(() -> completed(s, a));
    } catch (RejectedExecutionException e) {
      // The event loop is gone: the server stopped after its grace period; nobody to answer.
      log.debug("answer dropped: the connection's event loop has shut down");
    }
  }

  private Answer answer(HttpMessageEncoding encoding, byte[] body, ClientIdentity client) {
    byte[] request;
    try {
      request = codec.request(encoding, body);
    } catch (TtlvException e) {
      return Answer.kmip(encoding, codec.invalidMessage(encoding, e.getMessage()));
    }
    byte[] response = processor.process(request, client);
    if (response == null || response.length > maxResponseBytes) {
      log.warn("HTTPS request from {}: response of {} bytes (expected: 1 to {} bytes)",
          client.peer(), response == null ? "null" : response.length, maxResponseBytes);
      return Answer.text(HttpResponseStatus.INTERNAL_SERVER_ERROR, "the request could not be answered", true);
    }
    return Answer.kmip(encoding, codec.response(encoding, response));
  }

  private void completed(Slot s, Answer answer) {
    running--;
    if (!ctx.channel().isActive()) {
      slots.remove(s);
      inFlight.end();
      return;
    }
    done(s, answer);
    writeReady();
    if (!closing) {
      submit(); // requests waiting for a free in-flight place
      writeReady(); // a request refused by a stopping executor is answered at once
    }
    updateReading();
  }

  /** Writes every answered request at the head of the queue, in order. */
  private void writeReady() {
    boolean wrote = false;
    while (!slots.isEmpty() && slots.peek().state == State.DONE) {
      Slot s = slots.poll();
      Answer a = s.answer;
      // While draining, the last answered request closes the connection.
      boolean keepAlive = s.keepAlive && !a.close() && !(draining && slots.isEmpty());
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
      HttpUtil.setKeepAlive(r, keepAlive);
      ctx.write(r).addListener(f -> inFlight.end());
      wrote = true;
      if (!keepAlive) {
        closing = true;
        dropQueued();
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        return;
      }
    }
    if (wrote) {
      ctx.flush();
    }
    if (draining && !closing && slots.isEmpty()) {
      closing = true;
      ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }
  }

  /** Forgets the requests not yet handed to the executor, and answered ones not yet written. */
  private void dropQueued() {
    waiting.clear();
    for (Iterator<Slot> it = slots.iterator(); it.hasNext(); ) {
      Slot s = it.next();
      if (s.state != State.RUNNING) {
        it.remove();
        inFlight.end();
      }
    }
  }

  private void updateReading() {
    boolean read = !closing && !draining && slots.size() < maxInFlight && ctx.channel().isWritable();
    if (ctx.channel().config().isAutoRead() != read) {
      ctx.channel().config().setAutoRead(read);
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    updateReading();
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    closing = true;
    dropQueued();
    ctx.fireChannelInactive();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof SslHandshakeCompletionEvent e) {
      if (e.isSuccess()) {
        if (identify()) {
          log.debug("HTTPS connection from {} authenticated as {}", ctx.channel().remoteAddress(), identity.subject());
        } else {
          closing = true;
          ctx.close();
        }
      } else {
        logHandshakeFailure(e.cause());
      }
    } else if (evt instanceof IdleStateEvent) {
      if (slots.isEmpty()) {
        log.debug("closing idle HTTPS connection from {}", ctx.channel().remoteAddress());
        closing = true;
        ctx.close();
      }
    } else if (evt == KmipRequestHandler.DRAIN) {
      draining = true;
      updateReading();
      if (slots.isEmpty()) {
        closing = true;
        ctx.close();
      }
      return;
    }
    ctx.fireUserEventTriggered(evt);
  }

  /** Reads the verified client chain off the TLS session and attaches the identity. */
  private boolean identify() {
    SslHandler ssl = ctx.pipeline().get(SslHandler.class);
    if (ssl == null) {
      return false;
    }
    try {
      List<X509Certificate> chain = new ArrayList<>();
      for (Certificate c : ssl.engine().getSession().getPeerCertificates()) {
        chain.add((X509Certificate) c);
      }
      identity = ClientIdentity.of(chain, ctx.channel().remoteAddress());
      ctx.channel().attr(ClientIdentity.ATTRIBUTE).set(identity);
      return true;
    } catch (SSLPeerUnverifiedException e) {
      log.warn("HTTPS connection from {} has no verified client certificate: closing", ctx.channel().remoteAddress());
      return false;
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (identity == null && causedBy(cause, SSLException.class)) {
      logHandshakeFailure(cause);
    } else if (causedBy(cause, SSLException.class) || causedBy(cause, IOException.class)) {
      log.debug("HTTPS connection from {} failed: {}", ctx.channel().remoteAddress(), KmipRequestHandler.rootMessage(cause));
    } else {
      log.warn("closing HTTPS connection from {} after an unexpected error", ctx.channel().remoteAddress(), cause);
    }
    closing = true;
    ctx.close();
  }

  private void logHandshakeFailure(Throwable cause) {
    if (!handshakeFailureLogged) {
      handshakeFailureLogged = true;
      log.info("TLS handshake with {} (HTTPS) failed: {}", ctx.channel().remoteAddress(), KmipRequestHandler.rootMessage(cause));
    }
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
