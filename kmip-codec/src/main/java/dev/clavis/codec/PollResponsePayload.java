package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Poll Response Payload (KMIP 1.4 §4.28, KMIP 2.1 §6.1.38): the payload the polled operation
 * would have returned synchronously, kept raw (its shape depends on that operation). Type it with
 * {@link Payloads#response} and the original operation.
 */
public record PollResponsePayload(TtlvItem.Structure payload) implements ResponsePayload {

  public PollResponsePayload {
    Objects.requireNonNull(payload, "payload");
  }

  @Override
  public Operation operation() {
    return Operation.POLL;
  }

  public static PollResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    return new PollResponsePayload(FieldReader.requireStructure(payload, Tag.RESPONSE_PAYLOAD, "Poll Response Payload"));
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return payload;
  }
}
