package dev.clavis.server;

import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvException;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.ResultReason;

/**
 * A processor for transport tests (the KMIP operations are {@link KmipProcessor}): every request
 * item is answered with Result Status Operation Failed, Result Reason Operation Not Supported
 * and the message {@value #MESSAGE}; a request that does not decode gets Invalid Message.
 */
final class UnwiredProcessor implements MessageProcessor {

  static final String MESSAGE = "operations not yet wired";

  private final TtlvLimits limits;

  UnwiredProcessor(ServerLimits limits) {
    this.limits = limits.ttlvLimits();
  }

  @Override
  public byte[] process(byte[] request, ClientIdentity client) {
    TtlvItem decoded;
    try {
      decoded = TtlvDecoder.decode(request, limits);
    } catch (TtlvException e) {
      return ErrorResponses.invalidMessage(e.getMessage());
    }
    if (!(decoded instanceof TtlvItem.Structure message)) {
      return ErrorResponses.invalidMessage("request message: not a structure (expected: Request Message)");
    }
    return ErrorResponses.forEachItem(message, ResultReason.OPERATION_NOT_SUPPORTED, MESSAGE);
  }

  /** The Invalid Message response sent before closing a connection whose framing failed. */
  static byte[] framingError(KmipFrameDecoder.Rejected rejected) {
    return ErrorResponses.invalidMessage(rejected.reason());
  }
}
