package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/** Logout Request Payload (KMIP 2.1 §6.1.31 Table 256): the Ticket to be invalidated. */
public record LogoutRequestPayload(Ticket ticket) implements RequestPayload {

  public LogoutRequestPayload {
    Objects.requireNonNull(ticket, "ticket");
  }

  @Override
  public Operation operation() {
    return Operation.LOGOUT;
  }

  /** Reads the payload; a missing Ticket is {@code Invalid Message}. */
  public static LogoutRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Logout Request Payload");
    Ticket ticket = Ticket.fromTtlv(r.requireStructure(Tag.TICKET));
    r.end();
    return new LogoutRequestPayload(ticket);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter().item(ticket.toTtlv()).build(Tag.REQUEST_PAYLOAD);
  }
}
