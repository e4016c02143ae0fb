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
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
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
import java.util.function.BiConsumer;
import org.slf4j.Logger;

/**
 * What the TTLV listener ({@link KmipServer}) and the HTTPS listener ({@link KmipHttpsServer})
 * share: Netty event loops (the native epoll transport on Linux, NIO elsewhere or when it does not
 * load: {@link #EPOLL}), a virtual-thread executor for request work, the connection caps
 * ({@code max-connections}, {@code max-connections-per-address}: over them a connection is closed
 * before TLS starts), the TLS context re-read when its files change ({@link ServerTlsContext}),
 * and the graceful stop ({@link ListenerShutdown}). Each connection's pipeline starts with
 *
 * <pre>
 * SslHandler (TLS 1.3/1.2, client certificate required, handshake timeout)
 *   → IdleStateHandler (idle timeout)
 * </pre>
 *
 * and the listener adds the rest (its framing and its {@link OrderedRequestHandler}).
 */
final class TlsListener {

  static final String REJECT_RENEGOTIATION = "jdk.tls.rejectClientInitiatedRenegotiation";

  static {
    // A TLS 1.2 client may not renegotiate (a CPU-exhaustion lever; KMIP never needs it). Read
    // once by SunJSSE when its server handshake class loads; an explicit setting is kept.
    // (BoringSSL refuses renegotiation whatever this says.)
    if (System.getProperty(REJECT_RENEGOTIATION) == null) {
      System.setProperty(REJECT_RENEGOTIATION, "true");
    }
  }

  /**
   * Whether the event loops use Netty's native epoll transport: edge-triggered epoll and writes
   * straight from the direct buffers, without the JDK selector's key sets and its copy into a
   * temporary buffer (measured: docs/performance.md). System property {@code clavis.transport=nio}
   * forces NIO.
   */
  static final boolean EPOLL = !"nio".equals(System.getProperty("clavis.transport")) && Epoll.isAvailable();

  private final String what;
  private final Logger log;
  private final ServerConfig config;
  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final ExecutorService executor;
  private final ChannelGroup channels;
  private final InFlightRequests inFlight = new InFlightRequests();
  private final ConnectionLimiter limiter;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final CountDownLatch terminated = new CountDownLatch(1);
  private volatile Channel serverChannel;
  private volatile ServerTlsContext tls;

  /**
   * @param name the thread and channel group name prefix ({@code kmip}, {@code kmip-https})
   * @param what the listener's name in log lines ({@code KMIP}, {@code KMIP over HTTPS})
   */
  private TlsListener(String name, String what, Logger log, ServerConfig config) {
    this.what = what;
    this.log = log;
    this.config = config;
    this.boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory(name + "-accept"), ioHandlers());
    this.workers = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory(name + "-io"), ioHandlers());
    this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(name + "-request-", 0).factory());
    this.channels = new DefaultChannelGroup(name + "-connections", GlobalEventExecutor.INSTANCE);
    this.limiter = new ConnectionLimiter(config.limits().maxConnections(), config.limits().maxConnectionsPerAddress());
  }

  private static IoHandlerFactory ioHandlers() {
    return EPOLL ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
  }

  private static Class<? extends ServerChannel> serverChannelType() {
    return EPOLL ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
  }

  /**
   * Reads the TLS files, binds {@code port} of {@link ServerConfig#bind()} and serves; {@code
   * handlers} adds a connection's handlers after TLS and the idle timer.
   *
   * @param cannotListen the start of the error when the address cannot be bound ("cannot listen")
   * @throws IllegalStateException when the TLS files do not load or the address cannot be bound
   */
  static TlsListener start(String name, String what, Logger log, ServerConfig config, int port, String cannotListen,
      BiConsumer<ChannelPipeline, TlsListener> handlers) {
    ServerTlsContext ssl = ServerTlsContext.open(config.tls());
    TlsListener listener = new TlsListener(name, what, log, config);
    listener.tls = ssl;
    try {
      listener.bind(port, cannotListen, handlers);
    } catch (RuntimeException e) {
      listener.stop(Duration.ZERO);
      throw e;
    }
    return listener;
  }

  private void bind(int port, String cannotListen, BiConsumer<ChannelPipeline, TlsListener> handlers) {
    ServerLimits limits = config.limits();
    ServerTlsContext ssl = tls;
    ServerBootstrap b = new ServerBootstrap()
        .group(boss, workers)
        .channel(serverChannelType())
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
            SslHandler tlsHandler = ssl.current().newHandler(ch.alloc());
            tlsHandler.setHandshakeTimeoutMillis(limits.handshakeTimeout().toMillis());
            ChannelPipeline p = ch.pipeline();
            p.addLast("tls", tlsHandler);
            p.addLast("idle", new IdleStateHandler(0, 0, limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
            handlers.accept(p, TlsListener.this);
          }
        });
    InetSocketAddress address = new InetSocketAddress(config.bind(), port);
    if (address.isUnresolved()) {
      throw new IllegalStateException("server.bind: " + config.bind() + " (expected: an address of this host)");
    }
    try {
      serverChannel = b.bind(address).syncUninterruptibly().channel();
    } catch (Exception e) {
      throw new IllegalStateException(cannotListen + " on " + address.getHostString() + ":" + port + ": " + e.getMessage(), e);
    }
  }

  /** Runs the requests' work: one virtual thread per request. */
  ExecutorService executor() {
    return executor;
  }

  /** Requests received and not yet answered, over all connections. */
  InFlightRequests inFlight() {
    return inFlight;
  }

  /** The bound address (with the real port when port 0 was asked for). */
  InetSocketAddress address() {
    return (InetSocketAddress) serverChannel.localAddress();
  }

  ServerTlsContext tls() {
    return tls;
  }

  int openConnections() {
    return limiter.total();
  }

  /**
   * Graceful stop: stops accepting, stops reading new requests, waits up to {@code grace} for the
   * requests in flight to be answered, then closes every connection. Idempotent.
   */
  void stop(Duration grace) {
    if (!stopped.compareAndSet(false, true)) {
      awaitTermination();
      return;
    }
    try {
      ListenerShutdown.drainAndClose(what, log, serverChannel, tls, channels, inFlight, executor, boss, workers, grace);
    } finally {
      terminated.countDown();
    }
  }

  /** Blocks until {@link #stop} has finished. */
  void awaitTermination() {
    try {
      terminated.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
