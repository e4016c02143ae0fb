package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.RequestBatchItem;
import dev.clavis.codec.RequestHeader;
import dev.clavis.codec.RequestMessage;
import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limits.max-requests-per-second-per-identity} over real TLS: with a rate of 1, twenty
 * pipelined messages of one identity get one success and failures with Server Limit Exceeded (KMIP
 * 2.x) or General Failure (1.x, where that reason does not exist), on an open connection; another
 * identity is not affected.
 */
class RateLimitIT {

  static final int MESSAGES = 20;

  @TempDir Path dataDir;
  ServerFixture fixture;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dataDir, Map.of("limits.max-requests-per-second-per-identity", "1"));
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @ParameterizedTest
  @EnumSource(value = KmipVersion.class, names = {"V1_4", "V2_1"})
  void overTheRateEachItemFailsAndTheConnectionStays(KmipVersion v) throws Exception {
    ServerFixture.Connection c = fixture.connect(v);
    byte[] one = TtlvEncoder.encode(new RequestMessage(RequestHeader.of(v, 1), List.of(RequestBatchItem.of(
        new QueryRequestPayload(List.of(QueryFunction.QUERY_OPERATIONS), null), null, v))).toTtlv());
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (int i = 0; i < MESSAGES; i++) {
      all.writeBytes(one);
    }
    c.client.send(all.toByteArray());
    int ok = 0;
    int limited = 0;
    ResultReason expected = v.atLeast(KmipVersion.V2_0) ? ResultReason.SERVER_LIMIT_EXCEEDED : ResultReason.GENERAL_FAILURE;
    for (int i = 0; i < MESSAGES; i++) {
      ResponseBatchItem item = ResponseMessage.fromTtlv(TtlvDecoder.decode(c.client.receive(), TtlvLimits.DEFAULT))
          .batchItems().get(0);
      if (item.resultStatus() == ResultStatus.SUCCESS) {
        ok++;
      } else {
        assertThat(item.resultReason()).isEqualTo(expected);
        assertThat(item.resultMessage()).contains("request rate");
        limited++;
      }
    }
    assertThat(ok).as("the bucket's one token (plus refills while the 20 were processed)").isGreaterThanOrEqualTo(1);
    assertThat(limited).as("messages over the rate").isGreaterThan(0);
    // Another identity has its own bucket.
    ServerFixture.Connection admin = fixture.connect(v, ServerFixture.PKI.adminClientCert, ServerFixture.PKI.adminClientKey);
    assertThat(admin.call(new QueryRequestPayload(List.of(QueryFunction.QUERY_OPERATIONS), null)).resultStatus())
        .isEqualTo(ResultStatus.SUCCESS);
  }
}
