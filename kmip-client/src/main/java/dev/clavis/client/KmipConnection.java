package dev.clavis.client;

import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvException;
import dev.clavis.codec.TtlvLimits;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One TLS connection to a KMIP server and its framing (KMIP 1.4 §9.1; KMIP 2.1 §10.4 Transport
 * and the KMIP Profiles' TTLV over TLS): a request is written as one TTLV message; a response is read as an 8-byte header
 * checked against {@link TtlvLimits#maxMessageBytes()} before anything is allocated, then exactly
 * the length it announces. Not thread-safe: {@link KmipClient} serialises its use.
 */
final class KmipConnection implements Closeable {

  /** After this much idle time a reused connection is probed even when nothing arrived on it. */
  static final Duration PROBE_AFTER_IDLE = Duration.ofSeconds(1);

  private final Socket raw;
  private final SSLSocket ssl;
  private final InputStream in;
  private final OutputStream out;
  private final InputStream rawIn;
  private final int readTimeoutMillis;
  private long lastUsedNanos;

  private KmipConnection(Socket raw, SSLSocket ssl, int readTimeoutMillis) throws IOException {
    this.raw = raw;
    this.ssl = ssl;
    this.in = ssl.getInputStream();
    this.out = ssl.getOutputStream();
    this.rawIn = raw.getInputStream();
    this.readTimeoutMillis = readTimeoutMillis;
    this.lastUsedNanos = System.nanoTime();
  }

  /**
   * Connects and completes the TLS handshake, verifying the server certificate against {@code
   * host} (endpoint identification "HTTPS": DNS or IP subject alternative names, RFC 2818).
   */
  static KmipConnection open(SSLContext context, String host, int port, List<String> protocols,
      Duration connectTimeout, Duration readTimeout) throws IOException {
    Socket raw = new Socket();
    try {
      raw.connect(new InetSocketAddress(host, port), millis(connectTimeout));
      raw.setTcpNoDelay(true);
      raw.setSoTimeout(millis(readTimeout));
      SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(raw, host, port, true);
      SSLParameters p = ssl.getSSLParameters();
      p.setEndpointIdentificationAlgorithm("HTTPS");
      p.setProtocols(protocols.toArray(String[]::new));
      ssl.setSSLParameters(p);
      ssl.setUseClientMode(true);
      ssl.startHandshake();
      return new KmipConnection(raw, ssl, millis(readTimeout));
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
  }

  /** The negotiated TLS protocol, e.g. {@code TLSv1.3}. */
  String protocol() {
    return ssl.getSession().getProtocol();
  }

  /**
   * Whether this connection can no longer carry a request: closed locally, or — checked only when
   * bytes are waiting while no request is outstanding, or after {@link #PROBE_AFTER_IDLE} — the
   * server closed it (a TLS close_notify or end of stream) or sent something unasked for.
   */
  boolean stale() {
    if (ssl.isClosed()) {
      return true;
    }
    try {
      boolean idle = System.nanoTime() - lastUsedNanos > PROBE_AFTER_IDLE.toNanos();
      if (rawIn.available() == 0 && !idle) {
        return false;
      }
      ssl.setSoTimeout(1);
      try {
        in.read();
        // End of stream, or an unsolicited byte: either way this connection is out of step.
        return true;
      } catch (SocketTimeoutException alive) {
        return false;
      } finally {
        if (!ssl.isClosed()) {
          ssl.setSoTimeout(readTimeoutMillis);
        }
      }
    } catch (IOException e) {
      return true;
    }
  }

  /** Writes one message. */
  void write(byte[] message) throws IOException {
    out.write(message);
    out.flush();
    lastUsedNanos = System.nanoTime();
  }

  /**
   * Reads one response message: the header first, checked (Response Message tag, Structure,
   * length a multiple of 8 and within {@code limits}), then exactly the announced length.
   *
   * @throws TtlvException when the header breaks the framing rules
   * @throws EOFException when the server closed the connection before or inside the message
   */
  byte[] readMessage(TtlvLimits limits) throws IOException {
    byte[] header = in.readNBytes(TtlvDecoder.HEADER_BYTES);
    if (header.length == 0) {
      throw new EOFException("connection closed by the server (expected: a response)");
    }
    if (header.length < TtlvDecoder.HEADER_BYTES) {
      throw new EOFException("response header: " + header.length + " bytes before end of stream (expected: 8)");
    }
    int tag = (header[0] & 0xFF) << 16 | (header[1] & 0xFF) << 8 | (header[2] & 0xFF);
    if (tag != TtlvDecoder.RESPONSE_MESSAGE_TAG) {
      throw new TtlvException(String.format("response tag: 0x%06X (expected: 0x42007B Response Message)", tag), 0);
    }
    int total = TtlvDecoder.frameLength(header, limits);
    byte[] message = new byte[total];
    System.arraycopy(header, 0, message, 0, header.length);
    int n = in.readNBytes(message, header.length, total - header.length);
    if (n < total - header.length) {
      throw new EOFException("response: " + (header.length + n) + " of " + total
          + " bytes before end of stream (expected: the whole message)");
    }
    lastUsedNanos = System.nanoTime();
    return message;
  }

  @Override
  public void close() {
    try {
      ssl.close();
    } catch (IOException e) {
      // Closing a broken connection: nothing more to do with it.
    }
    try {
      raw.close();
    } catch (IOException e) {
      // As above.
    }
  }
}
