package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.List;

/**
 * Locate Response Payload (KMIP 1.4 §4.9 Table 191, KMIP 2.1 §6.1.28 Table 248).
 *
 * @param locatedItems rendered from KMIP 1.3; {@code null} when absent
 */
public record LocateResponsePayload(
    Integer locatedItems,
    List<String> uniqueIdentifiers) implements ResponsePayload {

  public LocateResponsePayload {
    uniqueIdentifiers = uniqueIdentifiers == null ? List.of() : List.copyOf(uniqueIdentifiers);
  }

  @Override
  public Operation operation() {
    return Operation.LOCATE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static LocateResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Locate Response Payload");
    Integer locatedItems = r.optionalInt(Tag.LOCATED_ITEMS);
    List<String> uniqueIdentifiers = r.allText(Tag.UNIQUE_IDENTIFIER);
    r.end();
    return new LocateResponsePayload(locatedItems, uniqueIdentifiers);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .integer(Tag.LOCATED_ITEMS, FieldWriter.at(v, 1, 3) ? locatedItems : null)
        .texts(Tag.UNIQUE_IDENTIFIER, uniqueIdentifiers)
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
