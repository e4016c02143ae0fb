package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/** Delegated Login Response Payload (KMIP 2.1 §6.1.12 Table 200): the Ticket. */
public record DelegatedLoginResponsePayload(Ticket ticket) implements ResponsePayload {

  public DelegatedLoginResponsePayload {
    Objects.requireNonNull(ticket, "ticket");
  }

  @Override
  public Operation operation() {
    return Operation.DELEGATED_LOGIN;
  }

  /** Reads the payload; a missing Ticket is {@code Invalid Message}. */
  public static DelegatedLoginResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Delegated Login Response Payload");
    Ticket ticket = Ticket.fromTtlv(r.requireStructure(Tag.TICKET));
    r.end();
    return new DelegatedLoginResponsePayload(ticket);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter().item(ticket.toTtlv()).build(Tag.RESPONSE_PAYLOAD);
  }
}
