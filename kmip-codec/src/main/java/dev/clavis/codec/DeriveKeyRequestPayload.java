package dev.clavis.codec;

import dev.clavis.codec.spec.DerivationMethod;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.List;
import java.util.Objects;

/**
 * Derive Key Request Payload (KMIP 1.4 §4.6 Table 180, KMIP 2.1 §6.1.14 Table 205).
 *
 * @param uniqueIdentifiers the Unique Identifiers of the base object(s), in order
 * @param derivationParameters Derivation Parameters (KMIP 1.4 Table 182, KMIP 2.1 Table 364), as sent
 * @param attributes Template-Attribute (1.x) or Attributes (2.x)
 */
public record DeriveKeyRequestPayload(
    ObjectType objectType,
    List<String> uniqueIdentifiers,
    DerivationMethod derivationMethod,
    TtlvItem.Structure derivationParameters,
    Attributes attributes) implements RequestPayload {

  public DeriveKeyRequestPayload {
    Objects.requireNonNull(objectType, "objectType");
    uniqueIdentifiers = uniqueIdentifiers == null ? List.of() : List.copyOf(uniqueIdentifiers);
    Objects.requireNonNull(derivationMethod, "derivationMethod");
    Objects.requireNonNull(derivationParameters, "derivationParameters");
    Objects.requireNonNull(attributes, "attributes");
  }

  @Override
  public Operation operation() {
    return Operation.DERIVE_KEY;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static DeriveKeyRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Derive Key Request Payload");
    ObjectType objectType = r.requireEnum(Tag.OBJECT_TYPE, ObjectType::fromValue);
    List<String> uniqueIdentifiers = r.allText(Tag.UNIQUE_IDENTIFIER);
    DerivationMethod derivationMethod = r.requireEnum(Tag.DERIVATION_METHOD, DerivationMethod::fromValue);
    TtlvItem.Structure derivationParameters = r.requireStructure(Tag.DERIVATION_PARAMETERS);
    Attributes attributes = PayloadFields.require(r, Attributes.read(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES), Tag.ATTRIBUTES);
    r.end();
    return new DeriveKeyRequestPayload(objectType, uniqueIdentifiers, derivationMethod, derivationParameters, attributes);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .enumeration(Tag.OBJECT_TYPE, objectType == null ? null : objectType.value())
        .texts(Tag.UNIQUE_IDENTIFIER, uniqueIdentifiers)
        .enumeration(Tag.DERIVATION_METHOD, derivationMethod == null ? null : derivationMethod.value())
        .item(PayloadFields.forVersion(derivationParameters, v))
        .item(attributes == null ? null : PayloadFields.attributes(attributes, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, v))
        .build(Tag.REQUEST_PAYLOAD);
  }
}
