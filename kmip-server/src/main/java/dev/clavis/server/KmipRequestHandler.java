package dev.clavis.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.IOException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a connection: hands each framed request to the executor (virtual threads;
 * the event loop never blocks), at most {@code maxInFlight} at a time, and writes the responses
 * back in request order however the processing interleaves.
 *
 * <p>All state is confined to the channel's event loop; processing results come back to it with
 * {@code eventLoop().execute}. Reading from the socket pauses while {@code maxInFlight} requests
 * are unanswered or the outbound buffer is full, so a client that pipelines without reading
 * cannot make the server buffer without bound.
 */
final class KmipRequestHandler extends ChannelInboundHandlerAdapter {

  private static final Logger log = LoggerFactory.getLogger(KmipRequestHandler.class);

  /** User event: the server is shutting down; take no more requests, close once answered. */
  static final Object DRAIN = new Object() {
    @Override
    public String toString() {
      return "DRAIN";
    }
  };

  private enum State { WAITING, RUNNING, DONE }

  private static final class Slot {
    State state = State.WAITING;
    byte[] request;
    byte[] response;
    boolean closeAfter;
  }

  private final MessageProcessor processor;
  private final Executor executor;
  private final InFlightRequests inFlight;
  private final int maxInFlight;
  private final int maxResponseBytes;
  private final Function<KmipFrameDecoder.Rejected, byte[]> rejectionResponse;

  private final ArrayDeque<Slot> slots = new ArrayDeque<>();
  private final ArrayDeque<Slot> waiting = new ArrayDeque<>();
  private ChannelHandlerContext ctx;
  private ClientIdentity identity;
  private int running;
  private boolean closing;
  private boolean draining;
  private boolean handshakeFailureLogged;

  KmipRequestHandler(
      MessageProcessor processor,
      Executor executor,
      InFlightRequests inFlight,
      ServerLimits limits,
      Function<KmipFrameDecoder.Rejected, byte[]> rejectionResponse) {
    this.processor = processor;
    this.executor = executor;
    this.inFlight = inFlight;
    this.maxInFlight = limits.maxInFlightPerConnection();
    this.maxResponseBytes = limits.maxResponseBytes();
    this.rejectionResponse = rejectionResponse;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (closing || draining) {
      return; // the connection is closing: later requests are not taken
    }
    if (msg instanceof byte[] request) {
      if (identity == null && !identify()) {
        closing = true;
        ctx.close();
        return;
      }
      Slot s = new Slot();
      s.request = request;
      slots.add(s);
      waiting.add(s);
      inFlight.begin();
      submit();
    } else if (msg instanceof KmipFrameDecoder.Rejected r) {
      log.info("closing connection from {}: {}", ctx.channel().remoteAddress(), r.reason());
      Slot s = new Slot();
      s.state = State.DONE;
      s.response = rejectionResponse.apply(r);
      s.closeAfter = true;
      slots.add(s);
      inFlight.begin();
      closing = true;
      writeReady();
    } else {
      throw new IllegalArgumentException("message: " + msg.getClass().getName() + " (expected: byte[] or Rejected)");
    }
    updateReading();
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
        s.state = State.DONE;
        s.closeAfter = true;
        closing = true;
      }
    }
  }

  /** On a virtual thread. */
  private void process(Slot s, ClientIdentity client) {
    byte[] response = null;
    Throwable failure = null;
    try {
      response = processor.process(s.request, client);
    } catch (Throwable t) {
      failure = t;
    }
    byte[] r = response;
    Throwable f = failure;
    try {
      EventLoopMailbox.of(ctx.executor()).post(() -> completed(s, r, f));
    } catch (RejectedExecutionException e) {
      // The event loop is gone: the server stopped after its grace period; nobody to answer.
      log.debug("answer dropped: the connection's event loop has shut down");
    }
  }

  private void completed(Slot s, byte[] response, Throwable failure) {
    running--;
    s.state = State.DONE;
    s.request = null;
    if (!ctx.channel().isActive()) {
      slots.remove(s);
      inFlight.end();
      return;
    }
    if (failure != null) {
      log.warn("closing connection from {}: the request could not be answered", ctx.channel().remoteAddress(), failure);
      s.closeAfter = true;
    } else if (response == null || response.length > maxResponseBytes) {
      log.warn("closing connection from {}: response of {} bytes (expected: 1 to {} bytes)",
          ctx.channel().remoteAddress(), response == null ? "null" : response.length, maxResponseBytes);
      s.closeAfter = true;
    } else {
      s.response = response;
    }
    writeReady();
    submit(); // requests received before a rejected frame are still answered
    updateReading();
  }

  /** Writes every answered request at the head of the queue, in order. */
  private void writeReady() {
    boolean wrote = false;
    while (!slots.isEmpty() && slots.peek().state == State.DONE) {
      Slot s = slots.poll();
      if (s.response != null) {
        ctx.write(Unpooled.wrappedBuffer(s.response)).addListener(f -> inFlight.end());
        wrote = true;
      } else {
        inFlight.end();
      }
      if (s.closeAfter) {
        closing = true;
        dropQueued();
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        return;
      }
    }
    if (wrote) {
      ctx.flush();
    }
    if (draining && slots.isEmpty()) {
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
          log.debug("connection from {} authenticated as {}", ctx.channel().remoteAddress(), identity.subject());
        } else {
          closing = true;
          ctx.close();
        }
      } else {
        logHandshakeFailure(e.cause());
      }
    } else if (evt instanceof IdleStateEvent) {
      if (slots.isEmpty()) {
        log.debug("closing idle connection from {}", ctx.channel().remoteAddress());
        closing = true;
        ctx.close();
      }
    } else if (evt == DRAIN) {
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
      Certificate[] peer = ssl.engine().getSession().getPeerCertificates();
      List<X509Certificate> chain = new ArrayList<>();
      for (Certificate c : peer) {
        chain.add((X509Certificate) c);
      }
      identity = ClientIdentity.of(chain, ctx.channel().remoteAddress());
      ctx.channel().attr(ClientIdentity.ATTRIBUTE).set(identity);
      return true;
    } catch (SSLPeerUnverifiedException e) {
      log.warn("connection from {} has no verified client certificate: closing", ctx.channel().remoteAddress());
      return false;
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (identity == null && causedBy(cause, SSLException.class)) {
      logHandshakeFailure(cause);
    } else if (causedBy(cause, SSLException.class) || causedBy(cause, IOException.class)) {
      log.debug("connection from {} failed: {}", ctx.channel().remoteAddress(), rootMessage(cause));
    } else {
      log.warn("closing connection from {} after an unexpected error", ctx.channel().remoteAddress(), cause);
    }
    closing = true;
    ctx.close();
  }

  /** Once per connection: a refused client (no, untrusted or unfit certificate; old protocol). */
  private void logHandshakeFailure(Throwable cause) {
    if (!handshakeFailureLogged) {
      handshakeFailureLogged = true;
      log.info("TLS handshake with {} failed: {}", ctx.channel().remoteAddress(), rootMessage(cause));
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

  static String rootMessage(Throwable t) {
    Throwable r = t;
    while (r.getCause() != null && r.getCause() != r) {
      r = r.getCause();
    }
    return r.getClass().getSimpleName() + ": " + r.getMessage();
  }
}
