package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.integer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.ActivateResponsePayload;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CheckRequestPayload;
import dev.clavis.codec.CheckResponsePayload;
import dev.clavis.codec.RequestPayload;
import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.spec.BatchErrorContinuationOption;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check's answers (KMIP 2.1 §6.1.7) and the payload of undone batch items, as KMIP Profiles 2.1
 * BL-M-2-21 and BL-M-3-21 expect them, over real TLS.
 */
class CheckAndUndoIT {

  static final KmipVersion V = KmipVersion.V2_1;

  @TempDir Path dataDir;
  ServerFixture fixture;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dataDir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  static String encryptOnlyKey(ServerFixture.Connection c) throws Exception {
    return ImportExportIT.register(c, Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.value())));
  }

  @Test
  void anAllowedCheckAnswersTheUniqueIdentifierAlone() throws Exception {
    ServerFixture.Connection c = fixture.connect(V);
    String uid = encryptOnlyKey(c);
    c.ok(new ActivateRequestPayload(uid));
    CheckResponsePayload r = c.ok(new CheckRequestPayload(uid, 10L, CryptographicUsageMask.ENCRYPT.value(), 60L));
    assertThat(r).isEqualTo(new CheckResponsePayload(uid, null, null, null));
    assertThat(c.reason(new CheckRequestPayload(uid, null, CryptographicUsageMask.DECRYPT.value(), null)))
        .isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);
  }

  @Test
  void undoneItemsKeepThePayloadTheyAnswered() throws Exception {
    ServerFixture.Connection c = fixture.connect(V);
    String uid = encryptOnlyKey(c);
    List<RequestPayload> items = List.of(new ActivateRequestPayload(uid),
        new CheckRequestPayload(uid, null, CryptographicUsageMask.ENCRYPT.value(), null),
        new CheckRequestPayload(uid, null, CryptographicUsageMask.DECRYPT.value(), null));
    ResponseMessage r = c.batch(BatchIT.header(V, 3, BatchErrorContinuationOption.UNDO), items);
    List<ResponseBatchItem> out = r.batchItems();
    assertThat(out).extracting(ResponseBatchItem::resultStatus)
        .containsExactly(ResultStatus.OPERATION_UNDONE, ResultStatus.OPERATION_UNDONE, ResultStatus.OPERATION_FAILED);
    assertThat(out.get(0).payload(V)).isEqualTo(new ActivateResponsePayload(uid));
    assertThat(out.get(1).payload(V)).isEqualTo(new CheckResponsePayload(uid, null, null, null));
    assertThat(out.get(2).payload()).isNull();
    assertThat(out.get(2).resultReason()).isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);
    assertThat(OperationsIT.state(c, uid)).as("the Activate was undone").isEqualTo(State.PRE_ACTIVE);
  }
}
