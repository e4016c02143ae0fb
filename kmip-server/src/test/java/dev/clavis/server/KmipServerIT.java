package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The transport over real TLS sockets on port 0, with the development PKI. */
class KmipServerIT {

  static final TestPki PKI = TestPki.get();

  @TempDir Path dataDir;

  private final List<KmipServer> servers = new ArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final List<ClientIdentity> identities = new CopyOnWriteArrayList<>();

  /** The test processor: counts calls, records the identity, answers with {@link TestClient#answer}. */
  private final MessageProcessor echo = (request, client) -> {
    calls.incrementAndGet();
    identities.add(client);
    return TestClient.answer(request);
  };

  @AfterEach
  void stopServers() {
    servers.forEach(s -> s.stop(Duration.ZERO));
  }

  private KmipServer start(MessageProcessor processor, Map<String, String> overrides, boolean requireEku) {
    Map<String, String> o = new HashMap<>(overrides);
    o.put("server.port", "0");
    o.put("server.data-dir", dataDir.toString());
    ServerConfig config = ConfigReader.read(null, o).withTls(PKI.serverTls(requireEku));
    KmipServer s = KmipServer.start(config, processor);
    servers.add(s);
    return s;
  }

  private KmipServer start(MessageProcessor processor, Map<String, String> overrides) {
    return start(processor, overrides, true);
  }

  private KmipServer start(MessageProcessor processor) {
    return start(processor, Map.of());
  }

  private static SSLContext devClient() throws Exception {
    return TestClient.context(PKI.trusted.clientCert(), PKI.trusted.clientKey(), PKI.trusted.caCert());
  }

  /**
   * The server refuses a client: either the handshake fails, or (TLS 1.3, where the client
   * finishes first) the first read after it fails or ends the stream. A request sent meanwhile
   * is never processed.
   */
  private void assertRefused(SSLContext ctx, InetSocketAddress address, String... protocols) throws Exception {
    try (TestClient c = TestClient.connect(ctx, address, protocols)) {
      try {
        c.send(TestClient.request(1));
      } catch (IOException alreadyClosed) {
        // the alert may have arrived before the write
      }
      assertThat(c.closedByServer()).isTrue();
    } catch (SSLException | java.net.SocketException refusedInHandshake) {
      // refused during the handshake: an alert, or the close already broke the pipe
      assertThat(refusedInHandshake).as("the server was listening").isNotInstanceOf(java.net.ConnectException.class);
    }
    assertThat(calls).as("processor never reached").hasValue(0);
  }

