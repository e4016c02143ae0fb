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
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;

/**
 * What the TTLV and HTTPS listeners' last handlers share ({@link KmipRequestHandler},
 * {@link KmipHttpHandler}): each request gets a {@link Slot} in arrival order; its work runs on
 * the executor (virtual threads: the event loop never blocks), at most {@code maxInFlight} at a
 * time; answers come back to the event loop through its {@link EventLoopMailbox} and are written
 * in request order however the processing interleaves. Reading pauses while {@code maxInFlight}
 * requests are unanswered or the outbound buffer is full, so a client that pipelines without
 * reading cannot make the server buffer without bound. The client identity is read off the TLS
 * session once; a drain event (server stopping) takes no more requests and closes once answered;
 * an idle connection with nothing in flight is closed.
 *
 * <p>All state is confined to the channel's event loop.
 *
 * @param <R> what a request's work needs (TTLV bytes; an HTTP body and its encoding)
 * @param <A> a request's answer
 */
abstract class OrderedRequestHandler<R, A> extends ChannelInboundHandlerAdapter {

  /** User event: the server is shutting down; take no more requests, close once answered. */
  static final Object DRAIN = new Object() {
    @Override
    public String toString() {
      return "DRAIN";
    }
  };

  enum State { WAITING, RUNNING, DONE }

  /** One request, in arrival order. */
  static final class Slot<R, A> {
    State state = State.WAITING;
    /** False when the client asked to close after this answer (HTTP/1.1 {@code Connection: close}). */
    boolean keepAlive = true;
    R request;
    A answer;
  }

  private final Logger log;
  /** "" or "HTTPS ": the log messages' name for the connection. */
  private final String kind;
  private final Executor executor;
  private final InFlightRequests inFlight;
  private final int maxInFlight;

  private final ArrayDeque<Slot<R, A>> slots = new ArrayDeque<>();
  private final ArrayDeque<Slot<R, A>> waiting = new ArrayDeque<>();
  ChannelHandlerContext ctx;
  ClientIdentity identity;
  private int running;
  boolean closing;
  boolean draining;
  private boolean handshakeFailureLogged;

  OrderedRequestHandler(Logger log, String kind, Executor executor, InFlightRequests inFlight, ServerLimits limits) {
    this.log = log;
    this.kind = kind;
    this.executor = executor;
    this.inFlight = inFlight;
    this.maxInFlight = limits.maxInFlightPerConnection();
  }

  /** On a virtual thread: the answer to one request. May throw; see {@link #failed}. */
  abstract A work(R request, ClientIdentity client) throws Exception;

  /** On a virtual thread: the answer when {@link #work} threw. */
  abstract A failed(Throwable cause, ClientIdentity client);

  /**
   * On the event loop: whether the connection closes after this answer; {@code last} when the
   * server is draining and this is the last request answered.
   */
  abstract boolean closesAfter(Slot<R, A> s, boolean last);

  /** On the event loop: the message to write for an answered request, or null to write nothing. */
  abstract Object message(Slot<R, A> s, boolean close);

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
  }

  /** A new slot at the end of the queue (counted in flight until written or dropped). */
  final Slot<R, A> newSlot(boolean keepAlive) {
    Slot<R, A> s = new Slot<>();
    s.keepAlive = keepAlive;
    slots.add(s);
    inFlight.begin();
    return s;
  }

  /** Answers a slot at once, on the event loop (a refusal that needs no work). */
  static <R, A> void done(Slot<R, A> s, A answer) {
    s.state = State.DONE;
    s.request = null;
    s.answer = answer;
  }

  /** Queues a slot's work and starts what the in-flight limit allows. */
  final void enqueue(Slot<R, A> s, R request) {
    s.request = request;
    waiting.add(s);
    submit();
  }

  private void submit() {
    while (running < maxInFlight && !waiting.isEmpty()) {
      Slot<R, A> s = waiting.poll();
      s.state = State.RUNNING;
      running++;
      ClientIdentity client = identity;
      try {
        executor.execute(() -> process(s, client));
      } catch (RejectedExecutionException e) {
        // The executor is shut down: the server is stopping.
        running--;
        done(s, failed(e, client));
      }
    }
  }

  /** On a virtual thread. */
  private void process(Slot<R, A> s, ClientIdentity client) {
    A answer;
    try {
      answer = work(s.request, client);
    } catch (Throwable t) {
      answer = failed(t, client);
    }
    A a = answer;
    try {
      EventLoopMailbox.of(ctx.executor()).post(() -> completed(s, a));
    } catch (RejectedExecutionException e) {
      // The event loop is gone: the server stopped after its grace period; nobody to answer.
      log.debug("answer dropped: the connection's event loop has shut down");
    }
  }

  private void completed(Slot<R, A> s, A answer) {
    running--;
    if (!ctx.channel().isActive()) {
      s.state = State.DONE;
      s.request = null;
      slots.remove(s);
      inFlight.end();
      return;
    }
    done(s, answer);
    writeReady();
    submit(); // requests received before a refusal that closes are still answered
    writeReady(); // a request refused by a stopping executor is answered at once
    updateReading();
  }

  /** Writes every answered request at the head of the queue, in order. */
  final void writeReady() {
    boolean wrote = false;
    while (!slots.isEmpty() && slots.peek().state == State.DONE) {
      Slot<R, A> s = slots.poll();
      boolean close = closesAfter(s, draining && slots.isEmpty());
      Object m = message(s, close);
      if (m != null) {
        ctx.write(m).addListener(f -> inFlight.end());
        wrote = true;
      } else {
        inFlight.end();
      }
      if (close) {
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
    for (Iterator<Slot<R, A>> it = slots.iterator(); it.hasNext(); ) {
      Slot<R, A> s = it.next();
      if (s.state != State.RUNNING) {
        it.remove();
        inFlight.end();
      }
    }
  }

  final void updateReading() {
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
          log.debug("{}connection from {} authenticated as {}", kind, ctx.channel().remoteAddress(), identity.subject());
        } else {
          closing = true;
          ctx.close();
        }
      } else {
        logHandshakeFailure(e.cause());
      }
    } else if (evt instanceof IdleStateEvent) {
      if (slots.isEmpty()) {
        log.debug("closing idle {}connection from {}", kind, ctx.channel().remoteAddress());
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
  final boolean identify() {
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
      log.warn("{}connection from {} has no verified client certificate: closing", kind, ctx.channel().remoteAddress());
      return false;
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (identity == null && causedBy(cause, SSLException.class)) {
      logHandshakeFailure(cause);
    } else if (causedBy(cause, SSLException.class) || causedBy(cause, IOException.class)) {
      log.debug("{}connection from {} failed: {}", kind, ctx.channel().remoteAddress(), rootMessage(cause));
    } else {
      log.warn("closing {}connection from {} after an unexpected error", kind, ctx.channel().remoteAddress(), cause);
    }
    closing = true;
    ctx.close();
  }

  /** Once per connection: a refused client (no, untrusted or unfit certificate; old protocol). */
  private void logHandshakeFailure(Throwable cause) {
    if (!handshakeFailureLogged) {
      handshakeFailureLogged = true;
      log.info("TLS handshake with {}{} failed: {}", ctx.channel().remoteAddress(), kind.isEmpty() ? "" : " (HTTPS)",
          rootMessage(cause));
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
