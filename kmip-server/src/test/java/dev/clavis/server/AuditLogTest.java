package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash-chained audit file: writing, verifying, tamper detection, restart, concurrency. */
class AuditLogTest {

  @TempDir Path dir;

  private final List<AuditLog> logs = new ArrayList<>();

  @AfterEach
  void close() {
    logs.forEach(AuditLog::close);
  }

  private Path file() {
    return dir.resolve(AuditLog.FILE);
  }

  private AuditLog open() {
    AuditLog log = AuditLog.open(dir);
    logs.add(log);
    return log;
  }

  static AuditRecord record(int n) {
    return new AuditRecord(Instant.parse("2026-11-28T17:00:00Z").plusSeconds(n), "req-" + n, "CN=client-" + n + ",O=Test",
        "127.0.0.1:" + (40000 + n), "Get", List.of("uid-" + n), "Success", null);
  }

  private List<String> writeAndClose(int count) throws IOException {
    AuditLog log = open();
    for (int i = 1; i <= count; i++) {
      log.record(record(i));
    }
    log.close();
    logs.remove(log);
    return Files.readAllLines(file(), StandardCharsets.UTF_8);
  }

  private AuditVerifier.Result verifyLines(List<String> lines) throws IOException {
    Files.write(file(), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    return AuditVerifier.verify(file());
  }

  @Test
  void aWrittenChainVerifiesWithItsCountTimesAndLastHash() throws Exception {
    List<String> lines = writeAndClose(5);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("{\"seq\":1,\"time\":\"2026-11-28T17:00:01Z\",\"requestId\":\"req-1\"")
        .contains("\"prev\":\"" + AuditEntry.GENESIS + "\"");
    AuditVerifier.Result r = AuditVerifier.verify(file());
    assertThat(r.whole()).isTrue();
    assertThat(r.records()).isEqualTo(5);
    assertThat(r.first()).isEqualTo(Instant.parse("2026-11-28T17:00:01Z"));
    assertThat(r.last()).isEqualTo(Instant.parse("2026-11-28T17:00:05Z"));
    assertThat(r.lastHash()).isEqualTo(AuditEntry.parse(lines.get(4)).hash());
    assertThat(AuditEntry.parse(lines.get(1)).prev()).isEqualTo(AuditEntry.parse(lines.get(0)).hash());
  }

  @Test
  void entriesAreParsedBackToTheRecord() {
    AuditRecord r = new AuditRecord(Instant.parse("2026-01-02T03:04:05.678Z"), "id", "CN=a\nb,O=\"q\"", "[::1]:5", null,
        List.of("x", "y"), null, null);
    AuditEntry e = AuditEntry.chain(7, r, AuditEntry.GENESIS);
    assertThat(e.line()).doesNotContain("\n");
    assertThat(AuditEntry.parse(e.line())).isEqualTo(e);
  }

  @Test
  void anEditedEntryIsAHashMismatchAtItsLine() throws Exception {
    List<String> lines = new ArrayList<>(writeAndClose(5));
    lines.set(2, lines.get(2).replace("\"Success\"", "\"Operation Failed\""));
    AuditVerifier.Result r = verifyLines(lines);
    assertThat(r.whole()).isFalse();
    assertThat(r.broken().line()).isEqualTo(3);
    assertThat(r.broken().problem()).isEqualTo(AuditEntry.Problem.HASH_MISMATCH);
    assertThat(r.records()).isEqualTo(2);
  }

  @Test
  void anEditedEntryWithARecomputedHashBreaksTheNextPrev() throws Exception {
    List<String> lines = new ArrayList<>(writeAndClose(5));
    AuditEntry third = AuditEntry.parse(lines.get(2));
    AuditRecord forged = new AuditRecord(third.record().time(), third.record().requestId(), "CN=someone-else",
        third.record().peer(), third.record().operation(), third.record().objectIds(), "Success", null);
    lines.set(2, AuditEntry.chain(3, forged, third.prev()).line());
    AuditVerifier.Result r = verifyLines(lines);
    assertThat(r.broken().line()).isEqualTo(4);
    assertThat(r.broken().seq()).isEqualTo(4);
    assertThat(r.broken().problem()).isEqualTo(AuditEntry.Problem.PREV_MISMATCH);
  }

  @Test
  void aDeletedEntryIsASeqGapAtTheLineAfter() throws Exception {
    List<String> lines = new ArrayList<>(writeAndClose(5));
    lines.remove(1);
    AuditVerifier.Result r = verifyLines(lines);
    assertThat(r.broken().line()).isEqualTo(2);
    assertThat(r.broken().seq()).isEqualTo(3);
    assertThat(r.broken().problem()).isEqualTo(AuditEntry.Problem.SEQ_GAP);
    assertThat(r.broken().detail()).contains("expected: 2");
  }

  @Test
  void deletingTheFirstEntryIsDetected() throws Exception {
    List<String> lines = new ArrayList<>(writeAndClose(3));
    lines.remove(0);
    AuditVerifier.Result r = verifyLines(lines);
    assertThat(r.broken().line()).isEqualTo(1);
    assertThat(r.broken().problem()).isEqualTo(AuditEntry.Problem.SEQ_GAP);
  }

  @Test
  void anInsertedEntryIsDetected() throws Exception {
    List<String> lines = new ArrayList<>(writeAndClose(4));
    AuditEntry second = AuditEntry.parse(lines.get(1));
    // A forger who continues the chain correctly after entry 2 still breaks entry 3's seq and prev.
    lines.add(2, AuditEntry.chain(3, record(99), second.hash()).line());
    AuditVerifier.Result r = verifyLines(lines);
    assertThat(r.broken().line()).isEqualTo(4);
    assertThat(r.broken().problem()).isEqualTo(AuditEntry.Problem.SEQ_GAP);
    assertThat(r.broken().detail()).contains("seq 3 (expected: 4)");
  }

  @Test
  void reorderedEntriesAreDetected() throws Exception {
    List<String> lines = new ArrayList<>(writeAndClose(4));
    String t = lines.get(1);
    lines.set(1, lines.get(2));
    lines.set(2, t);
    AuditVerifier.Result r = verifyLines(lines);
    assertThat(r.broken().line()).isEqualTo(2);
    assertThat(r.broken().seq()).isEqualTo(3);
    assertThat(r.broken().problem()).isEqualTo(AuditEntry.Problem.SEQ_GAP);
  }

  @Test
  void garbageIsUnparsable() throws Exception {
    List<String> lines = new ArrayList<>(writeAndClose(3));
    lines.set(1, "hello");
    AuditVerifier.Result r = verifyLines(lines);
    assertThat(r.broken().line()).isEqualTo(2);
    assertThat(r.broken().problem()).isEqualTo(AuditEntry.Problem.UNPARSABLE);
  }

  @Test
  void aTornLastLineIsReportedAsSuchAndStopsARestart() throws Exception {
    List<String> lines = writeAndClose(3);
    String torn = String.join("\n", lines) + "\n" + lines.get(2).substring(0, 40);
    Files.writeString(file(), torn);
    AuditVerifier.Result r = AuditVerifier.verify(file());
    assertThat(r.broken().line()).isEqualTo(4);
    assertThat(r.broken().problem()).isEqualTo(AuditEntry.Problem.TORN_LAST_LINE);
    assertThat(r.records()).isEqualTo(3);
    assertThatThrownBy(this::open).isInstanceOf(AuditException.class).hasMessageContaining("torn");
  }

  @Test
  void aRestartContinuesTheChain() throws Exception {
    writeAndClose(3);
    AuditLog again = open();
    assertThat(again.lastSeq()).isEqualTo(3);
    AuditEntry fourth = again.record(record(4));
    assertThat(fourth.seq()).isEqualTo(4);
    AuditVerifier.Result r = AuditVerifier.verify(file());
    assertThat(r.whole()).isTrue();
    assertThat(r.records()).isEqualTo(4);
  }

  @Test
  void concurrentWritersKeepTheChainWhole() throws Exception {
    AuditLog log = open();
    int threads = 8;
    int each = 500;
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int base = t * each;
        done.add(pool.submit(() -> {
          for (int i = 1; i <= each; i++) {
            log.record(record(base + i));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }
    AuditVerifier.Result r = AuditVerifier.verify(file());
    assertThat(r.broken()).isNull();
    assertThat(r.records()).isEqualTo(threads * each);
    assertThat(Files.readAllLines(file()).stream().map(l -> AuditEntry.parse(l).record().requestId()).distinct())
        .hasSize(threads * each);
  }

  @Test
  void auditLinesNeverReachTheApplicationLogAndTwoSinksKeepTheirFiles() throws Exception {
    Path other = dir.resolve("other/audit.log");
    try (LogbackAuditSink a = LogbackAuditSink.open(file()); LogbackAuditSink b = LogbackAuditSink.open(other)) {
      ch.qos.logback.classic.Logger logger =
          (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(a.loggerName());
      assertThat(a.loggerName()).startsWith(LogbackAuditSink.LOGGER + ".");
      assertThat(logger.isAdditive()).isFalse();
      AuditLog first = new AuditLog(List.of(a));
      AuditLog second = new AuditLog(List.of(b));
      first.record(record(1));
      second.record(record(2));
      second.record(record(3));
      assertThat(Files.readAllLines(file())).hasSize(1);
      assertThat(Files.readAllLines(other)).hasSize(2);
    }
  }
}
