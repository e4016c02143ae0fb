package dev.clavis.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * KMIP over HTTPS (KMIP Additional Message Encodings v1.0 §2 "HTTPS Profile"; KMIP Profiles
 * v1.4 §5.3, v2.1 §6.3; docs/adr/0006-kmip-over-https.md): {@code POST /kmip} on its own port,
 * with the body in binary TTLV, XML or JSON as its {@code Content-Type} says, answered in kind.
 * The same {@link MessageProcessor}, TLS policy ({@link ServerTls}: client certificate required,
 * clientAuth EKU), identities ({@link ClientIdentity}) and limits as the TTLV socket
 * ({@link KmipServer}). One pipeline per connection:
 *
 * <pre>
 * SslHandler (TLS 1.3/1.2, client certificate required, handshake timeout)
 *   → IdleStateHandler (idle timeout)
 *   → HttpServerCodec (request line ≤ 4 KiB, headers ≤ 8 KiB)
 *   → BoundedAggregator (body ≤ max-frame-bytes; a longer Content-Length is refused unread: 413)
 *   → KmipHttpHandler (routing, encoding, virtual-thread hand-off, responses in request order)
 * </pre>
 *
 * Connections over the caps ({@code max-connections}, {@code max-connections-per-address},
 * counted for this listener) are closed before TLS starts. The event loops, caps, TLS context
 * and stop are {@link TlsListener}'s, shared with {@link KmipServer}.
 */
public final class KmipHttpsServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KmipHttpsServer.class);

  static final int MAX_INITIAL_LINE_BYTES = 4096;
  static final int MAX_HEADER_BYTES = 8192;

  private final ServerConfig config;
  private final TlsListener listener;

  private KmipHttpsServer(ServerConfig config, TlsListener listener) {
    this.config = config;
    this.listener = listener;
  }

  /**
   * Listens on {@link ServerConfig#httpsPort()} of {@link ServerConfig#bind()}.
   *
   * @throws IllegalArgumentException when the HTTPS port is 0 (off)
   */
  public static KmipHttpsServer start(ServerConfig config, MessageProcessor processor) {
    if (config.httpsPort() == 0) {
      throw new IllegalArgumentException("server.https-port: 0 (expected: a port; 0 turns KMIP over HTTPS off)");
    }
    return start(config, config.httpsPort(), processor);
  }

  /**
   * Listens on {@code port} of {@link ServerConfig#bind()}; here 0 picks a free port (tests).
   * The TLS files must be configured ({@link ServerConfig.TlsSettings#configured()}).
   */
  public static KmipHttpsServer start(ServerConfig config, int port, MessageProcessor processor) {
    ServerLimits limits = config.limits();
    HttpMessageCodec codec = new HttpMessageCodec(limits);
    TlsListener listener = TlsListener.start("kmip-https", "KMIP over HTTPS", log, config, port, "cannot listen (HTTPS)",
        (p, l) -> {
          p.addLast("http", new HttpServerCodec(MAX_INITIAL_LINE_BYTES, MAX_HEADER_BYTES, 64 * 1024));
          p.addLast("aggregator", new BoundedAggregator(limits.maxFrameBytes()));
          p.addLast("requests", new KmipHttpHandler(processor, codec, l.executor(), l.inFlight(), limits));
        });
    KmipHttpsServer server = new KmipHttpsServer(config, listener);
    log.info("KMIP over HTTPS listening on {}:{} (POST {}, TLS {}, client certificate required)",
        server.address().getAddress().getHostAddress(), server.address().getPort(), KmipHttpHandler.PATH,
        String.join("/", config.tls().protocols()));
    return server;
  }

  /**
   * Bounds the body by the frame limit. A request whose {@code Content-Length} (or whose chunks)
   * go over it is not buffered: the aggregator discards its body and passes a
   * {@link KmipHttpHandler.TooLarge} on, so that the 413 keeps its place among pipelined answers.
   */
  static final class BoundedAggregator extends HttpObjectAggregator {
    BoundedAggregator(int maxContentLength) {
      super(maxContentLength);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
      ctx.fireChannelRead(new KmipHttpHandler.TooLarge(HttpUtil.getContentLength(oversized, -1L)));
    }
  }

  /** The bound address (with the real port when asked for port 0). */
  public InetSocketAddress address() {
    return listener.address();
  }

  /** Open connections, for tests and monitoring. */
  int openConnections() {
    return listener.openConnections();
  }

  /** Requests received and not yet answered. */
  int requestsInFlight() {
    return listener.inFlight().count();
  }

  /**
   * Graceful stop: stops accepting, stops reading new requests, waits up to {@code grace} for the
   * requests in flight to be answered, then closes every connection. Idempotent.
   */
  public void stop(Duration grace) {
    listener.stop(grace);
  }

  /** Stops with the configured grace period. */
  @Override
  public void close() {
    stop(config.limits().shutdownGrace());
  }

  /** Blocks until {@link #stop} has finished. */
  public void awaitTermination() {
    listener.awaitTermination();
  }
}
