package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Delegated Login Request Payload (KMIP 2.1 §6.1.12 Table 199): Login's fields plus the Rights
 * (KMIP 2.1 §7.35) the ticket holder is restricted to.
 *
 * @param leaseSeconds the Lease Time as an Interval, or {@code null}
 * @param leaseUntil the Lease Time as a Date Time, or {@code null}
 * @param requestCount the number of requests that may be made with the ticket, or {@code null}
 * @param usageLimits the Usage Limits structure as sent, or {@code null}
 * @param rights the Right structures of Rights (required; may be empty)
 */
public record DelegatedLoginRequestPayload(
    Long leaseSeconds,
    Instant leaseUntil,
    Integer requestCount,
    TtlvItem usageLimits,
    List<Right> rights) implements RequestPayload {

  public DelegatedLoginRequestPayload {
    rights = List.copyOf(Objects.requireNonNull(rights, "rights"));
  }

  @Override
  public Operation operation() {
    return Operation.DELEGATED_LOGIN;
  }

  /** Reads the payload; missing Rights is {@code Invalid Message}, an unknown field {@code Invalid Field}. */
  public static DelegatedLoginRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    String where = "Delegated Login Request Payload";
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, where);
    TtlvItem lease = r.optionalAny(Tag.LEASE_TIME);
    Integer requestCount = r.optionalInt(Tag.REQUEST_COUNT);
    TtlvItem usageLimits = r.optionalAny(Tag.USAGE_LIMITS);
    TtlvItem.Structure rightsItem = r.requireStructure(Tag.RIGHTS);
    r.end();
    FieldReader rr = FieldReader.of(rightsItem, Tag.RIGHTS, where + ": Rights");
    List<Right> rights = new ArrayList<>();
    for (TtlvItem right : rr.all(Tag.RIGHT)) {
      rights.add(Right.fromTtlv(right));
    }
    rr.end();
    return new DelegatedLoginRequestPayload(LoginRequestPayload.leaseSeconds(lease, where),
        LoginRequestPayload.leaseUntil(lease), requestCount, usageLimits, rights);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    List<TtlvItem> rs = new ArrayList<>();
    for (Right right : rights) {
      rs.add(right.toTtlv());
    }
    return new FieldWriter()
        .item(LoginRequestPayload.lease(leaseSeconds, leaseUntil))
        .integer(Tag.REQUEST_COUNT, requestCount)
        .item(usageLimits)
        .item(TtlvItem.structure(Tag.RIGHTS, rs))
        .build(Tag.REQUEST_PAYLOAD);
  }
}
