package dev.clavis.server;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KMIP TTLV server over mutual TLS (DESIGN §1): Netty NIO, one pipeline per connection:
 *
 * <pre>
 * SslHandler (TLS 1.3/1.2, client certificate required, handshake timeout)
 *   → IdleStateHandler (idle timeout)
 *   → KmipFrameDecoder (8-byte TTLV header checked before buffering)
 *   → KmipRequestHandler (virtual-thread hand-off, responses in request order)
 * </pre>
 *
 * Connections over the caps are closed before TLS starts. {@link #stop(Duration)} stops
 * accepting, lets requests in flight finish within a grace period, then closes. The event loops,
 * caps, TLS context and stop are {@link TlsListener}'s, shared with {@link KmipHttpsServer}.
 */
public final class KmipServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KmipServer.class);
  static final String REJECT_RENEGOTIATION = TlsListener.REJECT_RENEGOTIATION;

  private final ServerConfig config;
  private final TlsListener listener;

  private KmipServer(ServerConfig config, TlsListener listener) {
    this.config = config;
    this.listener = listener;
  }

  /**
   * Binds and starts serving. The TLS files must be configured ({@link ServerConfig.TlsSettings#configured()}).
   *
   * @param rejectionResponse the response sent before closing a connection whose framing failed
   *     (wrong header, over-long length), or {@code null} to close without one
   */
  public static KmipServer start(
      ServerConfig config, MessageProcessor processor, Function<KmipFrameDecoder.Rejected, byte[]> rejectionResponse) {
    ServerLimits limits = config.limits();
    TlsListener listener = TlsListener.start("kmip", "KMIP", log, config, config.port(), "cannot listen", (p, l) -> {
      p.addLast("frames", new KmipFrameDecoder(limits.maxFrameBytes()));
      p.addLast("requests", new KmipRequestHandler(processor, l.executor(), l.inFlight(), limits, rejectionResponse));
    });
    KmipServer server = new KmipServer(config, listener);
    log.info("listening on {}:{} (TLS {}, client certificate required; {} transport)",
        server.address().getAddress().getHostAddress(), server.address().getPort(), String.join("/", config.tls().protocols()),
        TlsListener.EPOLL ? "epoll" : "NIO");
    return server;
  }

  /** Starts with no framing error response (connections with bad framing are just closed). */
  public static KmipServer start(ServerConfig config, MessageProcessor processor) {
    return start(config, processor, r -> null);
  }

  /** The bound address (with the real port when the configuration asked for port 0). */
  public InetSocketAddress address() {
    return listener.address();
  }

  public ServerConfig config() {
    return config;
  }

  /** The TLS context, re-read when its files change. */
  ServerTlsContext tls() {
    return listener.tls();
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
