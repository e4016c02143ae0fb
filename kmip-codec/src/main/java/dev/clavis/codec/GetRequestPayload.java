package dev.clavis.codec;

import dev.clavis.codec.spec.KeyCompressionType;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KeyWrapType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;

/**
 * Get Request Payload (KMIP 1.4 §4.11 Table 194, KMIP 2.1 §6.1.19 Table 220).
 *
 * @param uniqueIdentifier {@code null} when absent
 * @param keyFormatType {@code null} when absent
 * @param keyWrapType rendered from KMIP 1.4; {@code null} when absent
 * @param keyCompressionType {@code null} when absent
 * @param keyWrappingSpecification Key Wrapping Specification (KMIP 1.4 §2.1.6 Table 12, KMIP 2.1 Table 370), as sent; {@code null} when absent
 */
public record GetRequestPayload(
    String uniqueIdentifier,
    KeyFormatType keyFormatType,
    KeyWrapType keyWrapType,
    KeyCompressionType keyCompressionType,
    TtlvItem.Structure keyWrappingSpecification) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.GET;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static GetRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Get Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    KeyFormatType keyFormatType = r.optionalEnum(Tag.KEY_FORMAT_TYPE, KeyFormatType::fromValue);
    KeyWrapType keyWrapType = r.optionalEnum(Tag.KEY_WRAP_TYPE, KeyWrapType::fromValue);
    KeyCompressionType keyCompressionType = r.optionalEnum(Tag.KEY_COMPRESSION_TYPE, KeyCompressionType::fromValue);
    TtlvItem.Structure keyWrappingSpecification = r.optionalStructure(Tag.KEY_WRAPPING_SPECIFICATION);
    r.end();
    return new GetRequestPayload(uniqueIdentifier, keyFormatType, keyWrapType, keyCompressionType, keyWrappingSpecification);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .enumeration(Tag.KEY_FORMAT_TYPE, keyFormatType == null ? null : keyFormatType.value())
        .enumeration(Tag.KEY_WRAP_TYPE, FieldWriter.at(v, 1, 4) ? keyWrapType == null ? null : keyWrapType.value() : null)
        .enumeration(Tag.KEY_COMPRESSION_TYPE, keyCompressionType == null ? null : keyCompressionType.value())
        .item(PayloadFields.forVersion(keyWrappingSpecification, v))
        .build(Tag.REQUEST_PAYLOAD);
  }
}
