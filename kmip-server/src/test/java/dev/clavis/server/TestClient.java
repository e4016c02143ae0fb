package dev.clavis.server;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/** A blocking JSSE TLS client for the tests, with a 10 s read timeout on every socket. */
final class TestClient implements AutoCloseable {

  static final int READ_TIMEOUT_MILLIS = 10_000;

  final SSLSocket socket;
  final DataInputStream in;
  final OutputStream out;

  private TestClient(SSLSocket socket) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  /** A context presenting {@code cert}/{@code key} (or no certificate when null) and trusting {@code ca}. */
  static SSLContext context(Path cert, Path key, Path ca) throws Exception {
    KeyManagerFactory kmf = null;
    if (cert != null) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      List<X509Certificate> chain = TestPki.readChain(cert);
      ks.setKeyEntry("client", TestPki.readKey(key), new char[0], chain.toArray(new X509Certificate[0]));
      kmf = KeyManagerFactory.getInstance("PKIX");
      kmf.init(ks, new char[0]);
    }
    KeyStore ts = KeyStore.getInstance("PKCS12");
    ts.load(null, null);
    ts.setCertificateEntry("ca", TestPki.readChain(ca).get(0));
    TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
    tmf.init(ts);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    return ctx;
  }

  /** Connects and completes the handshake (the server may still refuse the certificate right after, in TLS 1.3). */
  static TestClient connect(SSLContext ctx, InetSocketAddress server, String... protocols) throws IOException {
    SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket();
    s.connect(server, READ_TIMEOUT_MILLIS);
    s.setSoTimeout(READ_TIMEOUT_MILLIS);
    if (protocols.length > 0) {
      s.setEnabledProtocols(protocols);
    }
    s.startHandshake();
    return new TestClient(s);
  }

  static TestClient connect(TestPki pki, InetSocketAddress server) throws Exception {
    return connect(context(pki.trusted.clientCert(), pki.trusted.clientKey(), pki.trusted.caCert()), server);
  }

  void send(byte[] message) throws IOException {
    out.write(message);
    out.flush();
  }

  /** Reads one TTLV message (header and value). */
  byte[] receive() throws IOException {
    byte[] header = new byte[8];
    in.readFully(header);
    int length = ByteBuffer.wrap(header, 4, 4).getInt();
    byte[] message = new byte[8 + length];
    System.arraycopy(header, 0, message, 0, 8);
    in.readFully(message, 8, length);
    return message;
  }

  /**
   * True when the server closed the connection (EOF, reset or a TLS alert) before the read timeout;
   * fails the caller through the exception when it stays open.
   */
  static boolean closedByServer(InputStream in) throws IOException {
    try {
      return in.read() < 0;
    } catch (SocketTimeoutException e) {
      throw e;
    } catch (EOFException | SSLException e) {
      return true;
    } catch (IOException e) {
      return true; // connection reset
    }
  }

  boolean closedByServer() throws IOException {
    return closedByServer(in);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  /** A request-shaped message: Request Message header, one Integer item carrying {@code n}. */
  static byte[] request(int n) {
    ByteBuffer b = ByteBuffer.allocate(24);
    b.put(new byte[] {0x42, 0x00, 0x78, 0x01}).putInt(16);
    b.put(new byte[] {0x42, 0x00, 0x0D, 0x02}).putInt(4).putInt(n).putInt(0);
    return b.array();
  }

  /** The number carried by a {@link #request}, or by a response made by {@link #answer}. */
  static int number(byte[] message) {
    return ByteBuffer.wrap(message, 16, 4).getInt();
  }

  /** The test processor's answer: the request with the Response Message tag. */
  static byte[] answer(byte[] request) {
    byte[] r = request.clone();
    r[2] = 0x7B;
    return r;
  }

  static Socket plain(InetSocketAddress server) throws IOException {
    Socket s = new Socket();
    s.connect(server, READ_TIMEOUT_MILLIS);
    s.setSoTimeout(READ_TIMEOUT_MILLIS);
    return s;
  }
}
