package dev.clavis.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A raw HTTP/1.1 client over one TLS socket, for what the JDK {@code HttpClient} hides: one
 * connection carrying several requests (keep-alive, pipelining), a {@code Content-Length}
 * announced but never sent, exact status lines. 10 s read timeout.
 */
final class HttpsTestClient implements AutoCloseable {

  /** One response: status code, headers (names in lower case) and body. */
  record Response(int status, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  final SSLSocket socket;
  private final InputStream in;
  private final OutputStream out;

  private HttpsTestClient(SSLSocket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  static HttpsTestClient connect(SSLContext ctx, InetSocketAddress server) throws IOException {
    SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket();
    s.connect(server, TestClient.READ_TIMEOUT_MILLIS);
    s.setSoTimeout(TestClient.READ_TIMEOUT_MILLIS);
    s.startHandshake();
    return new HttpsTestClient(s);
  }

  /** The bytes of a request with a body and its Content-Length. */
  static byte[] request(String method, String path, String contentType, byte[] body) {
    StringBuilder head = new StringBuilder()
        .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1\r\n");
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[h.length + body.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  void send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Reads one response with a Content-Length body. */
  Response receive() throws IOException {
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("connection closed before a response");
    }
    String[] parts = statusLine.split(" ", 3);
    int status = Integer.parseInt(parts[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String l = line(); l != null && !l.isEmpty(); l = line()) {
      int colon = l.indexOf(':');
      headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    if (body.length != length) {
      throw new IOException("body: " + body.length + " bytes (expected: " + length + ")");
    }
    return new Response(status, headers, body);
  }

  private String line() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        String s = b.toString(StandardCharsets.US_ASCII);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      if (b.size() > 16 * 1024) {
        throw new IOException("header line over 16 KiB");
      }
      b.write(c);
    }
    return b.size() == 0 ? null : b.toString(StandardCharsets.US_ASCII);
  }

  /** True when the server closed the connection before the read timeout. */
  boolean closedByServer() throws IOException {
    return TestClient.closedByServer(in);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
