package dev.clavis.codec;

import dev.clavis.codec.spec.AttestationType;
import dev.clavis.codec.spec.BatchErrorContinuationOption;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request Header (KMIP 1.4 §7.2 Table 287, KMIP 2.1 §8.2 Table 395). Optional fields are
 * {@code null} (or empty lists) when absent.
 *
 * @param maximumResponseSize Maximum Response Size in bytes
 * @param clientCorrelationValue Client Correlation Value (1.4+)
 * @param serverCorrelationValue Server Correlation Value (1.4+)
 * @param asynchronousIndicator Asynchronous Indicator as sent: a Boolean in 1.x, an Enumeration
 *     (Mandatory/Optional/Prohibited) in 2.x
 * @param attestationCapableIndicator Attestation Capable Indicator (1.2+)
 * @param attestationTypes Attestation Type, may be repeated (1.2+)
 * @param authentication the Credentials of the Authentication structure (empty when absent)
 * @param batchErrorContinuationOption Batch Error Continuation Option; absent means Stop
 * @param batchOrderOption Batch Order Option; absent means True
 * @param timeStamp Time Stamp
 * @param batchCount Batch Count
 */
public record RequestHeader(
    ProtocolVersion protocolVersion,
    Integer maximumResponseSize,
    String clientCorrelationValue,
    String serverCorrelationValue,
    TtlvItem asynchronousIndicator,
    Boolean attestationCapableIndicator,
    List<AttestationType> attestationTypes,
    List<Credential> authentication,
    BatchErrorContinuationOption batchErrorContinuationOption,
    Boolean batchOrderOption,
    Instant timeStamp,
    int batchCount) {

  public RequestHeader {
    Objects.requireNonNull(protocolVersion, "protocolVersion");
    attestationTypes = List.copyOf(attestationTypes);
    authentication = List.copyOf(authentication);
  }

  /** A minimal header: protocol version and batch count. */
  public static RequestHeader of(KmipVersion v, int batchCount) {
    return new RequestHeader(
        ProtocolVersion.of(v), null, null, null, null, null, List.of(), List.of(), null, null, null, batchCount);
  }

  /** A copy with this Authentication. */
  public RequestHeader withAuthentication(List<Credential> credentials) {
    return new RequestHeader(
        protocolVersion, maximumResponseSize, clientCorrelationValue, serverCorrelationValue,
        asynchronousIndicator, attestationCapableIndicator, attestationTypes, credentials,
        batchErrorContinuationOption, batchOrderOption, timeStamp, batchCount);
  }

  /** Parses a Request Header; malformed input is {@code Invalid Message}. */
  public static RequestHeader fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.REQUEST_HEADER, "Request Header");
    ProtocolVersion pv = ProtocolVersion.fromTtlv(r.requireAny(Tag.PROTOCOL_VERSION));
    Integer maxSize = r.optionalInt(Tag.MAXIMUM_RESPONSE_SIZE);
    String ccv = r.optionalText(Tag.CLIENT_CORRELATION_VALUE);
    String scv = r.optionalText(Tag.SERVER_CORRELATION_VALUE);
    TtlvItem async = r.optionalAny(Tag.ASYNCHRONOUS_INDICATOR);
    if (async != null && !(async instanceof TtlvItem.Bool) && !(async instanceof TtlvItem.Enumeration)) {
      throw new KmipException(
          ResultReason.INVALID_MESSAGE,
          "Request Header: Asynchronous Indicator has type " + async.type() + " (expected: BOOLEAN or ENUMERATION)");
    }
    Boolean attCapable = r.optionalBool(Tag.ATTESTATION_CAPABLE_INDICATOR);
    List<AttestationType> attTypes = r.allEnum(Tag.ATTESTATION_TYPE, AttestationType::fromValue);
    List<Credential> creds = new ArrayList<>();
    TtlvItem.Structure auth = r.optionalStructure(Tag.AUTHENTICATION);
    if (auth != null) {
      FieldReader ar = new FieldReader(auth, "Authentication");
      for (TtlvItem c : ar.all(Tag.CREDENTIAL)) {
        creds.add(Credential.fromTtlv(c));
      }
      ar.end();
      if (creds.isEmpty()) {
        throw new KmipException(
            ResultReason.INVALID_MESSAGE,
            "Authentication: 0 Credentials (expected: at least 1)");
      }
    }
    BatchErrorContinuationOption beco =
        r.optionalEnum(Tag.BATCH_ERROR_CONTINUATION_OPTION, BatchErrorContinuationOption::fromValue);
    Boolean order = r.optionalBool(Tag.BATCH_ORDER_OPTION);
    Instant ts = r.optionalDateTime(Tag.TIME_STAMP);
    int count = r.integer(Tag.BATCH_COUNT);
    r.end();
    return new RequestHeader(pv, maxSize, ccv, scv, async, attCapable, attTypes, creds, beco, order, ts, count);
  }

  /** Renders the header for its own protocol version (fields newer than it are left out). */
  public TtlvItem.Structure toTtlv() {
    KmipVersion v = protocolVersion.kmipVersion();
    boolean v12 = v.atLeast(KmipVersion.of(1, 2));
    boolean v14 = v.atLeast(KmipVersion.of(1, 4));
    FieldWriter w = new FieldWriter()
        .item(protocolVersion.toTtlv())
        .integer(Tag.MAXIMUM_RESPONSE_SIZE, maximumResponseSize)
        .text(Tag.CLIENT_CORRELATION_VALUE, v14 ? clientCorrelationValue : null)
        .text(Tag.SERVER_CORRELATION_VALUE, v14 ? serverCorrelationValue : null)
        .item(asynchronousIndicator)
        .bool(Tag.ATTESTATION_CAPABLE_INDICATOR, v12 ? attestationCapableIndicator : null);
    if (v12) {
      for (AttestationType t : attestationTypes) {
        w.enumeration(Tag.ATTESTATION_TYPE, t.value());
      }
    }
    if (!authentication.isEmpty()) {
      List<TtlvItem> creds = new ArrayList<>();
      for (Credential c : authentication) {
        creds.add(c.toTtlv());
      }
      w.item(TtlvItem.structure(Tag.AUTHENTICATION, creds));
    }
    return w.enumeration(
            Tag.BATCH_ERROR_CONTINUATION_OPTION,
            batchErrorContinuationOption == null ? null : batchErrorContinuationOption.value())
        .bool(Tag.BATCH_ORDER_OPTION, batchOrderOption)
        .dateTime(Tag.TIME_STAMP, timeStamp)
        .integer(Tag.BATCH_COUNT, batchCount)
        .build(Tag.REQUEST_HEADER);
  }
}
