package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AuditingProcessor}: one record per batch item, no key bytes, fail closed. */
class AuditingProcessorTest {

  /** The key registered by the tests: recognisable, and never allowed in the audit. */
  static final byte[] KEY = HexFormat.of().parseHex("8f3ae1c27b90d45a66e0c3b1f2a9d8471c5e0b9a3d2f6e8147a0c9b5e3d1f2a7");

  static final ClientIdentity CLIENT = new ClientIdentity("CN=backup-01,O=Example", List.of("DNS:backup-01"), List.of(),
      new InetSocketAddress("127.0.0.1", 40123));

  @TempDir Path dir;

  private AuditLog audit;

  @AfterEach
  void close() {
    if (audit != null) {
      audit.close();
    }
  }

  static TtlvItem header(int batchCount) {
    return TtlvItem.structure(Tag.REQUEST_HEADER,
        TtlvItem.structure(Tag.PROTOCOL_VERSION,
            TtlvItem.integer(Tag.PROTOCOL_VERSION_MAJOR, 1), TtlvItem.integer(Tag.PROTOCOL_VERSION_MINOR, 4)),
        TtlvItem.integer(Tag.BATCH_COUNT, batchCount));
  }

  /** A Register of a 256-bit AES key with {@link #KEY} as its Raw key material, and a Get of uid-7. */
  static byte[] registerAndGet() {
    TtlvItem register = TtlvItem.structure(Tag.BATCH_ITEM,
        TtlvItem.enumeration(Tag.OPERATION, Operation.REGISTER.value()),
        TtlvItem.bytes(Tag.UNIQUE_BATCH_ITEM_ID, new byte[] {1}),
        TtlvItem.structure(Tag.REQUEST_PAYLOAD,
            TtlvItem.enumeration(Tag.OBJECT_TYPE, 2),
            TtlvItem.structure(Tag.TEMPLATE_ATTRIBUTE),
            TtlvItem.structure(Tag.SYMMETRIC_KEY,
                TtlvItem.structure(Tag.KEY_BLOCK,
                    TtlvItem.enumeration(Tag.KEY_FORMAT_TYPE, 1),
                    TtlvItem.structure(Tag.KEY_VALUE, TtlvItem.bytes(Tag.KEY_MATERIAL, KEY)),
                    TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, 3),
                    TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256)))));
    TtlvItem get = TtlvItem.structure(Tag.BATCH_ITEM,
        TtlvItem.enumeration(Tag.OPERATION, Operation.GET.value()),
        TtlvItem.bytes(Tag.UNIQUE_BATCH_ITEM_ID, new byte[] {2}),
        TtlvItem.structure(Tag.REQUEST_PAYLOAD, TtlvItem.text(Tag.UNIQUE_IDENTIFIER, "uid-7")));
    return TtlvEncoder.encode(TtlvItem.structure(Tag.REQUEST_MESSAGE, header(2), register, get));
  }

  /** The test's KMIP server: Register succeeds as uid-registered-1; Get returns the same key bytes. */
  static final MessageProcessor INNER = (request, client) -> {
    TtlvItem.Structure req = (TtlvItem.Structure) TtlvDecoder.decode(request, dev.clavis.codec.TtlvLimits.DEFAULT);
    List<TtlvItem> items = new ArrayList<>();
    items.add(TtlvItem.structure(Tag.RESPONSE_HEADER,
        TtlvItem.structure(Tag.PROTOCOL_VERSION,
            TtlvItem.integer(Tag.PROTOCOL_VERSION_MAJOR, 1), TtlvItem.integer(Tag.PROTOCOL_VERSION_MINOR, 4)),
        TtlvItem.dateTime(Tag.TIME_STAMP, Instant.now()),
        TtlvItem.integer(Tag.BATCH_COUNT, req.all(Tag.BATCH_ITEM).size())));
    for (TtlvItem b : req.all(Tag.BATCH_ITEM)) {
      TtlvItem.Structure item = (TtlvItem.Structure) b;
      int op = item.find(Tag.OPERATION, TtlvItem.Enumeration.class).orElseThrow().value();
      TtlvItem payload = op == Operation.REGISTER.value()
          ? TtlvItem.structure(Tag.RESPONSE_PAYLOAD, TtlvItem.text(Tag.UNIQUE_IDENTIFIER, "uid-registered-1"))
          : TtlvItem.structure(Tag.RESPONSE_PAYLOAD,
              TtlvItem.enumeration(Tag.OBJECT_TYPE, 2),
              TtlvItem.text(Tag.UNIQUE_IDENTIFIER, "uid-7"),
              TtlvItem.structure(Tag.SYMMETRIC_KEY,
                  TtlvItem.structure(Tag.KEY_BLOCK,
                      TtlvItem.enumeration(Tag.KEY_FORMAT_TYPE, 1),
                      TtlvItem.structure(Tag.KEY_VALUE, TtlvItem.bytes(Tag.KEY_MATERIAL, KEY)),
                      // an identifier-tagged text inside key material is not looked at
                      TtlvItem.text(Tag.UNIQUE_IDENTIFIER, HexFormat.of().formatHex(KEY)))));
      items.add(TtlvItem.structure(Tag.BATCH_ITEM,
          TtlvItem.enumeration(Tag.OPERATION, op),
          item.find(Tag.UNIQUE_BATCH_ITEM_ID).orElseThrow(),
          TtlvItem.enumeration(Tag.RESULT_STATUS, ResultStatus.SUCCESS.value()),
          payload));
    }
    return TtlvEncoder.encode(TtlvItem.structure(Tag.RESPONSE_MESSAGE, items));
  };

  private AuditingProcessor processor(MessageProcessor inner) {
    audit = AuditLog.open(dir);
    return new AuditingProcessor(inner, audit, ServerLimits.DEFAULT);
  }

  private List<AuditEntry> entries() throws Exception {
    return Files.readAllLines(dir.resolve(AuditLog.FILE)).stream().map(AuditEntry::parse).toList();
  }

  @Test
  void oneRecordPerBatchItemWithOperationIdentifiersAndResult() throws Exception {
    byte[] response = processor(INNER).process(registerAndGet(), CLIENT);
    assertThat(response).isEqualTo(INNER.process(registerAndGet(), CLIENT)).as("the answer passes through unchanged")
        .isNotNull();
    List<AuditEntry> e = entries();
    assertThat(e).hasSize(2);
    AuditRecord register = e.get(0).record();
    assertThat(register.operation()).isEqualTo("Register");
    assertThat(register.objectIds()).containsExactly("uid-registered-1");
    assertThat(register.resultStatus()).isEqualTo("Success");
    assertThat(register.resultReason()).isNull();
    assertThat(register.identity()).isEqualTo("CN=backup-01,O=Example");
    assertThat(register.peer()).isEqualTo("127.0.0.1:40123");
    AuditRecord get = e.get(1).record();
    assertThat(get.operation()).isEqualTo("Get");
    assertThat(get.objectIds()).containsExactly("uid-7");
    String id = register.requestId().substring(0, register.requestId().length() - 2);
    assertThat(register.requestId()).isEqualTo(id + "-0");
    assertThat(get.requestId()).isEqualTo(id + "-1");
    assertThat(AuditVerifier.verify(dir.resolve(AuditLog.FILE)).whole()).isTrue();
  }

  @Test
  void noKeyBytesInTheAuditInAnyEncoding() throws Exception {
    AuditingProcessor p = processor(INNER);
    for (int i = 0; i < 3; i++) {
      p.process(registerAndGet(), CLIENT);
    }
    byte[] file = Files.readAllBytes(dir.resolve(AuditLog.FILE));
    String text = new String(file, StandardCharsets.ISO_8859_1);
    assertThat(entries()).hasSize(6);
    assertThat(indexOf(file, KEY)).as("raw key bytes").isEqualTo(-1);
    // any 8-byte window of the key, so that a partial leak is caught too
    for (int i = 0; i + 8 <= KEY.length; i++) {
      byte[] w = java.util.Arrays.copyOfRange(KEY, i, i + 8);
      assertThat(text.toLowerCase()).doesNotContain(HexFormat.of().formatHex(w));
      assertThat(indexOf(file, w)).isEqualTo(-1);
    }
    assertThat(text).doesNotContain(Base64.getEncoder().encodeToString(KEY).substring(0, 16))
        .doesNotContain(Base64.getUrlEncoder().encodeToString(KEY).substring(0, 16));
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void whenTheAuditCannotBeWrittenEveryItemFailsWithGeneralFailure() {
    AuditSink broken = new AuditSink() {
      @Override
      public void append(AuditEntry entry) {
        throw new AuditException("audit: disk full (test)");
      }

      @Override
      public Optional<AuditEntry> last() {
        return Optional.empty();
      }

      @Override
      public void forEachAfter(long seq, java.util.function.Consumer<AuditEntry> each) {}

      @Override
      public String describe() {
        return "a broken sink";
      }

      @Override
      public void close() {}
    };
    AuditingProcessor p = new AuditingProcessor(INNER, new AuditLog(List.of(broken)), ServerLimits.DEFAULT);
    TtlvItem.Structure response = (TtlvItem.Structure) TtlvDecoder.decode(p.process(registerAndGet(), CLIENT), dev.clavis.codec.TtlvLimits.DEFAULT);
    List<TtlvItem> items = response.all(Tag.BATCH_ITEM);
    assertThat(items).hasSize(2);
    for (TtlvItem i : items) {
      TtlvItem.Structure s = (TtlvItem.Structure) i;
      assertThat(s.find(Tag.RESULT_STATUS, TtlvItem.Enumeration.class).orElseThrow().value())
          .isEqualTo(ResultStatus.OPERATION_FAILED.value());
      assertThat(s.find(Tag.RESULT_REASON, TtlvItem.Enumeration.class).orElseThrow().value())
          .isEqualTo(ResultReason.GENERAL_FAILURE.value());
      assertThat(s.find(Tag.RESPONSE_PAYLOAD)).as("no result released").isEmpty();
    }
  }

  @Test
  void anUndecodableRequestIsAuditedWithItsResult() throws Exception {
    AuditingProcessor p = processor(new UnwiredProcessor(ServerLimits.DEFAULT));
    p.process(new byte[] {0x42, 0x00, 0x78, 0x01, 0, 0, 0, 8, 1, 2, 3}, CLIENT);
    List<AuditEntry> e = entries();
    assertThat(e).hasSize(1);
    assertThat(e.get(0).record().operation()).isNull();
    assertThat(e.get(0).record().resultStatus()).isEqualTo("Operation Failed");
    assertThat(e.get(0).record().resultReason()).isEqualTo("Invalid Message");
  }

  @Test
  void whenTheInnerProcessorThrowsTheItemsAreAuditedWithoutAResult() throws Exception {
    AuditingProcessor p = processor((request, client) -> {
      throw new IllegalStateException("store down (test)");
    });
    assertThatThrownBy(() -> p.process(registerAndGet(), CLIENT)).hasMessageContaining("store down");
    List<AuditEntry> e = entries();
    assertThat(e).hasSize(2);
    assertThat(e.get(0).record().operation()).isEqualTo("Register");
    assertThat(e.get(0).record().resultStatus()).isNull();
  }
}
