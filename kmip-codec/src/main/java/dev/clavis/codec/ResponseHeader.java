package dev.clavis.codec;

import dev.clavis.codec.spec.AttestationType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Response Header (KMIP 1.4 §7.2 Table 289, KMIP 2.1 §8.5 Table 398).
 *
 * @param nonce Nonce structure (1.2+), as sent
 * @param serverHashedPassword Server Hashed Password (2.0+)
 * @param attestationTypes Attestation Type, may be repeated (1.2+)
 * @param clientCorrelationValue Client Correlation Value (1.4+)
 * @param serverCorrelationValue Server Correlation Value (1.4+)
 */
public record ResponseHeader(
    ProtocolVersion protocolVersion,
    Instant timeStamp,
    TtlvItem.Structure nonce,
    byte[] serverHashedPassword,
    List<AttestationType> attestationTypes,
    String clientCorrelationValue,
    String serverCorrelationValue,
    int batchCount) {

  public ResponseHeader {
    Objects.requireNonNull(protocolVersion, "protocolVersion");
    Objects.requireNonNull(timeStamp, "timeStamp");
    attestationTypes = List.copyOf(attestationTypes);
  }

  public static ResponseHeader of(ProtocolVersion v, Instant timeStamp, int batchCount) {
    return new ResponseHeader(v, timeStamp, null, null, List.of(), null, null, batchCount);
  }

  /** Parses a Response Header; malformed input is {@code Invalid Message}. */
  public static ResponseHeader fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.RESPONSE_HEADER, "Response Header");
    ProtocolVersion pv = ProtocolVersion.fromTtlv(r.requireAny(Tag.PROTOCOL_VERSION));
    Instant ts = r.require(Tag.TIME_STAMP, TtlvItem.DateTime.class).instant();
    TtlvItem.Structure nonce = r.optionalStructure(Tag.NONCE);
    byte[] shp = r.optionalBytes(Tag.SERVER_HASHED_PASSWORD);
    List<AttestationType> att = r.allEnum(Tag.ATTESTATION_TYPE, AttestationType::fromValue);
    String ccv = r.optionalText(Tag.CLIENT_CORRELATION_VALUE);
    String scv = r.optionalText(Tag.SERVER_CORRELATION_VALUE);
    int count = r.integer(Tag.BATCH_COUNT);
    r.end();
    return new ResponseHeader(pv, ts, nonce, shp, att, ccv, scv, count);
  }

  /** Renders the header for its own protocol version (fields newer than it are left out). */
  public TtlvItem.Structure toTtlv() {
    KmipVersion v = protocolVersion.kmipVersion();
    boolean v12 = v.atLeast(KmipVersion.of(1, 2));
    boolean v14 = v.atLeast(KmipVersion.of(1, 4));
    FieldWriter w = new FieldWriter()
        .item(protocolVersion.toTtlv())
        .dateTime(Tag.TIME_STAMP, timeStamp)
        .item(v12 ? nonce : null)
        .bytes(Tag.SERVER_HASHED_PASSWORD, v.atLeast(KmipVersion.of(2, 0)) ? serverHashedPassword : null);
    if (v12) {
      for (AttestationType t : attestationTypes) {
        w.enumeration(Tag.ATTESTATION_TYPE, t.value());
      }
    }
    return w.text(Tag.CLIENT_CORRELATION_VALUE, v14 ? clientCorrelationValue : null)
        .text(Tag.SERVER_CORRELATION_VALUE, v14 ? serverCorrelationValue : null)
        .integer(Tag.BATCH_COUNT, batchCount)
        .build(Tag.RESPONSE_HEADER);
  }
}
