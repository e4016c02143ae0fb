package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;

/**
 * Archive Request Payload (KMIP 1.4 §4.22 Table 216, KMIP 2.1 §6.1.4 Table 173).
 *
 * @param uniqueIdentifier {@code null} when absent
 */
public record ArchiveRequestPayload(
    String uniqueIdentifier) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.ARCHIVE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static ArchiveRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Archive Request Payload");
    String uniqueIdentifier = r.optionalText(Tag.UNIQUE_IDENTIFIER);
    r.end();
    return new ArchiveRequestPayload(uniqueIdentifier);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
