package dev.clavis.codec;

import dev.clavis.codec.spec.TicketType;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Ticket (KMIP 2.1 §7.39 Table 391): a Ticket Type and a Ticket Value, returned by Login and
 * Delegated Login and sent back in a Ticket Credential (KMIP 2.1 §2.2 Table 416). The value is a
 * bearer secret: {@code toString()} prints the type and the length only.
 *
 * @param type the Ticket Type (KMIP 2.1 §11.57: Login)
 * @param value the Ticket Value
 */
public record Ticket(TicketType type, byte[] value) {

  public Ticket {
    Objects.requireNonNull(type, "type");
    value = Objects.requireNonNull(value, "value").clone();
  }

  /** A copy of the value. */
  @Override
  public byte[] value() {
    return value.clone();
  }

  /** Reads a Ticket structure; a missing field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static Ticket fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.TICKET, "Ticket");
    TicketType type = r.requireEnum(Tag.TICKET_TYPE, TicketType::fromValue);
    byte[] value = r.bytes(Tag.TICKET_VALUE);
    r.end();
    return new Ticket(type, value);
  }

  /** The Ticket structure. */
  public TtlvItem.Structure toTtlv() {
    return new FieldWriter()
        .enumeration(Tag.TICKET_TYPE, type.value())
        .bytes(Tag.TICKET_VALUE, value)
        .build(Tag.TICKET);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ticket t && t.type == type && java.security.MessageDigest.isEqual(t.value, value);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "Ticket[" + type + ", " + value.length + " bytes]";
  }
}
