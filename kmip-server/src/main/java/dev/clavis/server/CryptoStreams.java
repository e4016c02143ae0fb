package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The streamed cryptographic operations in progress (KMIP 1.4 §4.29–§4.34 / KMIP 2.1 §6.1.17 …:
 * Init Indicator, Correlation Value, Final Indicator): the running JCA engine of each stream, by
 * its Correlation Value — 16 random bytes from the key protection's DRBG, returned by the first
 * request. A stream belongs to the client that opened it, the object and the operation; anyone
 * else giving its value gets Invalid Field, as for an unknown value. Bounded: at most {@value
 * #MAX_STREAMS} streams (a new one beyond is refused), each dropped {@link #IDLE} after its last
 * request. Streams live in this node's memory only: a stream must continue on the same server.
 */
final class CryptoStreams {

  static final int MAX_STREAMS = 1024;
  static final Duration IDLE = Duration.ofMinutes(5);

  /** One running stream; {@code engine} is a Cipher, Mac, Signature or MessageDigest. */
  record Stream(String owner, String uid, Operation operation, Object engine, int tagLength, Instant expires) {}

  private static final Map<String, Stream> STREAMS = new ConcurrentHashMap<>();

  private CryptoStreams() {}

  /** Keeps {@code engine} for the next request; returns the new Correlation Value. */
  static byte[] open(RequestContext ctx, String uid, Operation op, Object engine, int tagLength) {
    purge(ctx.now);
    if (STREAMS.size() >= MAX_STREAMS) {
      throw new KmipException(ResultReason.GENERAL_FAILURE, "streams in progress: " + STREAMS.size()
          + " (expected: fewer than " + MAX_STREAMS + "; retry later)");
    }
    byte[] correlation = ctx.services.keyProtection().randomBytes(16);
    resume(ctx, correlation, new Stream(ctx.owner(), uid, op, engine, tagLength, ctx.now));
    return correlation;
  }

  /**
   * Keeps a stream that continues: opens it when {@code correlation} is {@code null} (the first
   * request), else puts it back under the same value; returns the Correlation Value.
   */
  static byte[] keep(RequestContext ctx, byte[] correlation, String uid, Operation op, Object engine) {
    if (correlation == null) {
      return open(ctx, uid, op, engine, 0);
    }
    resume(ctx, correlation, new Stream(ctx.owner(), uid, op, engine, 0, ctx.now));
    return correlation;
  }

  /** Takes the stream {@code correlation} out; the caller {@link #resume}s it unless this is the final request. */
  static Stream take(RequestContext ctx, byte[] correlation, String uid, Operation op) {
    purge(ctx.now);
    String k = HexFormat.of().formatHex(correlation);
    Stream s = STREAMS.get(k);
    if (s == null || !s.owner().equals(ctx.owner()) || !s.operation().equals(op) || uid != null && !uid.equals(s.uid())) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Correlation Value: unknown or expired (expected: the value "
          + "an earlier " + op.specName() + " of this client on this object returned, within " + IDLE.toMinutes() + " minutes)");
    }
    STREAMS.remove(k, s);
    return s;
  }

  static void resume(RequestContext ctx, byte[] correlation, Stream s) {
    STREAMS.put(HexFormat.of().formatHex(correlation),
        new Stream(s.owner(), s.uid(), s.operation(), s.engine(), s.tagLength(), ctx.now.plus(IDLE)));
  }

  private static void purge(Instant now) {
    STREAMS.values().removeIf(s -> s.expires().isBefore(now));
  }

  /**
   * Whether a request is the single-request form: no Correlation Value, and not the first of a
   * stream (Init Indicator True without Final Indicator True) nor a Final Indicator False.
   */
  static boolean whole(byte[] correlationValue, Boolean init, Boolean fin) {
    return correlationValue == null && !(Boolean.TRUE.equals(init) && !Boolean.TRUE.equals(fin))
        && !Boolean.FALSE.equals(fin);
  }
}
