package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.List;

/**
 * Discover Versions Response Payload (KMIP 1.4 §4.26 Table 225, KMIP 2.1 §6.1.16 Table 212).
 *
 * @param protocolVersions the versions both support, preferred first
 */
public record DiscoverVersionsResponsePayload(
    List<ProtocolVersion> protocolVersions) implements ResponsePayload {

  public DiscoverVersionsResponsePayload {
    protocolVersions = protocolVersions == null ? List.of() : List.copyOf(protocolVersions);
  }

  @Override
  public Operation operation() {
    return Operation.DISCOVER_VERSIONS;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static DiscoverVersionsResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Discover Versions Response Payload");
    List<ProtocolVersion> protocolVersions = PayloadFields.protocolVersions(r);
    r.end();
    return new DiscoverVersionsResponsePayload(protocolVersions);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .items(PayloadFields.protocolVersions(protocolVersions))
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
