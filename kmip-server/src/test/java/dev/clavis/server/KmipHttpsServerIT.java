package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.dateTime;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clavis.codec.JsonTtlv;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.XmlTtlv;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KMIP over HTTPS ({@link KmipHttpsServer}) over real TLS on port 0, with a test processor that
 * decodes each request and answers a well-formed Response Message: one Success item per request
 * item, echoing its Operation, with the caller's certificate subject as Unique Identifier.
 */
class KmipHttpsServerIT {

  private static final TestPki PKI = TestPki.get();
  private static final String OCTET = "application/octet-stream";

  @TempDir Path dataDir;

  private final List<KmipHttpsServer> servers = new ArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final List<ClientIdentity> identities = new CopyOnWriteArrayList<>();

  /**
   * Decodes the request and answers it. A Client Correlation Value {@code sleep:N} makes it wait
   * N ms first (to make later pipelined requests finish before earlier ones).
   */
  private final MessageProcessor answering = (request, client) -> {
    calls.incrementAndGet();
    identities.add(client);
    TtlvItem.Structure m = (TtlvItem.Structure) TtlvDecoder.decode(request, TtlvLimits.DEFAULT);
    TtlvItem.Structure header = m.find(Tag.REQUEST_HEADER, TtlvItem.Structure.class).orElseThrow();
    header.find(Tag.CLIENT_CORRELATION_VALUE, TtlvItem.Text.class)
        .filter(t -> t.value().startsWith("sleep:"))
        .ifPresent(t -> sleep(Long.parseLong(t.value().substring(6))));
    List<TtlvItem> top = new ArrayList<>();
    List<TtlvItem> items = m.all(Tag.BATCH_ITEM);
    top.add(structure(Tag.RESPONSE_HEADER,
        header.find(Tag.PROTOCOL_VERSION, TtlvItem.Structure.class).orElseThrow(),
        dateTime(Tag.TIME_STAMP, Instant.now()),
        integer(Tag.BATCH_COUNT, items.size())));
    for (TtlvItem i : items) {
      TtlvItem op = ((TtlvItem.Structure) i).find(Tag.OPERATION, TtlvItem.Enumeration.class).orElseThrow();
      top.add(structure(Tag.BATCH_ITEM, op,
          enumeration(Tag.RESULT_STATUS, ResultStatus.SUCCESS.value()),
          structure(Tag.RESPONSE_PAYLOAD, text(Tag.UNIQUE_IDENTIFIER, client.subject()))));
    }
    return TtlvEncoder.encode(structure(Tag.RESPONSE_MESSAGE, top));
  };

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @AfterEach
  void stopServers() {
    servers.forEach(s -> s.stop(Duration.ZERO));
  }

  private KmipHttpsServer start(MessageProcessor processor, Map<String, String> overrides) {
    Map<String, String> o = new HashMap<>(overrides);
    o.put("server.port", "0");
    o.put("server.data-dir", dataDir.toString());
    ServerConfig config = ConfigReader.read(null, o).withTls(PKI.serverTls(true));
    KmipHttpsServer s = KmipHttpsServer.start(config, 0, processor);
    servers.add(s);
    return s;
  }

  private KmipHttpsServer start() {
    return start(answering, Map.of());
  }

  static SSLContext devClient() throws Exception {
    return TestClient.context(PKI.trusted.clientCert(), PKI.trusted.clientKey(), PKI.trusted.caCert());
  }

