package dev.clavis.conformance;

import dev.clavis.codec.ItemType;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLServerSocket;

/**
 * A test KMIP server that answers exactly like the OASIS reference server: request <i>k</i> of a
 * connection gets the expected response <i>k</i> of the current file, its placeholders filled —
 * with what the request carried where the file's request had the same placeholder (identifiers,
 * captured outputs, dates), else with fresh values (new identifiers, random outputs, the current
 * time). Against it every file must pass: it proves the runner raises no false failure.
 */
final class ReplayServer implements AutoCloseable {

  private static final Pattern NOW = Pattern.compile("\\$NOW(?:([+-])(\\d+))?");

  private final SSLServerSocket socket;
  private final Thread acceptor;
  private final SecureRandom random = new SecureRandom();
  private volatile TestCase current;
  /** Requests received over all connections. */
  private final java.util.concurrent.atomic.AtomicInteger received = new java.util.concurrent.atomic.AtomicInteger();

  ReplayServer(TestPki pki) throws IOException {
    var ctx = new KmipEndpoint("127.0.0.1", 1, pki.serverCert, pki.serverKey, pki.ca).sslContext();
    socket = (SSLServerSocket) ctx.getServerSocketFactory().createServerSocket(0, 16, InetAddress.getLoopbackAddress());
    socket.setNeedClientAuth(true);
    acceptor = new Thread(this::accept, "replay-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Requests received so far, over all connections. */
  int received() {
    return received.get();
  }

  /** The file whose expected responses the next connection gets. */
  void serve(TestCase tc) {
    current = tc;
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        Thread t = new Thread(() -> handle(s, current), "replay-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void handle(Socket s, TestCase tc) {
    Map<String, TtlvItem> bound = new HashMap<>();
    try (s) {
      s.setSoTimeout(30_000);
      DataInputStream in = new DataInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      for (int k = 0; k < tc.exchanges().size(); k++) {
        byte[] header = new byte[8];
        in.readFully(header);
        int length = TtlvDecoder.frameLength(header, TtlvLimits.DEFAULT);
        byte[] frame = new byte[length];
        System.arraycopy(header, 0, frame, 0, 8);
        in.readFully(frame, 8, length - 8);
        TtlvItem request = TtlvDecoder.decode(frame, TtlvLimits.DEFAULT);
        received.incrementAndGet();
        TestCase.Exchange x = tc.exchanges().get(k);
        learn(x.request(), request, bound);
        out.write(TtlvEncoder.encode(fill(x.expected(), bound)));
        out.flush();
      }
    } catch (IOException | RuntimeException e) {
      // the client went away or sent something else: the runner reports it
    }
  }

  /** Binds each placeholder of the file's request to the value the client sent in its place. */
  private static void learn(TtlvItem template, TtlvItem sent, Map<String, TtlvItem> bound) {
    if (template instanceof TtlvItem.Placeholder p) {
      bound.putIfAbsent(p.expression(), sent);
    } else if (template instanceof TtlvItem.Structure t && sent instanceof TtlvItem.Structure s) {
      for (int i = 0; i < Math.min(t.items().size(), s.items().size()); i++) {
        learn(t.items().get(i), s.items().get(i), bound);
      }
    }
  }

  private TtlvItem fill(TtlvItem expected, Map<String, TtlvItem> bound) {
    if (expected instanceof TtlvItem.Structure s) {
      List<TtlvItem> items = new ArrayList<>();
      for (TtlvItem i : s.items()) {
        items.add(fill(i, bound));
      }
      return new TtlvItem.Structure(s.tag(), items);
    }
    if (!(expected instanceof TtlvItem.Placeholder p)) {
      return expected;
    }
    Matcher now = NOW.matcher(p.expression());
    if (p.expression().equals("$NOW")) {
      return TtlvItem.dateTime(p.tag(), Instant.now());
    }
    TtlvItem v = bound.get(p.expression());
    if (v == null) {
      if (now.matches()) {
        long n = Long.parseLong(now.group(2)) * (now.group(1).equals("-") ? -1 : 1);
        v = TtlvItem.dateTime(p.tag(), Instant.now().plusSeconds(n));
      } else if (p.type() == ItemType.TEXT_STRING) {
        v = TtlvItem.text(p.tag(), "replay-" + UUID.randomUUID());
      } else if (p.type() == ItemType.BYTE_STRING) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        v = TtlvItem.bytes(p.tag(), b);
      } else if (p.type() == ItemType.DATE_TIME) {
        v = TtlvItem.dateTime(p.tag(), Instant.now());
      } else {
        throw new IllegalStateException("replay: cannot fill " + p.expression() + " of type " + p.type());
      }
      bound.put(p.expression(), v);
    }
    if (v.type() == ItemType.TEXT_STRING && p.type() == ItemType.BYTE_STRING) {
      return TtlvItem.bytes(p.tag(), ((TtlvItem.Text) v).value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return v.withTag(p.tag());
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
