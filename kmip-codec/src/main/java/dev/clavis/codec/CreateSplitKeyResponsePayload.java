package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.List;

/**
 * Create Split Key Response Payload (KMIP 1.4 §4.38 Table 248, KMIP 2.1 §6.1.10 Table 194).
 *
 * @param uniqueIdentifiers the new split key parts, in Key Part Identifier order
 * @param attributes Template-Attribute of attributes the server set implicitly (1.x); rendered before KMIP 2.0 only; {@code null} when absent
 */
public record CreateSplitKeyResponsePayload(
    List<String> uniqueIdentifiers,
    Attributes attributes) implements ResponsePayload {

  public CreateSplitKeyResponsePayload {
    uniqueIdentifiers = uniqueIdentifiers == null ? List.of() : List.copyOf(uniqueIdentifiers);
  }

  @Override
  public Operation operation() {
    return Operation.CREATE_SPLIT_KEY;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static CreateSplitKeyResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Create Split Key Response Payload");
    List<String> uniqueIdentifiers = r.allText(Tag.UNIQUE_IDENTIFIER);
    if (uniqueIdentifiers.isEmpty()) {
      throw r.missing(Tag.UNIQUE_IDENTIFIER);
    }
    Attributes attributes = Attributes.read(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES);
    r.end();
    return new CreateSplitKeyResponsePayload(uniqueIdentifiers, attributes);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .texts(Tag.UNIQUE_IDENTIFIER, uniqueIdentifiers)
        .item(!FieldWriter.at(v, 2, 0) ? attributes == null ? null : PayloadFields.attributes(attributes, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, v) : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
