package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;

/**
 * Re-key Request Payload (KMIP 1.4 §4.4 Table 174, KMIP 2.1 §6.1.46 Table 305).
 *
 * @param uniqueIdentifier {@code null} when absent
 * @param offset {@code null} when absent
 * @param attributes Template-Attribute (1.x) or Attributes (2.x); {@code null} when absent
 * @param protectionStorageMasks rendered from KMIP 2.0; {@code null} when absent
 */
public record ReKeyRequestPayload(
    String uniqueIdentifier,
    Long offset,
    Attributes attributes,
    TtlvItem.Structure protectionStorageMasks) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.RE_KEY;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static ReKeyRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Re-key Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    Long offset = r.optionalInterval(Tag.OFFSET);
    Attributes attributes = Attributes.read(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES);
    TtlvItem.Structure protectionStorageMasks = r.optionalStructure(Tag.PROTECTION_STORAGE_MASKS);
    r.end();
    return new ReKeyRequestPayload(uniqueIdentifier, offset, attributes, protectionStorageMasks);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .interval(Tag.OFFSET, offset)
        .item(attributes == null ? null : PayloadFields.attributes(attributes, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, v))
        .item(FieldWriter.at(v, 2, 0) ? PayloadFields.forVersion(protectionStorageMasks, v) : null)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
