package dev.clavis.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * accepting, lets requests in flight finish within a grace period, then closes.
 */
public final class KmipServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KmipServer.class);
  static final String REJECT_RENEGOTIATION = "jdk.tls.rejectClientInitiatedRenegotiation";

  private final ServerConfig config;
  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final ExecutorService executor;
  private final ChannelGroup channels = new DefaultChannelGroup("kmip-connections", GlobalEventExecutor.INSTANCE);
  private final InFlightRequests inFlight = new InFlightRequests();
  private final ConnectionLimiter limiter;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final CountDownLatch terminated = new CountDownLatch(1);
  private Channel serverChannel;
  private ServerTlsContext tls;

  static {
    // A TLS 1.2 client may not renegotiate (a CPU-exhaustion lever; KMIP never needs it). Read
    // once by SunJSSE when its server handshake class loads; an explicit setting is kept.
    if (System.getProperty(REJECT_RENEGOTIATION) == null) {
      System.setProperty(REJECT_RENEGOTIATION, "true");
    }
  }

  private KmipServer(ServerConfig config) {
    this.config = config;
    this.boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("kmip-accept"), NioIoHandler.newFactory());
    this.workers = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("kmip-io"), NioIoHandler.newFactory());
    this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("kmip-request-", 0).factory());
    this.limiter = new ConnectionLimiter(config.limits().maxConnections(), config.limits().maxConnectionsPerAddress());
  }

  /**
   * Binds and starts serving. The TLS files must be configured ({@link ServerConfig.TlsSettings#configured()}).
   *
   * @param rejectionResponse the response sent before closing a connection whose framing failed
   *     (wrong header, over-long length), or {@code null} to close without one
   */
  public static KmipServer start(
      ServerConfig config, MessageProcessor processor, Function<KmipFrameDecoder.Rejected, byte[]> rejectionResponse) {
    ServerTlsContext ssl = ServerTlsContext.open(config.tls());
    KmipServer server = new KmipServer(config);
    server.tls = ssl;
    try {
      server.bind(ssl, processor, rejectionResponse);
    } catch (RuntimeException e) {
      server.stop(Duration.ZERO);
      throw e;
    }
    return server;
  }

  /** Starts with no framing error response (connections with bad framing are just closed). */
  public static KmipServer start(ServerConfig config, MessageProcessor processor) {
    return start(config, processor, r -> null);
  }

  private void bind(ServerTlsContext ssl, MessageProcessor processor, Function<KmipFrameDecoder.Rejected, byte[]> rejection) {
    ServerLimits limits = config.limits();
    ServerBootstrap b = new ServerBootstrap()
        .group(boss, workers)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 1024)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            InetAddress peer = ch.remoteAddress().getAddress();
            if (!limiter.tryAcquire(peer)) {
              ch.close();
              return;
            }
            ch.closeFuture().addListener(f -> limiter.release(peer));
            channels.add(ch);
            SslHandler tls = ssl.current().newHandler(ch.alloc());
            tls.setHandshakeTimeoutMillis(limits.handshakeTimeout().toMillis());
            ChannelPipeline p = ch.pipeline();
            p.addLast("tls", tls);
            p.addLast("idle", new IdleStateHandler(0, 0, limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
            p.addLast("frames", new KmipFrameDecoder(limits.maxFrameBytes()));
            p.addLast("requests", new KmipRequestHandler(processor, executor, inFlight, limits, rejection));
          }
        });
    InetSocketAddress address = new InetSocketAddress(config.bind(), config.port());
    if (address.isUnresolved()) {
      throw new IllegalStateException("server.bind: " + config.bind() + " (expected: an address of this host)");
    }
    try {
      serverChannel = b.bind(address).syncUninterruptibly().channel();
    } catch (Exception e) {
      throw new IllegalStateException("cannot listen on " + address.getHostString() + ":" + config.port() + ": " + e.getMessage(), e);
    }
    log.info("listening on {}:{} (TLS {}, client certificate required)",
        address().getAddress().getHostAddress(), address().getPort(), String.join("/", config.tls().protocols()));
  }

  /** The bound address (with the real port when the configuration asked for port 0). */
  public InetSocketAddress address() {
    return (InetSocketAddress) serverChannel.localAddress();
  }

  public ServerConfig config() {
    return config;
  }

  /** The TLS context, re-read when its files change. */
  ServerTlsContext tls() {
    return tls;
  }

  /** Open connections, for tests and monitoring. */
  int openConnections() {
    return limiter.total();
  }

  /** Requests received and not yet answered. */
  int requestsInFlight() {
    return inFlight.count();
  }

  /**
   * Graceful stop: stops accepting, stops reading new requests, waits up to {@code grace} for the
   * requests in flight to be answered, then closes every connection. Idempotent.
   */
  public void stop(Duration grace) {
    if (!stopped.compareAndSet(false, true)) {
      awaitTermination();
      return;
    }
    try {
      ListenerShutdown.drainAndClose("KMIP", log, serverChannel, tls, channels, inFlight, executor, boss, workers,
          grace);
    } finally {
      terminated.countDown();
    }
  }

  /** Stops with the configured grace period. */
  @Override
  public void close() {
    stop(config.limits().shutdownGrace());
  }

  /** Blocks until {@link #stop} has finished. */
  public void awaitTermination() {
    try {
      terminated.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
