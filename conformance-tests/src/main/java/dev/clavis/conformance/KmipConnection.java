package dev.clavis.conformance;

import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.net.ssl.SSLSocket;

/**
 * One TLS connection to a KMIP server, exchanging whole TTLV messages (KMIP 1.4 §9.1, KMIP 2.1
 * §9.1): a request is written in one piece; a response is read as its 8-byte header — tag
 * Response Message {@code 0x42007B}, type Structure, a length checked against the limit before
 * anything is allocated — then exactly that many bytes. Every read is bounded by the socket
 * timeout. Not thread-safe: one exchange at a time.
 */
public final class KmipConnection implements AutoCloseable {

  /** The default largest response accepted (header included). */
  public static final int DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

  private final SSLSocket socket;
  private final InputStream in;
  private final OutputStream out;
  private final TtlvLimits limits;

  KmipConnection(SSLSocket socket, int maxResponseBytes) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
    this.limits = TtlvLimits.DEFAULT.withMaxMessageBytes(maxResponseBytes).withMaxItemBytes(maxResponseBytes);
  }

  /** The negotiated TLS version, e.g. {@code TLSv1.3}. */
  public String protocol() {
    return socket.getSession().getProtocol();
  }

  /** Sends one request message and returns the decoded response message. */
  public TtlvItem exchange(TtlvItem request) throws IOException {
    out.write(TtlvEncoder.encode(request));
    out.flush();
    return TtlvDecoder.decode(readFrame(), limits);
  }

  /** Reads one response frame: the checked header, then exactly its length. */
  byte[] readFrame() throws IOException {
    byte[] header = new byte[TtlvDecoder.HEADER_BYTES];
    int first = in.read();
    if (first < 0) {
      throw new EOFException("response: connection closed by the server before any byte (expected: a Response Message)");
    }
    header[0] = (byte) first;
    readFully(header, 1, header.length - 1);
    int tag = ((header[0] & 0xFF) << 16) | ((header[1] & 0xFF) << 8) | (header[2] & 0xFF);
    if (tag != TtlvDecoder.RESPONSE_MESSAGE_TAG) {
      throw new IOException("response tag: 0x" + Integer.toHexString(tag) + " (expected: 0x42007b Response Message)");
    }
    int length = TtlvDecoder.frameLength(header, limits);
    byte[] frame = new byte[length];
    System.arraycopy(header, 0, frame, 0, header.length);
    readFully(frame, header.length, length - header.length);
    return frame;
  }

  private void readFully(byte[] b, int off, int len) throws IOException {
    int done = 0;
    while (done < len) {
      int n = in.read(b, off + done, len - done);
      if (n < 0) {
        throw new EOFException("response: connection closed after " + (off + done) + " bytes (expected: "
            + (off + len) + ")");
      }
      done += n;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
