package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/** Login Response Payload (KMIP 2.1 §6.1.30 Table 254): the Ticket. */
public record LoginResponsePayload(Ticket ticket) implements ResponsePayload {

  public LoginResponsePayload {
    Objects.requireNonNull(ticket, "ticket");
  }

  @Override
  public Operation operation() {
    return Operation.LOGIN;
  }

  /** Reads the payload; a missing Ticket is {@code Invalid Message}. */
  public static LoginResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Login Response Payload");
    Ticket ticket = Ticket.fromTtlv(r.requireStructure(Tag.TICKET));
    r.end();
    return new LoginResponsePayload(ticket);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter().item(ticket.toTtlv()).build(Tag.RESPONSE_PAYLOAD);
  }
}
