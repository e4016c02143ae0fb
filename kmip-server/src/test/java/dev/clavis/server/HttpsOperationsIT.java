package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.DiscoverVersionsRequestPayload;
import dev.clavis.codec.DiscoverVersionsResponsePayload;
import dev.clavis.codec.JsonTtlv;
import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.RequestBatchItem;
import dev.clavis.codec.RequestHeader;
import dev.clavis.codec.RequestMessage;
import dev.clavis.codec.RequestPayload;
import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.XmlTtlv;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * KMIP over HTTPS with the real operations ({@link ClavisServer} with {@code server.https-port}
 * set): Query and Discover Versions in each encoding, and the OASIS MSGENC-* test cases
 * (KMIP Profiles v1.4 and v2.1, mandatory) replayed over HTTPS in their encodings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpsOperationsIT {

  @TempDir static Path dataDir;

  private ServerFixture fixture;
  private HttpClient client;

  @BeforeAll
  void start() throws Exception {
    fixture = new ServerFixture(dataDir, Map.of("server.https-port", Integer.toString(freePort())));
    client = KmipHttpsServerIT.httpClient(KmipHttpsServerIT.devClient());
  }

  @AfterAll
  void stop() {
    if (client != null) {
      client.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Posts a request tree in {@code encoding}; returns the response tree, checking the answer's Content-Type. */
  private TtlvItem exchange(HttpMessageEncoding encoding, TtlvItem request) throws Exception {
    byte[] body = switch (encoding) {
      case TTLV -> TtlvEncoder.encode(request);
      case XML -> new XmlTtlv().write(request).getBytes(StandardCharsets.UTF_8);
      case JSON -> new JsonTtlv().write(request).getBytes(StandardCharsets.UTF_8);
    };
    URI uri = URI.create("https://127.0.0.1:" + fixture.server.httpsAddress().getPort() + "/kmip");
    HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", encoding.mediaType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(encoding.mediaType);
    String text = new String(r.body(), StandardCharsets.UTF_8);
    return switch (encoding) {
      case TTLV -> TtlvDecoder.decode(r.body(), TtlvLimits.DEFAULT);
      case XML -> new XmlTtlv().readOne(text);
      case JSON -> new JsonTtlv().readOne(text);
    };
  }

  private ResponseBatchItem call(HttpMessageEncoding encoding, KmipVersion v, RequestPayload p) throws Exception {
    TtlvItem request = new RequestMessage(RequestHeader.of(v, 1), List.of(RequestBatchItem.of(p, null, v))).toTtlv();
    ResponseMessage response = ResponseMessage.fromTtlv(exchange(encoding, request));
    assertThat(response.batchItems()).hasSize(1);
    return response.batchItems().get(0);
  }

  @ParameterizedTest
  @EnumSource(HttpMessageEncoding.class)
  void queryInEachEncoding(HttpMessageEncoding encoding) throws Exception {
    for (KmipVersion v : List.of(KmipVersion.V1_4, KmipVersion.V2_1)) {
      ResponseBatchItem item = call(encoding, v,
          new QueryRequestPayload(List.of(QueryFunction.QUERY_OPERATIONS, QueryFunction.QUERY_OBJECTS), null));
      assertThat(item.resultStatus()).as("%s %s", encoding, v).isEqualTo(ResultStatus.SUCCESS);
      assertThat(((QueryResponsePayload) item.payload(v)).operations())
          .contains(Operation.QUERY, Operation.CREATE, Operation.GET, Operation.DISCOVER_VERSIONS);
    }
  }

  @ParameterizedTest
  @EnumSource(HttpMessageEncoding.class)
  void discoverVersionsInEachEncoding(HttpMessageEncoding encoding) throws Exception {
    KmipVersion v = KmipVersion.V2_1;
    ResponseBatchItem item = call(encoding, v, new DiscoverVersionsRequestPayload(List.of()));
    assertThat(item.resultStatus()).isEqualTo(ResultStatus.SUCCESS);
    assertThat(((DiscoverVersionsResponsePayload) item.payload(v)).protocolVersions())
        .contains(new ProtocolVersion(2, 1), new ProtocolVersion(1, 4), new ProtocolVersion(1, 0));
  }

  @Test
  void theSameObjectsOverBothTransports() throws Exception {
    // Created over the socket, found over HTTPS in JSON, by the same identity.
    KmipVersion v = KmipVersion.V2_1;
    ServerFixture.Connection socket = fixture.connect(v);
    dev.clavis.codec.CreateResponsePayload created = socket.ok(new dev.clavis.codec.CreateRequestPayload(
        dev.clavis.codec.spec.ObjectType.SYMMETRIC_KEY,
        ServerFixture.attributes(
            TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, dev.clavis.codec.spec.CryptographicAlgorithm.AES.value()),
            TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
            TtlvItem.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, dev.clavis.codec.spec.CryptographicUsageMask.ENCRYPT.value()
                | dev.clavis.codec.spec.CryptographicUsageMask.DECRYPT.value())),
        null));
    ResponseBatchItem got = call(HttpMessageEncoding.JSON, v,
        new dev.clavis.codec.GetAttributesRequestPayload(created.uniqueIdentifier(), List.of()));
    assertThat(got.resultStatus()).isEqualTo(ResultStatus.SUCCESS);
  }

  // ------------------------------------------------------------------ MSGENC conformance cases

  static Stream<Path> msgencFiles() throws Exception {
    String shared = System.getProperty("clavis.shared.dir");
    Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "conformance")),
        "clavis.shared.dir not set or without conformance/: the OASIS MSGENC files are not available");
    List<Path> files = new ArrayList<>();
    for (String set : List.of("kmip-1.4-profiles", "kmip-2.1-profiles")) {
      try (Stream<Path> s = Files.list(Path.of(shared, "conformance", "oasis", set, "mandatory"))) {
        s.filter(p -> p.getFileName().toString().startsWith("MSGENC-")).sorted().forEach(files::add);
      }
    }
    assertThat(files).as("MSGENC files").hasSize(6);
    return files.stream();
  }

  /**
   * Each request of the file goes over HTTPS in the file's encoding (HTTPS: binary TTLV, XML, JSON);
   * each answer must match the file's Operation, Result Status and Result Reason item by item
   * (the Query payload lists what this server supports, not the reference server's list).
   */
  @ParameterizedTest
  @MethodSource("msgencFiles")
  void msgencCaseOverHttps(Path file) throws Exception {
    String name = file.getFileName().toString();
    HttpMessageEncoding encoding = name.startsWith("MSGENC-XML") ? HttpMessageEncoding.XML
        : name.startsWith("MSGENC-JSON") ? HttpMessageEncoding.JSON : HttpMessageEncoding.TTLV;
    List<TtlvItem> messages;
    try (InputStream in = Files.newInputStream(file)) {
      messages = new XmlTtlv().read(in);
    }
    int steps = 0;
    for (int i = 0; i + 1 < messages.size(); i += 2) {
      TtlvItem.Structure request = (TtlvItem.Structure) messages.get(i);
      TtlvItem.Structure expected = (TtlvItem.Structure) messages.get(i + 1);
      assertThat(request.tag()).isEqualTo(Tag.REQUEST_MESSAGE);
      TtlvItem.Structure actual = (TtlvItem.Structure) exchange(encoding, request);
      assertThat(actual.tag()).isEqualTo(Tag.RESPONSE_MESSAGE);
      assertThat(version(actual)).as("%s step %d protocol version", name, steps).isEqualTo(version(expected));
      List<TtlvItem> want = expected.all(Tag.BATCH_ITEM);
      List<TtlvItem> got = actual.all(Tag.BATCH_ITEM);
      assertThat(got).as("%s step %d batch items", name, steps).hasSameSizeAs(want);
      for (int k = 0; k < want.size(); k++) {
        TtlvItem.Structure w = (TtlvItem.Structure) want.get(k);
        TtlvItem.Structure g = (TtlvItem.Structure) got.get(k);
        for (int tag : new int[] {Tag.OPERATION, Tag.RESULT_STATUS, Tag.RESULT_REASON}) {
          assertThat(g.find(tag, TtlvItem.Enumeration.class).map(TtlvItem.Enumeration::value))
              .as("%s step %d item %d tag 0x%06X", name, steps, k, tag)
              .isEqualTo(w.find(tag, TtlvItem.Enumeration.class).map(TtlvItem.Enumeration::value));
        }
      }
      steps++;
    }
    assertThat(steps).as("request/response pairs in %s", name).isEqualTo(2);
  }

  private static String version(TtlvItem.Structure message) {
    TtlvItem.Structure pv = message.find(Tag.RESPONSE_HEADER, TtlvItem.Structure.class).orElseThrow()
        .find(Tag.PROTOCOL_VERSION, TtlvItem.Structure.class).orElseThrow();
    return pv.find(Tag.PROTOCOL_VERSION_MAJOR, TtlvItem.Int.class).orElseThrow().value() + "."
        + pv.find(Tag.PROTOCOL_VERSION_MINOR, TtlvItem.Int.class).orElseThrow().value();
  }
}
