package dev.clavis.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a TTLV connection: each framed request is processed on the executor and
 * answered in request order ({@link OrderedRequestHandler}). A frame the decoder rejected (wrong
 * header, over-long length) is answered with {@code rejectionResponse}, if any, after the requests
 * before it, and the connection closes; so does a request whose processing fails or whose
 * response is empty or over {@code max-response-bytes}.
 */
final class KmipRequestHandler extends OrderedRequestHandler<byte[], KmipRequestHandler.Reply> {

  private static final Logger log = LoggerFactory.getLogger(KmipRequestHandler.class);

  /** User event: the server is shutting down; take no more requests, close once answered. */
  static final Object DRAIN = OrderedRequestHandler.DRAIN;

  /** A response to write (or none), and whether the connection closes after it. */
  record Reply(byte[] response, boolean close) {}

  private final MessageProcessor processor;
  private final int maxResponseBytes;
  private final Function<KmipFrameDecoder.Rejected, byte[]> rejectionResponse;

  KmipRequestHandler(
      MessageProcessor processor,
      Executor executor,
      InFlightRequests inFlight,
      ServerLimits limits,
      Function<KmipFrameDecoder.Rejected, byte[]> rejectionResponse) {
    super(log, "", executor, inFlight, limits);
    this.processor = processor;
    this.maxResponseBytes = limits.maxResponseBytes();
    this.rejectionResponse = rejectionResponse;
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
      enqueue(newSlot(true), request);
    } else if (msg instanceof KmipFrameDecoder.Rejected r) {
      log.info("closing connection from {}: {}", ctx.channel().remoteAddress(), r.reason());
      done(newSlot(true), new Reply(rejectionResponse.apply(r), true));
      closing = true;
      writeReady();
    } else {
      throw new IllegalArgumentException("message: " + msg.getClass().getName() + " (expected: byte[] or Rejected)");
    }
    updateReading();
  }

  @Override
  Reply work(byte[] request, ClientIdentity client) {
    byte[] response = processor.process(request, client);
    if (response == null || response.length > maxResponseBytes) {
      log.warn("closing connection from {}: response of {} bytes (expected: 1 to {} bytes)",
          client.peer(), response == null ? "null" : response.length, maxResponseBytes);
      return new Reply(null, true);
    }
    return new Reply(response, false);
  }

  @Override
  Reply failed(Throwable cause, ClientIdentity client) {
    if (cause instanceof java.util.concurrent.RejectedExecutionException) {
      return new Reply(null, true); // the server is stopping
    }
    log.warn("closing connection from {}: the request could not be answered", client.peer(), cause);
    return new Reply(null, true);
  }

  @Override
  boolean closesAfter(Slot<byte[], Reply> s, boolean last) {
    return s.answer.close();
  }

  @Override
  Object message(Slot<byte[], Reply> s, boolean close) {
    return s.answer.response() == null ? null : Unpooled.wrappedBuffer(s.answer.response());
  }

  static String rootMessage(Throwable t) {
    return OrderedRequestHandler.rootMessage(t);
  }
}
