package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Archive Response Payload (KMIP 1.4 §4.22 Table 217, KMIP 2.1 §6.1.4 Table 174).
 */
public record ArchiveResponsePayload(
    String uniqueIdentifier) implements ResponsePayload {

  public ArchiveResponsePayload {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.ARCHIVE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static ArchiveResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Archive Response Payload");
    String uniqueIdentifier = r.text(Tag.UNIQUE_IDENTIFIER);
    r.end();
    return new ArchiveResponsePayload(uniqueIdentifier);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
