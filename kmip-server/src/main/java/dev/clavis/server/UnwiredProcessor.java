package dev.clavis.server;

/**
 * The processor {@code clavis serve} runs until the KMIP operations are wired in: it cannot
 * answer any request yet, so it signals "close" (see {@link MessageProcessor}).
 */
final class UnwiredProcessor implements MessageProcessor {

  UnwiredProcessor(ServerLimits limits) {}

  @Override
  public byte[] process(byte[] request, ClientIdentity client) {
    throw new UnsupportedOperationException("KMIP operations are not wired into this server yet");
  }

  /** No framing error response without the codec's encoder: the connection is just closed. */
  static byte[] framingError(KmipFrameDecoder.Rejected rejected) {
    return null;
  }
}
