package dev.clavis.client;

import dev.clavis.codec.RequestBatchItem;
import dev.clavis.codec.RequestMessage;
import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A test-only KMIP responder: a JSSE {@link SSLServerSocket} on 127.0.0.1, port 0, requiring a
 * client certificate, that decodes each request with the codec, records it, and answers each batch
 * item from a table of canned responses per operation. It exists to test the client's framing,
 * TLS and typed decoding; it is <b>not</b> a KMIP server (no state, no policy, no checks) — the
 * real one is {@code kmip-server}.
 */
final class KmipResponder implements AutoCloseable {

  /** What to do with a request after reading it. */
  enum Mode {
    /** Answer from the table. */
    ANSWER,
    /** Close the connection without answering (the request was received). */
    CLOSE_WITHOUT_ANSWER,
    /** Write {@link #rawResponse} instead of an answer, then close the connection. */
    RAW,
    /** Never answer; keep the connection open until the client gives up. */
    SILENT
  }

  private final SSLServerSocket server;
  private final Thread acceptor;
  private final Map<Operation, BiFunction<RequestBatchItem, KmipVersion, ResponseBatchItem>> table = new ConcurrentHashMap<>();
  final List<RequestMessage> requests = new CopyOnWriteArrayList<>();
  final List<TtlvItem> requestTrees = new CopyOnWriteArrayList<>();
  final List<Principal> peers = new CopyOnWriteArrayList<>();
  final List<String> protocols = new CopyOnWriteArrayList<>();
  final AtomicInteger connections = new AtomicInteger();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  volatile Mode mode = Mode.ANSWER;
  volatile byte[] rawResponse;

  KmipResponder(SSLContext context) throws IOException {
    server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setNeedClientAuth(true);
    server.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
    acceptor = Thread.ofPlatform().daemon().name("kmip-responder").start(this::acceptLoop);
  }

  int port() {
    return server.getLocalPort();
  }

  /** Answers {@code op} with this successful payload. */
  KmipResponder answer(Operation op, ResponsePayload payload) {
    table.put(op, (req, v) -> ResponseBatchItem.success(req.uniqueBatchItemId(), payload, v));
    return this;
  }

  /** Answers {@code op} with a function of the request item. */
  KmipResponder table(Operation op, BiFunction<RequestBatchItem, KmipVersion, ResponseBatchItem> answer) {
    table.put(op, answer);
    return this;
  }

  /** Answers {@code op} with a failure. */
  KmipResponder fail(Operation op, ResultReason reason, String message) {
    table.put(op, (req, v) -> ResponseBatchItem.failure(op, req.uniqueBatchItemId(), reason, message));
    return this;
  }

  /** The last request's single batch item payload tree. */
  TtlvItem.Structure lastPayload() {
    RequestMessage m = requests.get(requests.size() - 1);
    return m.batchItems().get(m.batchItems().size() - 1).payload();
  }

  /** Closes every open connection from the server side (TLS close_notify, then TCP close). */
  void closeConnections() throws IOException {
    for (Socket s : open) {
      s.close();
      open.remove(s);
    }
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        SSLSocket s = (SSLSocket) server.accept();
        open.add(s);
        connections.incrementAndGet();
        Thread.ofPlatform().daemon().name("kmip-responder-conn").start(() -> serve(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(SSLSocket s) {
    try (s) {
      s.setSoTimeout(30_000);
      s.startHandshake();
      peers.add(s.getSession().getPeerPrincipal());
      protocols.add(s.getSession().getProtocol());
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      // Bounded: a test sends a handful of requests per connection.
      for (int n = 0; n < 10_000; n++) {
        byte[] header = in.readNBytes(8);
        if (header.length < 8) {
          return;
        }
        int total = TtlvDecoder.frameLength(header, TtlvLimits.DEFAULT);
        byte[] frame = new byte[total];
        System.arraycopy(header, 0, frame, 0, 8);
        if (in.readNBytes(frame, 8, total - 8) != total - 8) {
          return;
        }
        TtlvItem tree = TtlvDecoder.decode(frame, TtlvLimits.DEFAULT);
        RequestMessage request = RequestMessage.fromTtlv(tree);
        requestTrees.add(tree);
        requests.add(request);
        switch (mode) {
          case CLOSE_WITHOUT_ANSWER -> {
            return;
          }
          case SILENT -> {
            // Wait for the client to close: the next read ends with end of stream.
            in.read();
            return;
          }
          case RAW -> {
            out.write(rawResponse);
            out.flush();
            return;
          }
          case ANSWER -> {
            // below
          }
        }
        List<ResponseBatchItem> items = new ArrayList<>();
        for (RequestBatchItem item : request.batchItems()) {
          BiFunction<RequestBatchItem, KmipVersion, ResponseBatchItem> f = table.get(item.operation());
          items.add(f != null ? f.apply(item, request.version())
              : ResponseBatchItem.failure(item.operation(), item.uniqueBatchItemId(), ResultReason.OPERATION_NOT_SUPPORTED,
                  "not in the test table"));
        }
        ResponseMessage response = ResponseMessage.answering(request.header(), Instant.now(), items);
        out.write(TtlvEncoder.encode(response.toTtlv()));
        out.flush();
      }
    } catch (IOException | RuntimeException e) {
      // The client went away or sent something the test wanted to break: end this connection.
    } finally {
      open.remove(s);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    closeConnections();
    try {
      acceptor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
