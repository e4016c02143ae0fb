package dev.clavis.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One link of the audit chain: an {@link AuditRecord} with its sequence number, the hash of the
 * entry before it and its own hash, and the canonical line that is stored.
 *
 * <p>The line is one JSON object with the fields in this fixed order: {@code seq, time,
 * requestId, identity, peer, operation, objectIds, resultStatus, resultReason, prev, hash}.
 * {@code hash} is the lowercase hex SHA-256 of the UTF-8 bytes of the line without its hash
 * field, i.e. of the body {@code {"seq":…,"prev":"…"}}; {@code prev} is the hash of the entry
 * before, or {@link #GENESIS} (64 zeros) for {@code seq} 1. Control characters in values are
 * JSON-escaped, so an entry is always exactly one line.
 */
public record AuditEntry(long seq, AuditRecord record, String prev, String hash, String line) {

  /** The {@code prev} of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  /**
   * Buffers recycled through a shared bounded pool: Jackson's default pool is per thread, and every
   * request runs on a new virtual thread, so it allocated fresh buffers for each entry (15 % of the
   * server's allocation under a Get load).
   */
  private static final JsonFactory JSON = JsonFactory.builder()
      .recyclerPool(JsonRecyclerPools.newBoundedPool(64))
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** {@code ,"hash":"} + 64 hex + {@code "}}. */
  private static final String HASH_FIELD = ",\"hash\":\"";
  private static final int SUFFIX_CHARS = HASH_FIELD.length() + 64 + 2;

  public AuditEntry {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(prev, "prev");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(line, "line");
  }

  /** The entry following {@code prev} (a hash) with sequence number {@code seq}. */
  public static AuditEntry chain(long seq, AuditRecord record, String prev) {
    String body = body(seq, record, prev);
    String hash = sha256(body);
    String line = body.substring(0, body.length() - 1) + HASH_FIELD + hash + "\"}";
    return new AuditEntry(seq, record, prev, hash, line);
  }

  /**
   * Parses a stored line and checks its own hash.
   *
   * @throws Malformed when the line is not an entry, or its hash does not match its content
   */
  public static AuditEntry parse(String line) {
    if (line.length() < SUFFIX_CHARS + 2 || !line.endsWith("\"}")
        || !line.startsWith(HASH_FIELD, line.length() - SUFFIX_CHARS)) {
      throw new Malformed(Problem.UNPARSABLE, "no trailing hash field (expected: a JSON audit entry ending in ,\"hash\":\"<64 hex>\"})");
    }
    String hash = line.substring(line.length() - 66, line.length() - 2);
    String body = line.substring(0, line.length() - SUFFIX_CHARS) + "}";
    JsonNode n;
    try {
      n = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new Malformed(Problem.UNPARSABLE, "not JSON: " + e.getOriginalMessage());
    }
    AuditEntry parsed;
    try {
      parsed = fromJson(n, hash, line);
    } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
      throw new Malformed(Problem.UNPARSABLE, "bad field: " + e.getMessage());
    }
    String expected = sha256(body);
    if (!expected.equals(hash)) {
      throw new Malformed(Problem.HASH_MISMATCH, "hash " + abbreviate(hash) + " (expected: " + abbreviate(expected)
          + ", the SHA-256 of the entry: the entry was changed)");
    }
    if (!body(parsed.seq, parsed.record, parsed.prev).equals(body)) {
      throw new Malformed(Problem.UNPARSABLE, "not in canonical form (expected: the fields in the fixed order, as written)");
    }
    return parsed;
  }

  private static AuditEntry fromJson(JsonNode n, String hash, String line) {
    if (!n.isObject()) {
      throw new IllegalArgumentException("not an object");
    }
    JsonNode seq = n.get("seq");
    if (seq == null || !seq.canConvertToLong()) {
      throw new IllegalArgumentException("seq missing or not a number");
    }
    List<String> ids = new ArrayList<>();
    JsonNode idNode = n.get("objectIds");
    if (idNode == null || !idNode.isArray()) {
      throw new IllegalArgumentException("objectIds missing or not an array");
    }
    idNode.forEach(i -> ids.add(i.asText()));
    AuditRecord r = new AuditRecord(
        Instant.parse(text(n, "time")),
        text(n, "requestId"),
        text(n, "identity"),
        text(n, "peer"),
        text(n, "operation"),
        ids,
        text(n, "resultStatus"),
        text(n, "resultReason"));
    String prev = text(n, "prev");
    if (prev == null || !prev.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("prev missing or not 64 hex digits");
    }
    return new AuditEntry(seq.asLong(), r, prev, hash, line);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null) {
      throw new IllegalArgumentException(field + " missing");
    }
    return v.isNull() ? null : v.asText();
  }

  private static String body(long seq, AuditRecord r, String prev) {
    StringWriter w = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeNumberField("seq", seq);
      g.writeStringField("time", r.time().toString());
      g.writeStringField("requestId", r.requestId());
      g.writeStringField("identity", r.identity());
      g.writeStringField("peer", r.peer());
      g.writeStringField("operation", r.operation());
      g.writeArrayFieldStart("objectIds");
      for (String id : r.objectIds()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeStringField("resultStatus", r.resultStatus());
      g.writeStringField("resultReason", r.resultReason());
      g.writeStringField("prev", prev);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  static String abbreviate(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
  }

  /** What is wrong with an audit entry, or with its place in the chain. */
  public enum Problem {
    /** Not an audit entry at all (edited into another shape, or garbage). */
    UNPARSABLE,
    /** The entry's content does not match its own hash: it was edited. */
    HASH_MISMATCH,
    /** The entry's {@code prev} is not the hash of the entry before: one was edited, inserted or removed. */
    PREV_MISMATCH,
    /** The sequence number is not the one after the entry before: entries missing, inserted or reordered. */
    SEQ_GAP,
    /** The last line has no line end and does not parse: a write interrupted by a crash. */
    TORN_LAST_LINE,
    /** A column of an audit table row differs from the row's line: the column was edited. */
    COLUMN_MISMATCH
  }

  /** A line that is not a valid audit entry. */
  public static final class Malformed extends RuntimeException {
    private final Problem problem;

    Malformed(Problem problem, String message) {
      super(message);
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }
}
