package dev.clavis.codec;

import static dev.clavis.codec.HandBuiltPayloadsTest.req;
import static dev.clavis.codec.HandBuiltPayloadsTest.resp;
import static dev.clavis.codec.HandBuiltPayloadsTest.roundTrip;
import static dev.clavis.codec.TtlvItem.dateTime;
import static dev.clavis.codec.TtlvItem.interval;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Obtain Lease payloads (KMIP 1.4 §4.17 Tables 206–207, KMIP 2.1 §6.1.35 Tables 268–269), which
 * no OASIS test file exercises, built by hand from the spec tables: the same shape in every version.
 */
class ObtainLeasePayloadsTest {

  @Test
  void roundTripsInEveryVersionAndTakesTheIdPlaceholderForm() {
    Instant changed = Instant.parse("2026-11-28T10:15:30Z");
    for (KmipVersion v : KmipVersion.values()) {
      roundTrip(Operation.OBTAIN_LEASE, req(text(Tag.UNIQUE_IDENTIFIER, "k-1")), new ObtainLeaseRequestPayload("k-1"),
          resp(text(Tag.UNIQUE_IDENTIFIER, "k-1"), interval(Tag.LEASE_TIME, 3600), dateTime(Tag.LAST_CHANGE_DATE, changed)),
          new ObtainLeaseResponsePayload("k-1", 3600, changed), v);
      assertThat(Payloads.request(Operation.OBTAIN_LEASE, req(), v)).isEqualTo(new ObtainLeaseRequestPayload(null));
    }
  }

  @Test
  void aResponseWithoutLeaseTimeOrLastChangeDateIsInvalid() {
    Instant changed = Instant.parse("2026-11-28T10:15:30Z");
    assertThatThrownBy(() -> Payloads.response(Operation.OBTAIN_LEASE,
        resp(text(Tag.UNIQUE_IDENTIFIER, "k-1"), dateTime(Tag.LAST_CHANGE_DATE, changed)), KmipVersion.V2_1))
        .isInstanceOfSatisfying(KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_MESSAGE));
    assertThatThrownBy(() -> Payloads.response(Operation.OBTAIN_LEASE,
        resp(text(Tag.UNIQUE_IDENTIFIER, "k-1"), interval(Tag.LEASE_TIME, 0)), KmipVersion.V1_4))
        .isInstanceOfSatisfying(KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_MESSAGE));
  }
}
