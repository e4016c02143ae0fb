package dev.clavis.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
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
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
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
 * counted for this listener) are closed before TLS starts.
 */
public final class KmipHttpsServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KmipHttpsServer.class);

  static final int MAX_INITIAL_LINE_BYTES = 4096;
  static final int MAX_HEADER_BYTES = 8192;

  private final ServerConfig config;
  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final ExecutorService executor;
  private final ChannelGroup channels = new DefaultChannelGroup("kmip-https-connections", GlobalEventExecutor.INSTANCE);
  private final InFlightRequests inFlight = new InFlightRequests();
  private final ConnectionLimiter limiter;
  private final HttpMessageCodec codec;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final CountDownLatch terminated = new CountDownLatch(1);
  private Channel serverChannel;
  /** The TLS context, re-read when its files change (as for the TTLV port). */
  private ServerTlsContext tls;

  static {
    // As KmipServer: no client-initiated TLS 1.2 renegotiation.
    if (System.getProperty(KmipServer.REJECT_RENEGOTIATION) == null) {
      System.setProperty(KmipServer.REJECT_RENEGOTIATION, "true");
    }
  }

  private KmipHttpsServer(ServerConfig config) {
    this.config = config;
    this.boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("kmip-https-accept"), NioIoHandler.newFactory());
    this.workers = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("kmip-https-io"), NioIoHandler.newFactory());
    this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("kmip-https-request-", 0).factory());
    this.limiter = new ConnectionLimiter(config.limits().maxConnections(), config.limits().maxConnectionsPerAddress());
    this.codec = new HttpMessageCodec(config.limits());
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
    ServerTlsContext ssl = ServerTlsContext.open(config.tls());
    KmipHttpsServer server = new KmipHttpsServer(config);
    server.tls = ssl;
    try {
      server.bind(ssl, port, processor);
    } catch (RuntimeException e) {
      server.stop(Duration.ZERO);
      throw e;
    }
    return server;
  }

  private void bind(ServerTlsContext ssl, int port, MessageProcessor processor) {
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
            p.addLast("http", new HttpServerCodec(MAX_INITIAL_LINE_BYTES, MAX_HEADER_BYTES, 64 * 1024));
            p.addLast("aggregator", new BoundedAggregator(limits.maxFrameBytes()));
            p.addLast("requests", new KmipHttpHandler(processor, codec, executor, inFlight, limits));
          }
        });
    InetSocketAddress address = new InetSocketAddress(config.bind(), port);
    if (address.isUnresolved()) {
      throw new IllegalStateException("server.bind: " + config.bind() + " (expected: an address of this host)");
    }
    try {
      serverChannel = b.bind(address).syncUninterruptibly().channel();
    } catch (Exception e) {
      throw new IllegalStateException("cannot listen (HTTPS) on " + address.getHostString() + ":" + port + ": " + e.getMessage(), e);
    }
    log.info("KMIP over HTTPS listening on {}:{} (POST {}, TLS {}, client certificate required)",
        address().getAddress().getHostAddress(), address().getPort(), KmipHttpHandler.PATH,
        String.join("/", config.tls().protocols()));
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
    return (InetSocketAddress) serverChannel.localAddress();
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
      ListenerShutdown.drainAndClose("KMIP over HTTPS", log, serverChannel, tls, channels, inFlight, executor, boss, workers,
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