  static HttpClient httpClient(SSLContext ctx) {
    return HttpClient.newBuilder()
        .sslContext(ctx)
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  static HttpResponse<byte[]> post(HttpClient client, KmipHttpsServer server, String path, String type, byte[] body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(server.address().getPort(), path))
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static URI uri(int port, String path) {
    return URI.create("https://127.0.0.1:" + port + path);
  }

  /** A KMIP 2.1 Query request (Query Operations), with a Client Correlation Value when not null. */
  static TtlvItem.Structure query(String correlation) {
    List<TtlvItem> header = new ArrayList<>();
    header.add(structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, 2), integer(Tag.PROTOCOL_VERSION_MINOR, 1)));
    if (correlation != null) {
      header.add(text(Tag.CLIENT_CORRELATION_VALUE, correlation));
    }
    header.add(integer(Tag.BATCH_COUNT, 1));
    return structure(Tag.REQUEST_MESSAGE,
        structure(Tag.REQUEST_HEADER, header),
        structure(Tag.BATCH_ITEM,
            enumeration(Tag.OPERATION, Operation.QUERY.value()),
            structure(Tag.REQUEST_PAYLOAD, enumeration(Tag.QUERY_FUNCTION, QueryFunction.QUERY_OPERATIONS.value()))));
  }

  private static String devSubject() {
    return ServerTls.readCertificates(PKI.trusted.clientCert()).get(0).getSubjectX500Principal().getName();
  }

  /** The first batch item of a response message. */
  private static TtlvItem.Structure firstItem(TtlvItem response) {
    assertThat(response.tag()).isEqualTo(Tag.RESPONSE_MESSAGE);
    return ((TtlvItem.Structure) response).find(Tag.BATCH_ITEM, TtlvItem.Structure.class).orElseThrow();
  }

  private static int enumValue(TtlvItem.Structure s, int tag) {
    return s.find(tag, TtlvItem.Enumeration.class).orElseThrow().value();
  }

  private static String uniqueIdentifier(TtlvItem.Structure item) {
    return item.find(Tag.RESPONSE_PAYLOAD, TtlvItem.Structure.class).orElseThrow()
        .find(Tag.UNIQUE_IDENTIFIER, TtlvItem.Text.class).orElseThrow().value();
  }

  // ------------------------------------------------------------------ encodings

  @Test
  void binaryTtlvRequestIsAnsweredInTtlv() throws Exception {
    KmipHttpsServer server = start();
    try (HttpClient client = httpClient(devClient())) {
      HttpResponse<byte[]> r = post(client, server, "/kmip", OCTET, TtlvEncoder.encode(query(null)));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValue(OCTET);
      assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store").contains("no-cache");
      TtlvItem.Structure item = firstItem(TtlvDecoder.decode(r.body(), TtlvLimits.DEFAULT));
      assertThat(enumValue(item, Tag.RESULT_STATUS)).isEqualTo(ResultStatus.SUCCESS.value());
      assertThat(enumValue(item, Tag.OPERATION)).isEqualTo(Operation.QUERY.value());
      assertThat(uniqueIdentifier(item)).as("the processor saw the certificate's identity").isEqualTo(devSubject());
    }
    assertThat(calls).hasValue(1);
    assertThat(identities.get(0).subject()).isEqualTo(devSubject());
    assertThat(identities.get(0).certificateChain()).isNotEmpty();
  }

  @Test
  void xmlRequestIsAnsweredInXml() throws Exception {
    KmipHttpsServer server = start();
    XmlTtlv xml = new XmlTtlv();
    try (HttpClient client = httpClient(devClient())) {
      HttpResponse<byte[]> r = post(client, server, "/kmip", "text/xml",
          xml.write(query(null)).getBytes(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
      String body = new String(r.body(), StandardCharsets.UTF_8);
      assertThat(body).contains("<ResponseMessage>").contains("<ResultStatus type=\"Enumeration\" value=\"Success\"/>");
      TtlvItem.Structure item = firstItem(xml.readOne(body));
      assertThat(enumValue(item, Tag.OPERATION)).isEqualTo(Operation.QUERY.value());
      assertThat(uniqueIdentifier(item)).isEqualTo(devSubject());
    }
  }

  @Test
  void jsonRequestIsAnsweredInJson() throws Exception {
    KmipHttpsServer server = start();
    JsonTtlv json = new JsonTtlv();
    try (HttpClient client = httpClient(devClient())) {
      HttpResponse<byte[]> r = post(client, server, "/kmip", "application/json; charset=UTF-8",
          json.write(query(null)).getBytes(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
      String body = new String(r.body(), StandardCharsets.UTF_8);
      assertThat(body).contains("\"tag\"").contains("\"ResponseMessage\"");
      TtlvItem.Structure item = firstItem(json.readOne(body));
      assertThat(enumValue(item, Tag.RESULT_STATUS)).isEqualTo(ResultStatus.SUCCESS.value());
      assertThat(uniqueIdentifier(item)).isEqualTo(devSubject());
    }
  }

  @Test
  void applicationXmlIsReadAsXmlAndAnsweredAsTextXml() throws Exception {
    KmipHttpsServer server = start();
    try (HttpClient client = httpClient(devClient())) {
      HttpResponse<byte[]> r = post(client, server, "/kmip", "Application/XML",
          new XmlTtlv().write(query(null)).getBytes(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
    }
  }

  // ------------------------------------------------------------------ malformed bodies

  @Test
  void malformedBodiesGetInvalidMessageInTheirOwnEncoding() throws Exception {
    KmipHttpsServer server = start();
    try (HttpClient client = httpClient(devClient())) {
      // TTLV: a Response Message tag where a Request Message belongs.
      HttpResponse<byte[]> t = post(client, server, "/kmip", OCTET, TestClient.answer(TestClient.request(1)));
      assertThat(t.statusCode()).isEqualTo(200);
      assertThat(t.headers().firstValue("Content-Type")).hasValue(OCTET);
      TtlvItem.Structure ti = firstItem(TtlvDecoder.decode(t.body(), TtlvLimits.DEFAULT));
      assertThat(enumValue(ti, Tag.RESULT_STATUS)).isEqualTo(ResultStatus.OPERATION_FAILED.value());
      assertThat(enumValue(ti, Tag.RESULT_REASON)).isEqualTo(ResultReason.INVALID_MESSAGE.value());

      // TTLV: two messages in one body.
      byte[] one = TtlvEncoder.encode(query(null));
      byte[] two = new byte[one.length * 2];
      System.arraycopy(one, 0, two, 0, one.length);
      System.arraycopy(one, 0, two, one.length, one.length);
      TtlvItem.Structure t2 = firstItem(TtlvDecoder.decode(post(client, server, "/kmip", OCTET, two).body(), TtlvLimits.DEFAULT));
      assertThat(enumValue(t2, Tag.RESULT_REASON)).isEqualTo(ResultReason.INVALID_MESSAGE.value());

      // XML: not well-formed.
      HttpResponse<byte[]> x = post(client, server, "/kmip", "text/xml", "<RequestMessage><oops>".getBytes(StandardCharsets.UTF_8));
      assertThat(x.statusCode()).isEqualTo(200);
      assertThat(x.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
      TtlvItem.Structure xi = firstItem(new XmlTtlv().readOne(new String(x.body(), StandardCharsets.UTF_8)));
      assertThat(enumValue(xi, Tag.RESULT_REASON)).isEqualTo(ResultReason.INVALID_MESSAGE.value());

      // JSON: a placeholder from a test case file is not a value.
      String withPlaceholder = new JsonTtlv().write(query(null)).replaceFirst("\"value\"\\s*:\\s*2\\b", "\"value\": \"\\$MAJOR\"");
      assertThat(withPlaceholder).contains("$MAJOR");
      HttpResponse<byte[]> j = post(client, server, "/kmip", "application/json", withPlaceholder.getBytes(StandardCharsets.UTF_8));
      assertThat(j.statusCode()).isEqualTo(200);
      TtlvItem.Structure ji = firstItem(new JsonTtlv().readOne(new String(j.body(), StandardCharsets.UTF_8)));
      assertThat(enumValue(ji, Tag.RESULT_REASON)).isEqualTo(ResultReason.INVALID_MESSAGE.value());
      assertThat(ji.find(Tag.RESULT_MESSAGE, TtlvItem.Text.class).orElseThrow().value()).contains("placeholder");

      // JSON: a Response Message is not a request.
      String response = new JsonTtlv().write(TtlvDecoder.decode(ErrorResponses.invalidMessage("x"), TtlvLimits.DEFAULT));
      HttpResponse<byte[]> j2 = post(client, server, "/kmip", "application/json", response.getBytes(StandardCharsets.UTF_8));
      TtlvItem.Structure j2i = firstItem(new JsonTtlv().readOne(new String(j2.body(), StandardCharsets.UTF_8)));
      assertThat(enumValue(j2i, Tag.RESULT_REASON)).isEqualTo(ResultReason.INVALID_MESSAGE.value());
    }
    assertThat(calls).as("nothing malformed reached the processor").hasValue(0);
  }

  // ------------------------------------------------------------------ HTTP statuses

  @Test
  void otherPathIs404() throws Exception {
    KmipHttpsServer server = start();
    try (HttpClient client = httpClient(devClient())) {
      for (String path : List.of("/", "/kmip/", "/KMIP", "/kmip2", "/other")) {
        HttpResponse<byte[]> r = post(client, server, path, OCTET, TtlvEncoder.encode(query(null)));
        assertThat(r.statusCode()).as(path).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("404").contains("POST /kmip");
      }
      HttpResponse<byte[]> get = client.send(HttpRequest.newBuilder(uri(server.address().getPort(), "/index.html")).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(get.statusCode()).isEqualTo(404);
    }
    assertThat(calls).hasValue(0);
  }

  @Test
  void otherMethodIs405WithAllowPost() throws Exception {
    KmipHttpsServer server = start();
    try (HttpClient client = httpClient(devClient())) {
      URI kmip = uri(server.address().getPort(), "/kmip");
      List<HttpRequest> requests = List.of(
          HttpRequest.newBuilder(kmip).GET().build(),
          HttpRequest.newBuilder(kmip).PUT(HttpRequest.BodyPublishers.ofByteArray(TtlvEncoder.encode(query(null))))
              .header("Content-Type", OCTET).build(),
          HttpRequest.newBuilder(kmip).DELETE().build(),
          HttpRequest.newBuilder(kmip).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
      for (HttpRequest req : requests) {
        HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(req.method()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).as(req.method()).hasValue("POST");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains(req.method()).contains("expected: POST");
      }
    }
    assertThat(calls).hasValue(0);
  }

  @Test
  void unsupportedContentTypeIs415() throws Exception {
    KmipHttpsServer server = start();
    byte[] body = TtlvEncoder.encode(query(null));
    try (HttpClient client = httpClient(devClient())) {
      for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1",
          "multipart/form-data; boundary=x")) {
        HttpResponse<byte[]> r = post(client, server, "/kmip", type, body);
        assertThat(r.statusCode()).as(type).isEqualTo(415);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("application/octet-stream, text/xml, application/json");
      }
      assertThat(post(client, server, "/kmip", null, body).statusCode()).as("no Content-Type").isEqualTo(415);
    }
    assertThat(calls).hasValue(0);
  }

  @Test
  void overLongContentLengthIs413BeforeTheBodyIsRead() throws Exception {
    KmipHttpsServer server = start(answering, Map.of("limits.max-frame-bytes", "1024"));
    try (HttpsTestClient c = HttpsTestClient.connect(devClient(), server.address())) {
      // Announce 100 MB and send none of it: the answer comes at once, from the headers alone.
      c.send(("POST /kmip HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
          + "Content-Length: 100000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      HttpsTestClient.Response r = c.receive();
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.header("Connection")).isEqualToIgnoringCase("close");
      assertThat(r.text()).contains("413").contains("max-frame-bytes");
      assertThat(c.closedByServer()).isTrue();
    }
    // A chunked body growing over the limit is cut off the same way.
    try (HttpsTestClient c = HttpsTestClient.connect(devClient(), server.address())) {
      c.send(("POST /kmip HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n800\r\n" + "A".repeat(2048) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      assertThat(c.receive().status()).isEqualTo(413);
      assertThat(c.closedByServer()).isTrue();
    }
    // Within the limit, the same connection setup works.
    try (HttpClient client = httpClient(devClient())) {
      assertThat(post(client, server, "/kmip", OCTET, TtlvEncoder.encode(query(null))).statusCode()).isEqualTo(200);
    }
    assertThat(calls).hasValue(1);
  }

  @Test
  void malformedHttpIs400AndCloses() throws Exception {
    KmipHttpsServer server = start();
    try (HttpsTestClient c = HttpsTestClient.connect(devClient(), server.address())) {
      c.send("POST /kmip HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: banana\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      HttpsTestClient.Response r = c.receive();
      assertThat(r.status()).isEqualTo(400);
      assertThat(c.closedByServer()).isTrue();
    }
    assertThat(calls).hasValue(0);
  }

  // ------------------------------------------------------------------ TLS and identity

  @Test
  void noClientCertificateIsRefusedInTheHandshake() throws Exception {
    KmipHttpsServer server = start();
    SSLContext anonymous = TestClient.context(null, null, PKI.trusted.caCert());
    try (HttpClient client = httpClient(anonymous)) {
      assertThatThrownBy(() -> post(client, server, "/kmip", OCTET, TtlvEncoder.encode(query(null))))
          .isInstanceOf(IOException.class);
    }
    SSLContext untrusted = TestClient.context(PKI.untrusted.clientCert(), PKI.untrusted.clientKey(), PKI.trusted.caCert());
    try (HttpClient client = httpClient(untrusted)) {
      assertThatThrownBy(() -> post(client, server, "/kmip", OCTET, TtlvEncoder.encode(query(null))))
          .isInstanceOf(IOException.class);
    }
    SSLContext serverOnly = TestClient.context(PKI.serverOnlyCert, PKI.serverOnlyKey, PKI.trusted.caCert());
    try (HttpClient client = httpClient(serverOnly)) {
      assertThatThrownBy(() -> post(client, server, "/kmip", OCTET, TtlvEncoder.encode(query(null))))
          .as("a certificate without clientAuth").isInstanceOf(IOException.class);
    }
    assertThat(calls).hasValue(0);
  }

  @Test
  void eachConnectionCarriesItsOwnIdentity() throws Exception {
    KmipHttpsServer server = start();
    SSLContext other = TestClient.context(PKI.otherClientCert, PKI.otherClientKey, PKI.trusted.caCert());
    try (HttpClient dev = httpClient(devClient()); HttpClient oth = httpClient(other)) {
      TtlvItem.Structure a = firstItem(TtlvDecoder.decode(post(dev, server, "/kmip", OCTET, TtlvEncoder.encode(query(null))).body(), TtlvLimits.DEFAULT));
      TtlvItem.Structure b = firstItem(TtlvDecoder.decode(post(oth, server, "/kmip", OCTET, TtlvEncoder.encode(query(null))).body(), TtlvLimits.DEFAULT));
      assertThat(uniqueIdentifier(a)).isEqualTo(devSubject());
      assertThat(uniqueIdentifier(b)).startsWith("CN=other-client");
    }
  }

  // ------------------------------------------------------------------ connections

  @Test
  void keepAliveReusesTheConnection() throws Exception {
    KmipHttpsServer server = start();
    try (HttpClient client = httpClient(devClient())) {
      for (int i = 0; i < 5; i++) {
        assertThat(post(client, server, "/kmip", OCTET, TtlvEncoder.encode(query(null))).statusCode()).isEqualTo(200);
      }
    }
    assertThat(identities).hasSize(5);
    assertThat(identities.stream().map(ClientIdentity::peer).distinct().count())
        .as("five requests, one connection (same client port)").isEqualTo(1);

    // Errors keep the connection too: 404, 405, 415 then a good request, on one socket.
    try (HttpsTestClient c = HttpsTestClient.connect(devClient(), server.address())) {
      byte[] body = TtlvEncoder.encode(query(null));
      c.send(HttpsTestClient.request("POST", "/nope", OCTET, body));
      assertThat(c.receive().status()).isEqualTo(404);
      c.send(HttpsTestClient.request("PUT", "/kmip", OCTET, body));
      assertThat(c.receive().status()).isEqualTo(405);
      c.send(HttpsTestClient.request("POST", "/kmip", "text/plain", body));
      assertThat(c.receive().status()).isEqualTo(415);
      c.send(HttpsTestClient.request("POST", "/kmip", OCTET, body));
      HttpsTestClient.Response ok = c.receive();
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.header("Connection")).as("kept alive").isNotEqualToIgnoringCase("close");
    }
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrder() throws Exception {
    KmipHttpsServer server = start();
    XmlTtlv xml = new XmlTtlv();
    try (HttpsTestClient c = HttpsTestClient.connect(devClient(), server.address())) {
      // The first takes longest; the second is in another encoding; the third is a 404.
      byte[] all = concat(
          HttpsTestClient.request("POST", "/kmip", OCTET, TtlvEncoder.encode(query("sleep:300"))),
          HttpsTestClient.request("POST", "/kmip", "text/xml", xml.write(query("fast")).getBytes(StandardCharsets.UTF_8)),
          HttpsTestClient.request("POST", "/elsewhere", OCTET, new byte[0]),
          HttpsTestClient.request("POST", "/kmip", OCTET, TtlvEncoder.encode(query("sleep:100"))));
      c.send(all);
      HttpsTestClient.Response first = c.receive();
      HttpsTestClient.Response second = c.receive();
      HttpsTestClient.Response third = c.receive();
      HttpsTestClient.Response fourth = c.receive();
      assertThat(first.header("Content-Type")).isEqualTo(OCTET);
      assertThat(second.header("Content-Type")).startsWith("text/xml");
      assertThat(third.status()).isEqualTo(404);
      assertThat(fourth.header("Content-Type")).isEqualTo(OCTET);
      assertThat(firstItem(TtlvDecoder.decode(first.body(), TtlvLimits.DEFAULT))).isNotNull();
      assertThat(firstItem(xml.readOne(second.text()))).isNotNull();
    }
    assertThat(calls).hasValue(3);
  }

  @Test
  void connectionCloseIsHonoured() throws Exception {
    KmipHttpsServer server = start();
    try (HttpsTestClient c = HttpsTestClient.connect(devClient(), server.address())) {
      byte[] body = TtlvEncoder.encode(query(null));
      String head = "POST /kmip HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: " + OCTET
          + "\r\nContent-Length: " + body.length + "\r\n\r\n";
      c.send(concat(head.getBytes(StandardCharsets.US_ASCII), body));
      HttpsTestClient.Response r = c.receive();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("Connection")).isEqualToIgnoringCase("close");
      assertThat(c.closedByServer()).isTrue();
    }
  }

  @Test
  void processorFailureIs500AndCloses() throws Exception {
    KmipHttpsServer server = start((request, client) -> {
      throw new IllegalStateException("store down (test)");
    }, Map.of());
    try (HttpsTestClient c = HttpsTestClient.connect(devClient(), server.address())) {
      c.send(HttpsTestClient.request("POST", "/kmip", OCTET, TtlvEncoder.encode(query(null))));
      HttpsTestClient.Response r = c.receive();
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.text()).doesNotContain("store down").doesNotContain("Exception");
      assertThat(c.closedByServer()).isTrue();
    }
  }

  @Test
  void connectionCapsApply() throws Exception {
    KmipHttpsServer server = start(answering, Map.of("limits.max-connections-per-address", "1"));
    try (HttpsTestClient first = HttpsTestClient.connect(devClient(), server.address())) {
      first.send(HttpsTestClient.request("POST", "/kmip", OCTET, TtlvEncoder.encode(query(null))));
      assertThat(first.receive().status()).isEqualTo(200);
      assertThatThrownBy(() -> {
        try (HttpsTestClient second = HttpsTestClient.connect(devClient(), server.address())) {
          second.send(HttpsTestClient.request("POST", "/kmip", OCTET, TtlvEncoder.encode(query(null))));
          second.receive();
        }
      }).as("a second connection from the same address").isInstanceOf(IOException.class);
    }
  }

  @Test
  void stopAnswersRequestsInFlight() throws Exception {
    KmipHttpsServer server = start();
    try (HttpsTestClient c = HttpsTestClient.connect(devClient(), server.address())) {
      c.send(HttpsTestClient.request("POST", "/kmip", OCTET, TtlvEncoder.encode(query("sleep:300"))));
      while (calls.get() == 0) {
        Thread.sleep(10);
      }
      Thread stopper = Thread.ofVirtual().start(() -> server.stop(Duration.ofSeconds(10)));
      HttpsTestClient.Response r = c.receive();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("Connection")).as("draining").isEqualToIgnoringCase("close");
      stopper.join(Duration.ofSeconds(20));
      assertThat(c.closedByServer()).isTrue();
    }
  }

  @Test
  void httpsPortZeroIsOff() {
    ServerConfig config = ConfigReader.read(null, Map.of("server.data-dir", dataDir.toString())).withTls(PKI.serverTls(true));
    assertThat(config.httpsPort()).isZero();
    assertThatThrownBy(() -> KmipHttpsServer.start(config, answering))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("server.https-port: 0");
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
