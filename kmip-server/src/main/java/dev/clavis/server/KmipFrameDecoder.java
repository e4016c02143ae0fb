package dev.clavis.server;

import dev.clavis.codec.spec.Tag;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Frames the TTLV byte stream into whole KMIP request messages (KMIP 1.4 §9.1, KMIP 2.1 §9.1:
 * a 3-byte tag, a 1-byte item type, a 4-byte big-endian length, then the value).
 *
 * <p>Each frame must be a Request Message ({@code 0x420078}) of type Structure ({@code 0x01})
 * whose length is a multiple of 8 (a structure holds whole padded items) and keeps the message
 * within {@code maxFrameBytes}. The header is checked as soon as its 8 bytes are in, before any
 * of the value is buffered: a bad header emits one {@link Rejected} and every later byte is
 * discarded unread (the connection is closing).
 *
 * <p>Emits {@code byte[]} (the whole message, header included) and at most one {@link Rejected}.
 */
public final class KmipFrameDecoder extends ByteToMessageDecoder {

  /** Tag of the Request Message structure. */
  public static final int REQUEST_MESSAGE_TAG = Tag.REQUEST_MESSAGE;
  /** Item type code of Structure. */
  public static final int STRUCTURE_TYPE = 0x01;
  public static final int HEADER_BYTES = 8;

  private final int maxFrameBytes;
  private boolean rejected;

  /** Framing failed: why, for the log and the error response. Nothing follows it. */
  public record Rejected(String reason) {}

  public KmipFrameDecoder(int maxFrameBytes) {
    if (maxFrameBytes < HEADER_BYTES) {
      throw new IllegalArgumentException("maxFrameBytes: " + maxFrameBytes + " (expected: >= " + HEADER_BYTES + ")");
    }
    this.maxFrameBytes = maxFrameBytes;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (rejected) {
      in.skipBytes(in.readableBytes());
      return;
    }
    if (in.readableBytes() < HEADER_BYTES) {
      return;
    }
    int start = in.readerIndex();
    int tag = in.getUnsignedMedium(start);
    int type = in.getUnsignedByte(start + 3);
    long length = in.getUnsignedInt(start + 4);
    String problem = null;
    if (tag != REQUEST_MESSAGE_TAG) {
      problem = String.format("message tag: 0x%06X (expected: 0x%06X Request Message)", tag, REQUEST_MESSAGE_TAG);
    } else if (type != STRUCTURE_TYPE) {
      problem = String.format("message item type: 0x%02X (expected: 0x01 Structure)", type);
    } else if (length > maxFrameBytes - HEADER_BYTES) {
      problem = "message length: " + length + " (expected: <= " + (maxFrameBytes - HEADER_BYTES) + ")";
    } else if (length % 8 != 0) {
      problem = "message length: " + length + " (expected: a multiple of 8)";
    }
    if (problem != null) {
      rejected = true;
      in.skipBytes(in.readableBytes());
      out.add(new Rejected(problem));
      return;
    }
    int frameBytes = HEADER_BYTES + (int) length;
    if (in.readableBytes() < frameBytes) {
      return;
    }
    out.add(ByteBufUtil.getBytes(in, start, frameBytes));
    in.skipBytes(frameBytes);
  }
}
