package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.ArchiveRequestPayload;
import dev.clavis.codec.ArchiveResponsePayload;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.EncryptRequestPayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.LocateRequestPayload;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.RecoverRequestPayload;
import dev.clavis.codec.RecoverResponsePayload;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import dev.clavis.storage.LocateQuery;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Archive and Recover (KMIP 1.4 §4.22/§4.23, KMIP 2.1 §6.1.4/§6.1.44) over real TLS and the H2
 * store: an archived object stays stored but every operation on it is Object Archived until
 * Recover; Locate sees it only with Archival Storage in its Storage Status Mask.
 */
class ArchiveRecoverIT {

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

  private static LocateRequestPayload byName(String name, Integer mask) {
    return new LocateRequestPayload(null, null, mask,
        null, Attributes.of(List.of(new Name(name, NameType.UNINTERPRETED_TEXT_STRING).toAttribute())));
  }

  @ParameterizedTest
  @EnumSource(value = KmipVersion.class, names = {"V1_0", "V1_4", "V2_0", "V2_1"})
  void archivedObjectsAreUnusableUntilRecovered(KmipVersion v) throws Exception {
    ServerFixture.Connection c = fixture.connect(v);
    String uid = OperationsIT.create(c, OperationsIT.aes(256, "archive-me-" + v));
    c.ok(new ActivateRequestPayload(uid));

    ArchiveResponsePayload archived = c.ok(new ArchiveRequestPayload(uid));
    assertThat(archived.uniqueIdentifier()).isEqualTo(uid);
    assertThat(c.reason(new GetRequestPayload(uid, null, null, null, null))).isEqualTo(ResultReason.OBJECT_ARCHIVED);
    assertThat(c.reason(new GetAttributesRequestPayload(uid, List.of()))).isEqualTo(ResultReason.OBJECT_ARCHIVED);
    assertThat(c.reason(new DestroyRequestPayload(uid))).isEqualTo(ResultReason.OBJECT_ARCHIVED);
    assertThat(c.reason(new ArchiveRequestPayload(uid))).as("already archived (KMIP 1.4 §11.23)")
        .isEqualTo(ResultReason.OBJECT_ARCHIVED);
    if (v.atLeast(KmipVersion.V1_2)) {
      assertThat(c.reason(new EncryptRequestPayload(uid, null, new byte[16], null, null, null, null, null)))
          .isEqualTo(ResultReason.OBJECT_ARCHIVED);
    }
    LocateResponsePayload online = c.ok(byName("archive-me-" + v, null));
    assertThat(online.uniqueIdentifiers()).as("on-line only by default").isEmpty();
    LocateResponsePayload inArchive = c.ok(byName("archive-me-" + v, LocateQuery.ARCHIVAL_STORAGE));
    assertThat(inArchive.uniqueIdentifiers()).containsExactly(uid);

    RecoverResponsePayload recovered = c.ok(new RecoverRequestPayload(uid));
    assertThat(recovered.uniqueIdentifier()).isEqualTo(uid);
    GetAttributesResponsePayload attrs = c.ok(new GetAttributesRequestPayload(uid, List.of()));
    assertThat(attrs.attributes().get(Tag.ARCHIVE_DATE)).as("deleted by Recover (KMIP 1.4 §3.32)").isEmpty();
    assertThat(State.fromValue(attrs.attributes().enumeration(Tag.STATE).orElseThrow())).isEqualTo(State.ACTIVE);
    GetResponsePayload got = c.ok(new GetRequestPayload(uid, null, null, null, null));
    assertThat(got.uniqueIdentifier()).isEqualTo(uid);
    assertThat(c.<LocateResponsePayload>ok(byName("archive-me-" + v, null)).uniqueIdentifiers()).containsExactly(uid);
    assertThat(c.<LocateResponsePayload>ok(byName("archive-me-" + v, LocateQuery.ARCHIVAL_STORAGE)).uniqueIdentifiers())
        .isEmpty();
    assertThat(c.<RecoverResponsePayload>ok(new RecoverRequestPayload(uid)).uniqueIdentifier())
        .as("recovering an on-line object changes nothing").isEqualTo(uid);
    assertThat(c.reason(new RecoverRequestPayload("no-such-object"))).isIn(ResultReason.ITEM_NOT_FOUND,
        ResultReason.OBJECT_NOT_FOUND);
  }

  /** Archive and Recover take the ID Placeholder; Query lists both operations. */
  @Test
  void batchedWithThePlaceholderAndListedByQuery() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    String uid = OperationsIT.create(c, OperationsIT.aes(128, "placeholder-archive"));
    ResponseMessage m = c.batch(List.of(new GetAttributesRequestPayload(uid, List.of()), new ArchiveRequestPayload(null),
        new RecoverRequestPayload(null)));
    assertThat(m.batchItems()).extracting(i -> i.resultStatus())
        .containsExactly(ResultStatus.SUCCESS, ResultStatus.SUCCESS, ResultStatus.SUCCESS);
    assertThat(c.<GetResponsePayload>ok(new GetRequestPayload(uid, null, null, null, null)).uniqueIdentifier()).isEqualTo(uid);
    QueryResponsePayload q = c.ok(new QueryRequestPayload(List.of(QueryFunction.QUERY_OPERATIONS), null));
    assertThat(q.operations()).contains(Operation.ARCHIVE, Operation.RECOVER, Operation.RE_KEY_KEY_PAIR);
  }

  /** Another operator cannot archive or recover an object it cannot see. */
  @Test
  void archiveOfAnInvisibleObjectIsNotFound() throws Exception {
    ServerFixture.Connection owner = fixture.connect(KmipVersion.V2_1);
    String uid = OperationsIT.create(owner, OperationsIT.aes(128, null));
    ServerFixture.Connection other = fixture.connect(KmipVersion.V2_1, ServerFixture.PKI.otherClientCert,
        ServerFixture.PKI.otherClientKey);
    assertThat(other.reason(new ArchiveRequestPayload(uid))).isIn(ResultReason.ITEM_NOT_FOUND, ResultReason.OBJECT_NOT_FOUND);
    assertThat(other.reason(new RecoverRequestPayload(uid))).isIn(ResultReason.ITEM_NOT_FOUND, ResultReason.OBJECT_NOT_FOUND);
  }
}