  @Test
  void answersARequestFromTheDevelopmentClientAndKnowsWhoItIs() throws Exception {
    KmipServer server = start(echo);
    try (TestClient c = TestClient.connect(devClient(), server.address())) {
      byte[] request = TestClient.request(42);
      c.send(request);
      assertThat(c.receive()).isEqualTo(TestClient.answer(request));
      assertThat(c.socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
    }
    ClientIdentity id = identities.get(0);
    assertThat(id.subject()).isEqualTo("CN=clavis-dev-client,O=Clavis development PKI");
    assertThat(id.subjectAlternativeNames()).isEmpty();
    assertThat(id.certificateChain()).hasSize(2);
    assertThat(id.certificate()).isEqualTo(TestPki.readChain(PKI.trusted.clientCert()).get(0));
    assertThat(((InetSocketAddress) id.peer()).getAddress().isLoopbackAddress()).isTrue();
    assertThat(id.toString()).contains("CN=clavis-dev-client").doesNotContain("BEGIN");
  }

  /**
   * TLS 1.3 session tickets (RFC 8446 §4.6.1): the server issues one after the handshake, a
   * reconnect with the same client context resumes with it (no certificate messages, no
   * signatures), and the resumed connection still knows the client's certificate. With the
   * OpenSSL provider Netty issues no tickets unless told to (ADR 0010); with either provider a
   * resumed session keeps the original session's creation time.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
  void reconnectsResumeTheTlsSessionAndKeepTheIdentity(String protocol) throws Exception {
    KmipServer server = start(echo);
    SSLContext ctx = devClient();
    long firstCreated;
    try (TestClient c = TestClient.connect(ctx, server.address(), protocol)) {
      byte[] request = TestClient.request(1);
      c.send(request);
      assertThat(c.receive()).isEqualTo(TestClient.answer(request)); // the ticket came before the answer
      firstCreated = c.socket.getSession().getCreationTime();
    }
    Thread.sleep(20);
    try (TestClient c = TestClient.connect(ctx, server.address(), protocol)) {
      byte[] request = TestClient.request(2);
      c.send(request);
      assertThat(c.receive()).isEqualTo(TestClient.answer(request));
      assertThat(c.socket.getSession().getProtocol()).isEqualTo(protocol);
      assertThat(c.socket.getSession().getCreationTime()).as("resumed: the first session's creation time").isEqualTo(firstCreated);
    }
    assertThat(identities).hasSize(2);
    assertThat(identities.get(1).subject()).isEqualTo("CN=clavis-dev-client,O=Clavis development PKI");
    assertThat(identities.get(1).certificate()).isEqualTo(identities.get(0).certificate());
  }

  @Test
  void tls12WithAForwardSecretAeadSuiteWorks() throws Exception {
    KmipServer server = start(echo);
    try (TestClient c = TestClient.connect(devClient(), server.address(), "TLSv1.2")) {
      c.send(TestClient.request(7));
      assertThat(TestClient.number(c.receive())).isEqualTo(7);
      assertThat(c.socket.getSession().getProtocol()).isEqualTo("TLSv1.2");
      assertThat(c.socket.getSession().getCipherSuite()).matches("TLS_(ECDHE_ECDSA|ECDHE_RSA|DHE_RSA)_WITH_(AES_\\d+_GCM_SHA\\d+|CHACHA20_POLY1305_SHA256)");
    }
  }

  @Test
  void tls12ClientRenegotiationIsRefused() throws Exception {
    KmipServer server = start(echo);
    try (TestClient c = TestClient.connect(devClient(), server.address(), "TLSv1.2")) {
      c.send(TestClient.request(1));
      assertThat(TestClient.number(c.receive())).isEqualTo(1);
      try {
        c.socket.startHandshake(); // a client-initiated renegotiation
        c.send(TestClient.request(2));
        assertThat(c.closedByServer()).isTrue();
      } catch (SSLException | java.net.SocketException refused) {
        // refused with an alert or a close
      }
    }
    assertThat(calls).as("nothing processed after the renegotiation attempt").hasValue(1);
  }

  @Test
  void tls12CbcSuitesAreRefused() throws Exception {
    KmipServer server = start(echo);
    javax.net.ssl.SSLSocket s = (javax.net.ssl.SSLSocket) devClient().getSocketFactory().createSocket();
    try (s) {
      s.connect(server.address(), TestClient.READ_TIMEOUT_MILLIS);
      s.setSoTimeout(TestClient.READ_TIMEOUT_MILLIS);
      s.setEnabledProtocols(new String[] {"TLSv1.2"});
      // CBC suites for either key type of the server certificate (EC by default, RSA on request).
      s.setEnabledCipherSuites(new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384"});
      assertThatThrownBy(s::startHandshake).isInstanceOf(SSLException.class);
    }
  }

  @Test
  void serverEnablesOnlyTls13And12AndTheForwardSecretSuites() {
    SSLEngine engine = ServerTls.serverContext(PKI.serverTls(true)).newEngine(io.netty.buffer.ByteBufAllocator.DEFAULT);
    // Netty's OpenSSL engine always lists the pseudo-protocol SSLv2Hello; BoringSSL parses no
    // SSLv2-format hello (the TLS 1.0/1.1 hellos below are refused by either provider).
    assertThat(engine.getEnabledProtocols()).filteredOn(p -> !p.equals("SSLv2Hello")).containsExactlyInAnyOrder("TLSv1.3", "TLSv1.2");
    assertThat(engine.getEnabledProtocols()).doesNotContain("TLSv1", "TLSv1.1", "SSLv3");
    assertThat(engine.getEnabledCipherSuites()).isNotEmpty().allSatisfy(suite ->
        assertThat(suite).matches("TLS_(AES|CHACHA20)_.*|TLS_(ECDHE|DHE)_(RSA|ECDSA)_WITH_.*(GCM|POLY1305).*"));
    assertThat(engine.getNeedClientAuth()).isTrue();
  }

  @Test
  void pipelinedRequestsAreAnsweredInRequestOrderWhateverTheProcessingOrder() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostRunning = new AtomicInteger();
    MessageProcessor slow = (request, client) -> {
      int now = running.incrementAndGet();
      mostRunning.accumulateAndGet(now, Math::max);
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(0, 15));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      return TestClient.answer(request);
    };
    int inFlight = 8;
    KmipServer server = start(slow, Map.of("limits.max-in-flight-per-connection", Integer.toString(inFlight)));
    try (TestClient c = TestClient.connect(devClient(), server.address())) {
      ByteBuffer all = ByteBuffer.allocate(100 * 24);
      for (int i = 0; i < 100; i++) {
        all.put(TestClient.request(i));
      }
      c.send(all.array()); // all 100 written before reading any response
      for (int i = 0; i < 100; i++) {
        byte[] r = c.receive();
        assertThat(r[2]).as("response tag").isEqualTo((byte) 0x7B);
        assertThat(TestClient.number(r)).as("response %d", i).isEqualTo(i);
      }
    }
    assertThat(mostRunning.get()).as("bounded by max-in-flight-per-connection").isBetween(1, inFlight);
  }

  @Test
  void noClientCertificateIsRefused() throws Exception {
    KmipServer server = start(echo);
    assertRefused(TestClient.context(null, null, PKI.trusted.caCert()), server.address());
    assertRefused(TestClient.context(null, null, PKI.trusted.caCert()), server.address(), "TLSv1.2");
  }

  @Test
  void certificateFromAnUntrustedCaIsRefused() throws Exception {
    KmipServer server = start(echo);
    SSLContext stranger = TestClient.context(PKI.untrusted.clientCert(), PKI.untrusted.clientKey(), PKI.trusted.caCert());
    assertRefused(stranger, server.address());
    assertRefused(stranger, server.address(), "TLSv1.2");
  }

  @Test
  void certificateWithoutClientAuthEkuIsRefusedUnlessConfigured() throws Exception {
    SSLContext noEku = TestClient.context(PKI.noEkuCert, PKI.noEkuKey, PKI.trusted.caCert());
    KmipServer strict = start(echo);
    assertRefused(noEku, strict.address());

    KmipServer lenient = start(echo, Map.of(), false);
    try (TestClient c = TestClient.connect(noEku, lenient.address())) {
      c.send(TestClient.request(3));
      assertThat(TestClient.number(c.receive())).isEqualTo(3);
    }
    assertThat(identities).singleElement().extracting(ClientIdentity::subject)
        .isEqualTo("CN=no-eku-client,O=Clavis development PKI");
  }

  @Test
  void certificateForServerAuthOnlyIsRefusedEvenWhenTheEkuCheckIsOff() throws Exception {
    SSLContext serverOnly = TestClient.context(PKI.serverOnlyCert, PKI.serverOnlyKey, PKI.trusted.caCert());
    KmipServer lenient = start(echo, Map.of(), false);
    assertRefused(serverOnly, lenient.address());
  }

  /**
   * A TLS 1.0 or 1.1 ClientHello written by hand (the JDK client will not even offer these
   * versions): the server answers with a fatal alert and closes. This holds whatever the JDK's
   * own {@code jdk.tls.disabledAlgorithms} says, because the server enables only TLS 1.3 and 1.2.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"TLS 1.0, 1", "TLS 1.1, 2"})
  void olderTlsVersionsAreRefused(String name, int minor) throws Exception {
    KmipServer server = start(echo);
    try (Socket s = TestClient.plain(server.address())) {
      OutputStream out = s.getOutputStream();
      out.write(clientHello(minor));
      out.flush();
      InputStream in = s.getInputStream();
      int contentType = in.read();
      assertThat(contentType).as("a TLS alert record (21)").isEqualTo(21);
      in.readNBytes(4); // version, length
      int level = in.read();
      int description = in.read();
      assertThat(level).as("fatal").isEqualTo(2);
      assertThat(description).as("protocol_version (70) or handshake_failure (40)").isIn(70, 40);
      assertThat(TestClient.closedByServer(in)).isTrue();
    }
    assertThat(calls).hasValue(0);
  }

  /** A minimal ClientHello (RFC 4346 §7.4.1.2) with version 3.{minor} and CBC suites of that era. */
  static byte[] clientHello(int minor) {
    ByteBuffer body = ByteBuffer.allocate(256);
    body.put((byte) 3).put((byte) minor);
    byte[] random = new byte[32];
    ThreadLocalRandom.current().nextBytes(random);
    body.put(random);
    body.put((byte) 0); // session id
    int[] suites = {0xC009, 0xC00A, 0xC013, 0xC014, 0x002F, 0x0035}; // ECDHE_ECDSA / ECDHE_RSA / RSA with AES_CBC_SHA
    body.putShort((short) (suites.length * 2));
    for (int suite : suites) {
      body.putShort((short) suite);
    }
    body.put((byte) 1).put((byte) 0); // compression: null
    body.flip();
    ByteBuffer hs = ByteBuffer.allocate(4 + body.remaining());
    hs.put((byte) 1).put((byte) 0).putShort((short) body.remaining()).put(body);
    hs.flip();
    ByteBuffer record = ByteBuffer.allocate(5 + hs.remaining());
    record.put((byte) 22).put((byte) 3).put((byte) minor).putShort((short) hs.remaining()).put(hs);
    return record.array();
  }

  @Test
  void wrongFrameHeaderClosesTheConnection() throws Exception {
    KmipServer server = start(echo);
    try (TestClient c = TestClient.connect(devClient(), server.address())) {
      c.send(new byte[] {0x42, 0x00, 0x7B, 0x01, 0, 0, 0, 0}); // a Response Message
      assertThat(c.closedByServer()).isTrue();
    }
    assertThat(calls).hasValue(0);
  }

  @Test
  void badFramingIsAnsweredWithInvalidMessageThenClosed() throws Exception {
    Map<String, String> o = Map.of("server.port", "0", "server.data-dir", dataDir.toString());
    KmipServer server = KmipServer.start(ConfigReader.read(null, o).withTls(PKI.serverTls(true)), echo, UnwiredProcessor::framingError);
    servers.add(server);
    try (TestClient c = TestClient.connect(devClient(), server.address())) {
      c.send(new byte[] {0x42, 0x00, 0x78, 0x01, 0x40, 0, 0, 0}); // claims 1 GiB
      dev.clavis.codec.TtlvItem.Structure r = UnwiredProcessorTest.decode(c.receive());
      dev.clavis.codec.TtlvItem.Structure item = r.find(Tag.BATCH_ITEM, dev.clavis.codec.TtlvItem.Structure.class).orElseThrow();
      assertThat(item.find(Tag.RESULT_REASON, dev.clavis.codec.TtlvItem.Enumeration.class).orElseThrow().value())
          .isEqualTo(ResultReason.INVALID_MESSAGE.value());
      assertThat(item.find(Tag.RESULT_MESSAGE, dev.clavis.codec.TtlvItem.Text.class).orElseThrow().value())
          .isEqualTo("message length: 1073741824 (expected: <= 4194296)");
      assertThat(c.closedByServer()).isTrue();
    }
    assertThat(calls).hasValue(0);
  }

  @Test
  void overLongDeclaredLengthClosesWithoutWaitingForTheBody() throws Exception {
    KmipServer server = start(echo);
    try (TestClient c = TestClient.connect(devClient(), server.address())) {
      c.send(new byte[] {0x42, 0x00, 0x78, 0x01, 0x40, 0, 0, 0}); // claims 1 GiB, sends nothing more
      // Closed on the header alone: the read ends before the 10 s socket timeout.
      assertThat(c.closedByServer()).isTrue();
    }
    assertThat(calls).hasValue(0);
  }

  @Test
  void requestsBeforeABadFrameAreAnsweredThenTheConnectionCloses() throws Exception {
    KmipServer server = start(echo);
    try (TestClient c = TestClient.connect(devClient(), server.address())) {
      ByteBuffer b = ByteBuffer.allocate(3 * 24 + 8);
      for (int i = 0; i < 3; i++) {
        b.put(TestClient.request(i));
      }
      b.put(new byte[] {0x47, 0x45, 0x54, 0x20, 0x2F, 0x20, 0x48, 0x54}); // "GET / HT"
      c.send(b.array());
      for (int i = 0; i < 3; i++) {
        assertThat(TestClient.number(c.receive())).isEqualTo(i);
      }
      assertThat(c.closedByServer()).isTrue();
    }
  }

  @Test
  void idleConnectionIsClosed() throws Exception {
    KmipServer server = start(echo, Map.of("limits.idle-timeout", "300ms"));
    try (TestClient c = TestClient.connect(devClient(), server.address())) {
      c.send(TestClient.request(1));
      assertThat(TestClient.number(c.receive())).isEqualTo(1);
      assertThat(c.closedByServer()).as("closed after the idle time, well before the read timeout").isTrue();
    }
  }

  @Test
  void aClientThatNeverFinishesTheHandshakeIsClosed() throws Exception {
    KmipServer server = start(echo, Map.of("limits.handshake-timeout", "300ms"));
    try (Socket s = TestClient.plain(server.address())) {
      // TCP connected, not a byte of TLS: closed by the handshake timeout, not the 5 min idle one.
      assertThat(TestClient.closedByServer(s.getInputStream())).isTrue();
    }
    awaitConnections(server, 0);
  }

  @Test
  void aRequestInFlightKeepsTheConnectionFromBeingIdle() throws Exception {
    MessageProcessor slow = (request, client) -> {
      try {
        Thread.sleep(1_000); // longer than the idle timeout
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return TestClient.answer(request);
    };
    KmipServer server = start(slow, Map.of("limits.idle-timeout", "200ms"));
    try (TestClient c = TestClient.connect(devClient(), server.address())) {
      c.send(TestClient.request(9));
      assertThat(TestClient.number(c.receive())).isEqualTo(9);
    }
  }

  @Test
  void connectionsOverThePerAddressCapAreClosed() throws Exception {
    KmipServer server = start(echo, Map.of("limits.max-connections-per-address", "2"));
    SSLContext ctx = devClient();
    try (TestClient a = TestClient.connect(ctx, server.address());
        TestClient b = TestClient.connect(ctx, server.address())) {
      assertRefused(ctx, server.address());
      a.send(TestClient.request(1));
      b.send(TestClient.request(2));
      assertThat(TestClient.number(a.receive())).as("admitted connections still served").isEqualTo(1);
      assertThat(TestClient.number(b.receive())).isEqualTo(2);
    }
    awaitConnections(server, 0);
    try (TestClient c = TestClient.connect(ctx, server.address())) {
      c.send(TestClient.request(2));
      assertThat(TestClient.number(c.receive())).as("a slot freed by a close is reusable").isEqualTo(2);
    }
  }

  @Test
  void connectionsOverTheTotalCapAreClosed() throws Exception {
    KmipServer server = start(echo, Map.of("limits.max-connections", "1"));
    SSLContext ctx = devClient();
    try (TestClient a = TestClient.connect(ctx, server.address())) {
      assertRefused(ctx, server.address());
      a.send(TestClient.request(5));
      assertThat(TestClient.number(a.receive())).isEqualTo(5);
    }
  }

  /** Waits (at most 10 s) for the server to see the closes; the close reaches it asynchronously. */
  private static void awaitConnections(KmipServer server, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.openConnections() != expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(server.openConnections()).isEqualTo(expected);
  }

  @Test
  void gracefulStopFinishesTheRequestInFlightThenCloses() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    MessageProcessor slow = (request, client) -> {
      entered.countDown();
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        throw new IllegalStateException("interrupted: the grace period was not honoured", e);
      }
      return TestClient.answer(request);
    };
    KmipServer server = start(slow);
    InetSocketAddress address = server.address();
    try (TestClient c = TestClient.connect(devClient(), address)) {
      c.send(TestClient.request(77));
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(20)));
      assertThat(TestClient.number(c.receive())).as("the request in flight is answered").isEqualTo(77);
      assertThat(c.closedByServer()).as("then the connection is closed").isTrue();
      stopping.get(30, TimeUnit.SECONDS);
    }
    assertThat(server.requestsInFlight()).isZero();
    assertThatThrownBy(() -> TestClient.plain(address).close()).as("no longer accepting").isInstanceOf(IOException.class);
  }

  @Test
  void stopAfterTheGracePeriodClosesWithoutTheAnswer() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    MessageProcessor stuck = (request, client) -> {
      entered.countDown();
      try {
        never.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return TestClient.answer(request);
    };
    KmipServer server = start(stuck);
    try (TestClient c = TestClient.connect(devClient(), server.address())) {
      c.send(TestClient.request(1));
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
      server.stop(Duration.ofMillis(200));
      assertThat(c.closedByServer()).isTrue();
    } finally {
      never.countDown();
    }
  }

  @Test
  void aProcessorThatThrowsClosesTheConnectionAfterTheEarlierAnswers() throws Exception {
    MessageProcessor picky = (request, client) -> {
      if (TestClient.number(request) == 2) {
        throw new IllegalStateException("cannot answer request 2");
      }
      return TestClient.answer(request);
    };
    KmipServer server = start(picky, Map.of("limits.max-in-flight-per-connection", "1"));
    try (TestClient c = TestClient.connect(devClient(), server.address())) {
      ByteBuffer b = ByteBuffer.allocate(4 * 24);
      for (int i = 0; i < 4; i++) {
        b.put(TestClient.request(i));
      }
      c.send(b.array());
      assertThat(TestClient.number(c.receive())).isEqualTo(0);
      assertThat(TestClient.number(c.receive())).isEqualTo(1);
      assertThat(c.closedByServer()).isTrue();
    }
  }

  @Test
  void aResponseOverTheLimitIsNotSent() throws Exception {
    MessageProcessor huge = (request, client) -> new byte[64 * 1024];
    KmipServer server = start(huge, Map.of("limits.max-response-bytes", "32KiB"));
    try (TestClient c = TestClient.connect(devClient(), server.address())) {
      c.send(TestClient.request(1));
      assertThat(c.closedByServer()).isTrue();
    }
  }

  @Test
  void bindingAnUnknownAddressFailsClearly() {
    Map<String, String> o = Map.of("server.port", "0", "server.bind", "192.0.2.1", "server.data-dir", dataDir.toString());
    ServerConfig config = ConfigReader.read(null, o).withTls(PKI.serverTls(true));
    assertThatThrownBy(() -> KmipServer.start(config, echo)).hasMessageContaining("cannot listen on 192.0.2.1");
  }
}
