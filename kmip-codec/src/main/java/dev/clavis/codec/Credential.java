package dev.clavis.codec;

import dev.clavis.codec.spec.CredentialType;
import dev.clavis.codec.spec.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * Credential (KMIP 1.4 §2.1.2, KMIP 2.1 §2.2 "Credential"): a Credential Type and its Credential
 * Value structure — Username and Password, Device, Attestation, and in 2.0+ One Time Password,
 * Hashed Password and Ticket. The value is kept as sent; accessors read its common fields.
 * {@code toString()} prints the type only (the value holds passwords).
 */
public record Credential(CredentialType type, TtlvItem value) {

  /** A Username and Password credential; the password may be null. */
  public static Credential usernameAndPassword(String username, String password) {
    List<TtlvItem> items = new ArrayList<>();
    items.add(TtlvItem.text(Tag.USERNAME, username));
    if (password != null) {
      items.add(TtlvItem.text(Tag.PASSWORD, password));
    }
    return new Credential(CredentialType.USERNAME_AND_PASSWORD, TtlvItem.structure(Tag.CREDENTIAL_VALUE, items));
  }

  static Credential fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.CREDENTIAL, "Credential");
    CredentialType type = r.requireEnum(Tag.CREDENTIAL_TYPE, CredentialType::fromValue);
    TtlvItem value = r.requireAny(Tag.CREDENTIAL_VALUE);
    r.end();
    return new Credential(type, value);
  }

  TtlvItem.Structure toTtlv() {
    return TtlvItem.structure(Tag.CREDENTIAL, TtlvItem.enumeration(Tag.CREDENTIAL_TYPE, type.value()), value);
  }

  /** A text field of the Credential Value (e.g. {@link Tag#USERNAME}), or {@code null}. */
  public String text(int tag) {
    if (value instanceof TtlvItem.Structure s) {
      return s.find(tag, TtlvItem.Text.class).map(TtlvItem.Text::value).orElse(null);
    }
    return null;
  }

  /** The Username, when this credential type carries one; otherwise {@code null}. */
  public String username() {
    return text(Tag.USERNAME);
  }

  /** The Password, when present; otherwise {@code null}. */
  public String password() {
    return text(Tag.PASSWORD);
  }

  /** A Ticket credential (KMIP 2.1 §2.2 Table 416). */
  public static Credential ticket(Ticket ticket) {
    return new Credential(CredentialType.TICKET, TtlvItem.structure(Tag.CREDENTIAL_VALUE, ticket.toTtlv()));
  }

  /**
   * The Ticket of a Ticket credential (KMIP 2.1 §2.2 Table 416); {@code null} for other types.
   *
   * @throws KmipException Invalid Message when a Ticket credential's value carries no Ticket structure
   */
  public Ticket ticket() {
    if (type != CredentialType.TICKET) {
      return null;
    }
    FieldReader r = FieldReader.of(value, Tag.CREDENTIAL_VALUE, "Credential Value");
    Ticket t = Ticket.fromTtlv(r.requireStructure(Tag.TICKET));
    r.end();
    return t;
  }

  @Override
  public String toString() {
    return "Credential[" + type + "]";
  }
}
