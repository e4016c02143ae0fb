package dev.clavis.client;

import dev.clavis.codec.DiscoverVersionsRequestPayload;
import dev.clavis.codec.RequestBatchItem;
import dev.clavis.codec.RequestHeader;
import dev.clavis.codec.RequestMessage;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultStatus;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.OpenSslCachingX509KeyManagerFactory;
import io.netty.handler.ssl.OpenSslSessionContext;
import io.netty.handler.ssl.ReferenceCountedOpenSslEngine;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.ssl.SslProvider;
import io.netty.internal.tcnative.SSL;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509KeyManager;

/**
 * {@code clavis bench --mode handshake --tls-provider openssl}: full mutual-TLS handshakes made
 * with BoringSSL (netty-tcnative) on a Netty event loop, so that the load generator's own TLS
 * arithmetic (EC P-256 in Java with the JDK client: about twice the server's CPU per handshake,
 * docs/adr/0012) does not decide the figure on a machine it shares with the server.
 *
 * <p>Each {@link #once} connects, completes a full handshake (the client context caches no
 * session, so nothing is resumed — a resumed session is reported as an error), sends one
 * Discover Versions, reads its response (Result Status Success expected) and closes. The server
 * certificate is verified against the CA and the host name (endpoint identification "HTTPS"), as
 * with the JDK client.
 */
final class OpenSslHandshakes implements AutoCloseable {

  private static final int MAX_RESPONSE_BYTES = 1 << 20;

  private final SslContext context;
  private final EventLoopGroup group;
  private final String host;
  private final int port;
  private final Duration timeout;
  private final byte[] discoverVersions;

  /** Whether BoringSSL loaded here (netty-tcnative for this platform). */
  static boolean available() {
    return OpenSsl.isAvailable();
  }

  OpenSslHandshakes(KeyManager[] keys, TrustManager[] trust, String host, int port, KmipVersion version,
      Duration timeout, int threads) {
    X509KeyManager key = null;
    for (KeyManager k : keys) {
      if (k instanceof X509KeyManager x) {
        key = x;
      }
    }
    if (key == null || trust.length == 0) {
      throw new IllegalArgumentException("TLS: a client key and a trusted CA are needed for --tls-provider openssl");
    }
    try {
      this.context = SslContextBuilder.forClient()
          .sslProvider(SslProvider.OPENSSL)
          .keyManager(cachingKeyManagers(key))
          .trustManager(trust[0])
          .protocols("TLSv1.3", "TLSv1.2")
          .build();
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("TLS: cannot make a BoringSSL client context: " + e.getMessage(), e);
    }
    // No client-side session cache: every handshake is a full one.
    if (context.sessionContext() instanceof OpenSslSessionContext s) {
      s.setSessionCacheEnabled(false);
    }
    this.group = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("bench-openssl", true),
        NioIoHandler.newFactory());
    this.host = host;
    this.port = port;
    this.timeout = timeout;
    this.discoverVersions = TtlvEncoder.encode(new RequestMessage(RequestHeader.of(version, 1),
        List.of(RequestBatchItem.of(new DiscoverVersionsRequestPayload(List.of()), null, version))).toTtlv());
  }

  /**
   * The client key as a key manager factory whose OpenSSL key material is encoded once and cached:
   * a plain Java key manager has Netty convert the private key for BoringSSL on every handshake.
   */
  private static KeyManagerFactory cachingKeyManagers(X509KeyManager key) throws GeneralSecurityException, java.io.IOException {
    String alias = key.chooseClientAlias(new String[] {"EC", "RSA"}, null, null);
    PrivateKey privateKey = alias == null ? null : key.getPrivateKey(alias);
    X509Certificate[] chain = alias == null ? null : key.getCertificateChain(alias);
    if (privateKey == null || chain == null) {
      throw new GeneralSecurityException("no EC or RSA client key with a certificate chain");
    }
    char[] password = new char[0];
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("client", privateKey, password, chain);
    KeyManagerFactory plain = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    plain.init(store, password);
    KeyManagerFactory caching = new OpenSslCachingX509KeyManagerFactory(plain);
    caching.init(store, password);
    return caching;
  }

  /**
   * One connection: full handshake, Discover Versions, close.
   *
   * @throws IllegalStateException when any step fails or takes longer than the timeout
   */
  void once() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Bootstrap b = new Bootstrap()
        .group(group)
        .channel(NioSocketChannel.class)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
        .handler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            SslHandler tls = context.newHandler(ch.alloc(), host, port);
            SSLEngine engine = tls.engine();
            SSLParameters p = engine.getSSLParameters();
            p.setEndpointIdentificationAlgorithm("HTTPS");
            engine.setSSLParameters(p);
            ch.pipeline().addLast(tls,
                // TTLV: tag (3) and type (1), then the 4-byte length of the value
                new LengthFieldBasedFrameDecoder(MAX_RESPONSE_BYTES, 4, 4, 0, 0),
                new Exchange(done, engine));
          }
        });
    Channel ch = null;
    try {
      ch = b.connect(host, port).addListener(f -> {
        if (!f.isSuccess()) {
          done.completeExceptionally(f.cause());
        }
      }).channel();
      done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(host + ":" + port + ": " + KmipClient.describe(e.getCause()), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(host + ":" + port + ": no answer within " + timeout.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(host + ":" + port + ": interrupted", e);
    } finally {
      if (ch != null) {
        ch.close();
      }
    }
  }

  /** After the handshake: the request; on the response: its check, then close. */
  private final class Exchange extends SimpleChannelInboundHandler<ByteBuf> {
    private final CompletableFuture<Void> done;
    private final SSLEngine engine;

    Exchange(CompletableFuture<Void> done, SSLEngine engine) {
      this.done = done;
      this.engine = engine;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
      if (evt instanceof SslHandshakeCompletionEvent e) {
        if (!e.isSuccess()) {
          done.completeExceptionally(e.cause());
          ctx.close();
        } else if (engine instanceof ReferenceCountedOpenSslEngine o && SSL.isSessionReused(o.sslPointer())) {
          done.completeExceptionally(new IllegalStateException("the TLS session was resumed (expected: a full handshake)"));
          ctx.close();
        } else {
          ctx.writeAndFlush(Unpooled.wrappedBuffer(discoverVersions));
        }
      }
      ctx.fireUserEventTriggered(evt);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
      try {
        ResponseMessage r = ResponseMessage.fromTtlv(TtlvDecoder.decode(ByteBufUtil.getBytes(frame), TtlvLimits.DEFAULT));
        if (r.batchItems().size() == 1 && r.batchItems().get(0).resultStatus() == ResultStatus.SUCCESS) {
          done.complete(null);
        } else {
          done.completeExceptionally(new IllegalStateException("Discover Versions: not Success"));
        }
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
      }
      ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      done.completeExceptionally(new IllegalStateException("connection closed before the response"));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      done.completeExceptionally(cause);
      ctx.close();
    }
  }

  @Override
  public void close() {
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
