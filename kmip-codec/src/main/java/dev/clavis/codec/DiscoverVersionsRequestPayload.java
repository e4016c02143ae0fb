package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.List;

/**
 * Discover Versions Request Payload (KMIP 1.4 §4.26 Table 224, KMIP 2.1 §6.1.16 Table 211).
 *
 * @param protocolVersions the versions the client supports, preferred first
 */
public record DiscoverVersionsRequestPayload(
    List<ProtocolVersion> protocolVersions) implements RequestPayload {

  public DiscoverVersionsRequestPayload {
    protocolVersions = protocolVersions == null ? List.of() : List.copyOf(protocolVersions);
  }

  @Override
  public Operation operation() {
    return Operation.DISCOVER_VERSIONS;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static DiscoverVersionsRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Discover Versions Request Payload");
    List<ProtocolVersion> protocolVersions = PayloadFields.protocolVersions(r);
    r.end();
    return new DiscoverVersionsRequestPayload(protocolVersions);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .items(PayloadFields.protocolVersions(protocolVersions))
        .build(Tag.REQUEST_PAYLOAD);
  }
}
