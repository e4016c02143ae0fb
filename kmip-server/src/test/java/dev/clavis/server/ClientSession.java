package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.PrivateKey;
import dev.clavis.codec.PublicKey;
import dev.clavis.codec.RequestBatchItem;
import dev.clavis.codec.RequestHeader;
import dev.clavis.codec.RequestMessage;
import dev.clavis.codec.RequestPayload;
import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * One KMIP consumer's session against a whole Clavis node: requests built at the message level
 * with the exact protocol version the consumer puts in each header, over real TLS (the TTLV
 * socket, or {@code POST /kmip} over HTTPS), and every response checked by {@link
 * ResponseShapeGuard} against its request. {@link #restart()} stops the node gracefully and starts
 * a new one on the same data directory (H2 file store, software KEK), then reconnects.
 */
final class ClientSession implements AutoCloseable {

  private final Path dataDir;
  private final boolean https;
  private final Path cert;
  private final Path key;
  private ServerFixture fixture;
  private Transport transport;
  private int steps;
  private long serverViolations;

  /** Sends one request message, returns the response message (bytes). */
  private interface Transport extends AutoCloseable {
    byte[] exchange(byte[] request) throws IOException;

    @Override
    void close() throws IOException;
  }

  ClientSession(Path dataDir, boolean https) throws Exception {
    this(dataDir, https, ServerFixture.PKI.trusted.clientCert(), ServerFixture.PKI.trusted.clientKey());
  }

  ClientSession(Path dataDir, boolean https, Path cert, Path key) throws Exception {
    this.dataDir = dataDir;
    this.https = https;
    this.cert = cert;
    this.key = key;
    this.serverViolations = ResponseShapeGuard.violationCount();
    start();
  }

  private void start() throws Exception {
    fixture = new ServerFixture(dataDir, https ? Map.of("server.https-port", Integer.toString(freePort())) : Map.of());
    SSLContext ctx = TestClient.context(cert, key, ServerFixture.PKI.trusted.caCert());
    if (https) {
      HttpsTestClient c = HttpsTestClient.connect(ctx, fixture.server.httpsAddress());
      transport = new Transport() {
        @Override
        public byte[] exchange(byte[] request) throws IOException {
          c.send(HttpsTestClient.request("POST", "/kmip", "application/octet-stream", request));
          HttpsTestClient.Response r = c.receive();
          assertThat(r.status()).as("HTTP status").isEqualTo(200);
          assertThat(r.header("Content-Type")).startsWith("application/octet-stream");
          return r.body();
        }

        @Override
        public void close() throws IOException {
          c.close();
        }
      };
    } else {
      TestClient c = TestClient.connect(ctx, fixture.server.address());
      transport = new Transport() {
        @Override
        public byte[] exchange(byte[] request) throws IOException {
          c.send(request);
          return c.receive();
        }

        @Override
        public void close() throws IOException {
          c.close();
        }
      };
    }
  }

  /** Stops the node gracefully, starts a new one on the same data directory, reconnects. */
  void restart() throws Exception {
    transport.close();
    fixture.close();
    start();
  }

  /** The steps (request messages) answered so far, each one well-shaped. */
  int steps() {
    return steps;
  }

  /** Sends a raw request tree; the response must pass the guard. */
  TtlvItem exchange(TtlvItem request) throws Exception {
    byte[] answer = transport.exchange(TtlvEncoder.encode(request));
    TtlvItem response = TtlvDecoder.decode(answer, TtlvLimits.DEFAULT);
    List<String> violations = ResponseShapeGuard.check(request, response);
    assertThat(violations).as("response shape, step " + (steps + 1)).isEmpty();
    steps++;
    return response;
  }

  /** One message in version {@code v} with these payloads as batch items. */
  ResponseMessage batch(KmipVersion v, List<RequestPayload> payloads) throws Exception {
    List<RequestBatchItem> items = new ArrayList<>();
    int id = 0;
    for (RequestPayload p : payloads) {
      items.add(RequestBatchItem.of(p, payloads.size() > 1 ? new byte[] {(byte) ++id} : null, v));
    }
    TtlvItem response = exchange(new RequestMessage(RequestHeader.of(v, items.size()), items).toTtlv());
    ResponseMessage m = ResponseMessage.fromTtlv(response);
    assertThat(m.header().protocolVersion().kmipVersion()).isEqualTo(v);
    return m;
  }

  ResponseBatchItem call(KmipVersion v, RequestPayload p) throws Exception {
    ResponseMessage m = batch(v, List.of(p));
    assertThat(m.batchItems()).hasSize(1);
    assertThat(m.batchItems().get(0).operation()).isEqualTo(p.operation());
    return m.batchItems().get(0);
  }

  /** Runs {@code p} in version {@code v}; fails the test unless it succeeds. */
  @SuppressWarnings("unchecked") // the response payload type follows the request's operation
  <T extends ResponsePayload> T ok(KmipVersion v, RequestPayload p) throws Exception {
    ResponseBatchItem i = call(v, p);
    if (i.resultStatus() != ResultStatus.SUCCESS) {
      throw new AssertionError(p.operation() + " in " + v + " failed: " + i.resultReason() + " " + i.resultMessage());
    }
    return (T) i.payload(v);
  }

  /** Runs {@code p}, which must fail; returns the failed item. */
  ResponseBatchItem fails(KmipVersion v, RequestPayload p) throws Exception {
    ResponseBatchItem i = call(v, p);
    assertThat(i.resultStatus()).as(p.operation() + " in " + v).isEqualTo(ResultStatus.OPERATION_FAILED);
    assertThat(i.resultMessage()).isNotBlank();
    return i;
  }

  /** SHA-256 (hex) of the key material Get returns for {@code uid} in {@code format} (null: as stored). */
  String digest(KmipVersion v, String uid, KeyFormatType format) throws Exception {
    GetResponsePayload r = ok(v, new GetRequestPayload(uid, format, null, null, null));
    assertThat(r.uniqueIdentifier()).isEqualTo(uid);
    return digest(keyBlock(r));
  }

  static KeyBlock keyBlock(GetResponsePayload r) {
    return switch (r.object()) {
      case SymmetricKey k -> k.keyBlock();
      case PrivateKey k -> k.keyBlock();
      case PublicKey k -> k.keyBlock();
      case SecretData s -> s.keyBlock();
      default -> throw new AssertionError("no key block in " + r.object().objectType());
    };
  }

  static String digest(KeyBlock kb) throws Exception {
    byte[] bytes = kb.keyMaterial().bytes();
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } finally {
      java.util.Arrays.fill(bytes, (byte) 0);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      transport.close();
    } finally {
      fixture.close();
    }
    assertThat(ResponseShapeGuard.violationCount() - serverViolations)
        .as("violations the server's own guard logged (-D" + ResponseShapeGuard.PROPERTY + ")").isZero();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
