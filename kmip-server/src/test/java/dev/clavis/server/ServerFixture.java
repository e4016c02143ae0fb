package dev.clavis.server;

import dev.clavis.codec.Attributes;
import dev.clavis.codec.RequestBatchItem;
import dev.clavis.codec.RequestHeader;
import dev.clavis.codec.RequestMessage;
import dev.clavis.codec.RequestPayload;
import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole Clavis node for the tests: {@link ClavisServer} on 127.0.0.1 port 0 over a temporary
 * data directory (H2 file store, software key protection), with the trusted test PKI and
 * {@code CN=admin-client} as administrator; and typed KMIP connections over real TLS.
 */
final class ServerFixture implements AutoCloseable {

  static final TestPki PKI = TestPki.get();
  static final String ADMIN = "CN=admin-client,O=Clavis development PKI";

  final ClavisServer server;
  private final List<Connection> connections = new ArrayList<>();

  ServerFixture(Path dataDir, Map<String, String> overrides) {
    Map<String, String> o = new HashMap<>();
    o.put("server.port", "0");
    o.put("server.data-dir", dataDir.toString());
    o.put("access.admins", ADMIN);
    o.putAll(overrides);
    ServerConfig config = ConfigReader.read(null, o).withTls(PKI.serverTls(true));
    server = ClavisServer.start(config);
  }

  ServerFixture(Path dataDir) {
    this(dataDir, Map.of());
  }

  /** A connection of the development client ({@code CN=clavis-dev-client}). */
  Connection connect(KmipVersion v) throws Exception {
    return connect(v, PKI.trusted.clientCert(), PKI.trusted.clientKey());
  }

  Connection connect(KmipVersion v, Path cert, Path key) throws Exception {
    Connection c = new Connection(TestClient.connect(TestClient.context(cert, key, PKI.trusted.caCert()), server.address()), v);
    connections.add(c);
    return c;
  }

  @Override
  public void close() {
    for (Connection c : connections) {
      try {
        c.client.close();
      } catch (java.io.IOException e) {
        // closing anyway
      }
    }
    server.close();
  }

  /** A typed KMIP client over one TLS connection, speaking one protocol version. */
  static final class Connection {
    final TestClient client;
    final KmipVersion version;
    private int nextId;

    Connection(TestClient client, KmipVersion version) {
      this.client = client;
      this.version = version;
    }

    /** Sends raw bytes and decodes the answer. */
    ResponseMessage sendRaw(byte[] request) throws Exception {
      client.send(request);
      return ResponseMessage.fromTtlv(TtlvDecoder.decode(client.receive(), TtlvLimits.DEFAULT));
    }

    /** The raw answer tree for a request tree. */
    TtlvItem exchange(TtlvItem request) throws Exception {
      client.send(TtlvEncoder.encode(request));
      return TtlvDecoder.decode(client.receive(), TtlvLimits.DEFAULT);
    }

    /** One message with these payloads as batch items (ids 1, 2, … when several), under {@code header}. */
    ResponseMessage batch(RequestHeader header, List<RequestPayload> payloads) throws Exception {
      List<RequestBatchItem> items = new ArrayList<>();
      for (RequestPayload p : payloads) {
        byte[] id = payloads.size() > 1 ? new byte[] {(byte) ++nextId} : null;
        items.add(RequestBatchItem.of(p, id, version));
      }
      return sendRaw(TtlvEncoder.encode(new RequestMessage(header, items).toTtlv()));
    }

    ResponseMessage batch(List<RequestPayload> payloads) throws Exception {
      return batch(RequestHeader.of(version, payloads.size()), payloads);
    }

    ResponseBatchItem call(RequestPayload p) throws Exception {
      ResponseMessage r = batch(List.of(p));
      return r.batchItems().get(0);
    }

    /** Runs {@code p} and returns its typed response, failing the test on Operation Failed. */
    @SuppressWarnings("unchecked") // the response payload type follows the request's operation
    <T extends ResponsePayload> T ok(RequestPayload p) throws Exception {
      ResponseBatchItem i = call(p);
      if (i.resultStatus() != ResultStatus.SUCCESS) {
        throw new AssertionError(p.operation() + " failed: " + i.resultReason() + " " + i.resultMessage());
      }
      return (T) i.payload(version);
    }

    /** Runs {@code p}, which must fail; returns the failed item. */
    ResponseBatchItem fails(RequestPayload p) throws Exception {
      ResponseBatchItem i = call(p);
      if (i.resultStatus() != ResultStatus.OPERATION_FAILED) {
        throw new AssertionError(p.operation() + " succeeded (expected: Operation Failed)");
      }
      return i;
    }

    ResultReason reason(RequestPayload p) throws Exception {
      return fails(p).resultReason();
    }
  }

  static Attributes attributes(TtlvItem... items) {
    return Attributes.of(items);
  }

}
