package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Create Key Pair Response Payload (KMIP 1.4 §4.2 Table 167, KMIP 2.1 §6.1.9 Table 190).
 *
 * @param privateKeyAttributes rendered before KMIP 2.0 only; {@code null} when absent
 * @param publicKeyAttributes rendered before KMIP 2.0 only; {@code null} when absent
 */
public record CreateKeyPairResponsePayload(
    String privateKeyUniqueIdentifier,
    String publicKeyUniqueIdentifier,
    Attributes privateKeyAttributes,
    Attributes publicKeyAttributes) implements ResponsePayload {

  public CreateKeyPairResponsePayload {
    Objects.requireNonNull(privateKeyUniqueIdentifier, "privateKeyUniqueIdentifier");
    Objects.requireNonNull(publicKeyUniqueIdentifier, "publicKeyUniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.CREATE_KEY_PAIR;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static CreateKeyPairResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Create Key Pair Response Payload");
    String privateKeyUniqueIdentifier = r.text(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER);
    String publicKeyUniqueIdentifier = r.text(Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER);
    Attributes privateKeyAttributes = Attributes.read(r, Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE, Tag.PRIVATE_KEY_ATTRIBUTES);
    Attributes publicKeyAttributes = Attributes.read(r, Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE, Tag.PUBLIC_KEY_ATTRIBUTES);
    r.end();
    return new CreateKeyPairResponsePayload(privateKeyUniqueIdentifier, publicKeyUniqueIdentifier, privateKeyAttributes, publicKeyAttributes);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER, privateKeyUniqueIdentifier)
        .text(Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER, publicKeyUniqueIdentifier)
        .item(!FieldWriter.at(v, 2, 0) ? privateKeyAttributes == null ? null : PayloadFields.attributes(privateKeyAttributes, Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE, Tag.PRIVATE_KEY_ATTRIBUTES, v) : null)
        .item(!FieldWriter.at(v, 2, 0) ? publicKeyAttributes == null ? null : PayloadFields.attributes(publicKeyAttributes, Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE, Tag.PUBLIC_KEY_ATTRIBUTES, v) : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
