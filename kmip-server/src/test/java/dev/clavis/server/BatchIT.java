package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.ActivateResponsePayload;
import dev.clavis.codec.AttributeNames;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.LocateRequestPayload;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.RequestHeader;
import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.BatchErrorContinuationOption;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Message-level behaviour over real TLS: batches (ID Placeholder, Stop / Continue / Undo, batch
 * item IDs), header fields (Time Stamp, Maximum Response Size, Asynchronous Indicator, Client
 * Correlation Value), protocol versions (responses rendered exactly in the request's version) and
 * malformed messages.
 */
class BatchIT {

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

  static CreateRequestPayload create(String name) {
    Attributes a = OperationsIT.aes(256, null);
    return new CreateRequestPayload(ObjectType.SYMMETRIC_KEY,
        name == null ? a : a.with(new Name(name, NameType.UNINTERPRETED_TEXT_STRING).toAttribute()), null);
  }

  static RequestHeader header(KmipVersion v, int count, BatchErrorContinuationOption option) {
    return new RequestHeader(ProtocolVersion.of(v), null, null, null, null, null, List.of(), List.of(), option, null, null, count);
  }

  static List<String> locateByName(ServerFixture.Connection c, String name) throws Exception {
    LocateResponsePayload r = c.ok(new LocateRequestPayload(null, null, null, null,
        Attributes.of(new Name(name, NameType.UNINTERPRETED_TEXT_STRING).toTtlv())));
    return r.uniqueIdentifiers();
  }

  @Test
  void idPlaceholderCarriesTheCreatedObjectAcrossItemsAndBatchItemIdsAreEchoed() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
    ResponseMessage r = c.batch(List.of(create("placeholder"), new ActivateRequestPayload(null),
        new GetRequestPayload(null, null, null, null, null)));
    assertThat(r.batchItems()).extracting(ResponseBatchItem::resultStatus).containsOnly(ResultStatus.SUCCESS);
    assertThat(r.batchItems()).extracting(i -> i.uniqueBatchItemId()[0]).containsExactly((byte) 1, (byte) 2, (byte) 3);
    String uid = ((CreateResponsePayload) r.batchItems().get(0).payload(c.version)).uniqueIdentifier();
    assertThat(((ActivateResponsePayload) r.batchItems().get(1).payload(c.version)).uniqueIdentifier()).isEqualTo(uid);
    assertThat(((GetResponsePayload) r.batchItems().get(2).payload(c.version)).uniqueIdentifier()).isEqualTo(uid);
    assertThat(OperationsIT.state(c, uid)).isEqualTo(dev.clavis.codec.spec.State.ACTIVE);
    assertThat(c.reason(new ActivateRequestPayload(null))).as("no placeholder in a new message").isEqualTo(ResultReason.MISSING_DATA);
  }

  @Test
  void stopIsTheDefaultAndKeepsWhatCompletedBeforeTheFailure() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    ResponseMessage r = c.batch(List.of(create("stop-1"), new GetRequestPayload("missing", null, null, null, null),
        create("stop-2")));
    assertThat(r.batchItems()).extracting(ResponseBatchItem::resultStatus)
        .containsExactly(ResultStatus.SUCCESS, ResultStatus.OPERATION_FAILED);
    assertThat(r.header().batchCount()).isEqualTo(2);
    assertThat(r.batchItems().get(1).resultReason()).isEqualTo(ResultReason.OBJECT_NOT_FOUND);
    assertThat(r.batchItems().get(1).operation()).isEqualTo(Operation.GET);
    assertThat(locateByName(c, "stop-1")).hasSize(1);
    assertThat(locateByName(c, "stop-2")).as("not run after the failure").isEmpty();
  }

  @Test
  void continueRunsEveryItem() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_2);
    ResponseMessage r = c.batch(header(KmipVersion.V1_2, 3, BatchErrorContinuationOption.CONTINUE),
        List.of(create("cont-1"), new ActivateRequestPayload("missing"), create("cont-2")));
    assertThat(r.batchItems()).extracting(ResponseBatchItem::resultStatus)
        .containsExactly(ResultStatus.SUCCESS, ResultStatus.OPERATION_FAILED, ResultStatus.SUCCESS);
    assertThat(locateByName(c, "cont-1")).hasSize(1);
    assertThat(locateByName(c, "cont-2")).hasSize(1);
  }

  @Test
  void undoRollsBackTheEarlierItemsOfTheBatch() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
    String existing = OperationsIT.create(c, OperationsIT.aes(128, "undo-existing"));
    ResponseMessage r = c.batch(header(KmipVersion.V1_4, 4, BatchErrorContinuationOption.UNDO),
        List.of(create("undo-me"), new ActivateRequestPayload(existing), new GetRequestPayload("missing", null, null, null, null),
            create("never")));
    assertThat(r.batchItems()).extracting(ResponseBatchItem::resultStatus)
        .containsExactly(ResultStatus.OPERATION_UNDONE, ResultStatus.OPERATION_UNDONE, ResultStatus.OPERATION_FAILED);
    assertThat(r.batchItems().get(2).resultReason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
    assertThat(locateByName(c, "undo-me")).as("the Create was undone").isEmpty();
    assertThat(locateByName(c, "never")).isEmpty();
    assertThat(OperationsIT.state(c, existing)).as("the Activate was undone").isEqualTo(dev.clavis.codec.spec.State.PRE_ACTIVE);

    ResponseMessage ok = c.batch(header(KmipVersion.V1_4, 2, BatchErrorContinuationOption.UNDO),
        List.of(create("undo-ok"), new ActivateRequestPayload(null)));
    assertThat(ok.batchItems()).extracting(ResponseBatchItem::resultStatus).containsOnly(ResultStatus.SUCCESS);
    assertThat(locateByName(c, "undo-ok")).hasSize(1);
  }

  @Test
  void headerFieldsTimeStampCorrelationMaximumResponseSizeAndAsynchronousIndicator() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
    String uid = OperationsIT.create(c, OperationsIT.aes(256, null));
    RequestHeader small = new RequestHeader(ProtocolVersion.of(KmipVersion.V1_4), 64, "corr-7", null, null, null, List.of(),
        List.of(), null, null, null, 1);
    ResponseMessage r = c.batch(small, List.of(new GetRequestPayload(uid, null, null, null, null)));
    assertThat(r.batchItems().get(0).resultReason()).isEqualTo(ResultReason.RESPONSE_TOO_LARGE);
    assertThat(r.batchItems().get(0).resultMessage()).contains("Maximum Response Size");
    assertThat(r.header().clientCorrelationValue()).as("echoed only for server-to-client operations").isNull();
    assertThat(r.header().timeStamp()).isBetween(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));

    RequestHeader async = new RequestHeader(ProtocolVersion.of(KmipVersion.V1_4), null, null, null,
        TtlvItem.bool(Tag.ASYNCHRONOUS_INDICATOR, true), null, List.of(), List.of(), null, null, null, 1);
    ResponseBatchItem refused = c.batch(async, List.of(new GetRequestPayload(uid, null, null, null, null))).batchItems().get(0);
    assertThat(refused.resultReason()).isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED);
    assertThat(refused.resultMessage()).contains("Asynchronous Indicator");
  }

  @Test
  void anOperationNewerThanTheRequestsVersionIsNotSupported() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
    ResponseBatchItem log = c.batch(header(KmipVersion.V1_4, 1, null),
        List.of(new dev.clavis.codec.LogRequestPayload("from a 1.4 client"))).batchItems().get(0);
    assertThat(log.resultReason()).as("Log is KMIP 2.0").isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED);
    assertThat(log.resultMessage()).contains("added in 2.0");
  }

  /** Every 1.x Attribute Name in a response tree. */
  static List<String> attributeNames(TtlvItem item) {
    List<String> out = new ArrayList<>();
    if (item instanceof TtlvItem.Structure s) {
      if (s.tag() == Tag.ATTRIBUTE) {
        s.find(Tag.ATTRIBUTE_NAME, TtlvItem.Text.class).ifPresent(t -> out.add(t.value()));
      }
      for (TtlvItem i : s.items()) {
        out.addAll(attributeNames(i));
      }
    }
    return out;
  }

  /** Every tag in a tree. */
  static List<Integer> tags(TtlvItem item) {
    List<Integer> out = new ArrayList<>();
    out.add(item.tag());
    if (item instanceof TtlvItem.Structure s) {
      for (TtlvItem i : s.items()) {
        out.addAll(tags(i));
      }
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(value = KmipVersion.class, names = {"V1_0", "V1_1", "V1_2"})
  void oldClientsNeverSeeNewerAttributesOrFields(KmipVersion v) throws Exception {
    ServerFixture.Connection c = fixture.connect(v);
    String uid = OperationsIT.create(c, OperationsIT.aes(256, "render-" + v));
    c.ok(new ActivateRequestPayload(uid));
    TtlvItem request = new dev.clavis.codec.RequestMessage(RequestHeader.of(v, 1), List.of(dev.clavis.codec.RequestBatchItem.of(
        new GetAttributesRequestPayload(uid, List.of()), null, v))).toTtlv();
    TtlvItem response = c.exchange(request);
    List<String> names = attributeNames(response);
    assertThat(names).contains("Unique Identifier", "Object Type", "State", "Cryptographic Algorithm", "Initial Date",
        "Activation Date", "Digest", "Name");
    for (String name : names) {
      assertThat(AttributeNames.tagIn(AttributeNames.tag(name), v)).as("%s exists in KMIP %s", name, v).isTrue();
    }
    if (!v.atLeast(KmipVersion.V1_2)) {
      assertThat(names).doesNotContain("Original Creation Date");
    }
    if (v == KmipVersion.V1_0) {
      assertThat(names).doesNotContain("Fresh");
    }
    assertThat(names).as("an attribute only from 2.0").doesNotContain("Key Format Type");
    for (int tag : tags(response)) {
      assertThat(AttributeNames.tagIn(tag, v)).as("tag 0x%06X exists in KMIP %s", tag, v).isTrue();
    }
    TtlvItem.Structure pv = ((TtlvItem.Structure) response).find(Tag.RESPONSE_HEADER, TtlvItem.Structure.class).orElseThrow()
        .find(Tag.PROTOCOL_VERSION, TtlvItem.Structure.class).orElseThrow();
    assertThat(pv).isEqualTo(ProtocolVersion.of(v).toTtlv());
  }

  @Test
  void malformedAndUnsupportedMessagesGetWellFormedErrors() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    // A Request Message without a header: Invalid Message, answered in 1.0.
    ResponseMessage noHeader = c.sendRaw(TtlvEncoder.encode(structure(Tag.REQUEST_MESSAGE,
        structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, Operation.QUERY.value()), structure(Tag.REQUEST_PAYLOAD)))));
    assertThat(noHeader.batchItems().get(0).resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
    assertThat(noHeader.header().protocolVersion()).isEqualTo(new ProtocolVersion(1, 0));

    // A version this server does not speak.
    TtlvItem v30 = structure(Tag.REQUEST_MESSAGE,
        structure(Tag.REQUEST_HEADER, structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, 3),
            integer(Tag.PROTOCOL_VERSION_MINOR, 0)), integer(Tag.BATCH_COUNT, 1)),
        structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, Operation.QUERY.value()), structure(Tag.REQUEST_PAYLOAD)));
    ResponseMessage r30 = c.sendRaw(TtlvEncoder.encode(v30));
    assertThat(r30.header().protocolVersion()).isEqualTo(new ProtocolVersion(2, 1));
    assertThat(r30.batchItems().get(0).resultReason()).isEqualTo(ResultReason.UNSUPPORTED_PROTOCOL_VERSION);

    // An undefined operation and an unimplemented one fail alone (Continue), the third item runs.
    TtlvItem mixed = structure(Tag.REQUEST_MESSAGE,
        structure(Tag.REQUEST_HEADER, ProtocolVersion.of(KmipVersion.V2_1).toTtlv(),
            enumeration(Tag.BATCH_ERROR_CONTINUATION_OPTION, BatchErrorContinuationOption.CONTINUE.value()),
            integer(Tag.BATCH_COUNT, 3)),
        structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, 0x7777), TtlvItem.bytes(Tag.UNIQUE_BATCH_ITEM_ID, new byte[] {1}),
            structure(Tag.REQUEST_PAYLOAD)),
        structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, Operation.CANCEL.value()),
            TtlvItem.bytes(Tag.UNIQUE_BATCH_ITEM_ID, new byte[] {2}), structure(Tag.REQUEST_PAYLOAD)),
        structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, Operation.QUERY.value()),
            TtlvItem.bytes(Tag.UNIQUE_BATCH_ITEM_ID, new byte[] {3}), structure(Tag.REQUEST_PAYLOAD)));
    ResponseMessage m = c.sendRaw(TtlvEncoder.encode(mixed));
    assertThat(m.batchItems()).extracting(ResponseBatchItem::resultStatus)
        .containsExactly(ResultStatus.OPERATION_FAILED, ResultStatus.OPERATION_FAILED, ResultStatus.SUCCESS);
    assertThat(m.batchItems().get(0).resultReason()).isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED);
    assertThat(m.batchItems().get(1).resultReason()).isIn(ResultReason.OPERATION_NOT_SUPPORTED, ResultReason.INVALID_MESSAGE,
        ResultReason.INVALID_FIELD);
    assertThat(m.batchItems().get(1).operation()).isEqualTo(Operation.CANCEL);
    assertThat(m.batchItems()).extracting(i -> i.uniqueBatchItemId()[0]).containsExactly((byte) 1, (byte) 2, (byte) 3);

    // A payload with a field the operation does not have: that item fails with Invalid Field.
    TtlvItem extra = structure(Tag.REQUEST_MESSAGE,
        structure(Tag.REQUEST_HEADER, ProtocolVersion.of(KmipVersion.V2_1).toTtlv(), integer(Tag.BATCH_COUNT, 1)),
        structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, Operation.ACTIVATE.value()),
            structure(Tag.REQUEST_PAYLOAD, TtlvItem.text(Tag.UNIQUE_IDENTIFIER, "x"), integer(Tag.CRYPTOGRAPHIC_LENGTH, 1))));
    ResponseBatchItem bad = c.sendRaw(TtlvEncoder.encode(extra)).batchItems().get(0);
    assertThat(bad.resultReason()).isIn(ResultReason.INVALID_FIELD, ResultReason.INVALID_MESSAGE);
    assertThat(bad.operation()).isEqualTo(Operation.ACTIVATE);
    // No message ever carries a stack trace.
    for (ResponseBatchItem i : m.batchItems()) {
      assertThat(String.valueOf(i.resultMessage())).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }
}
