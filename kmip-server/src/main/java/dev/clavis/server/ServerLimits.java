package dev.clavis.server;

import dev.clavis.codec.TtlvLimits;
import java.time.Duration;

/**
 * Every limit the server applies to untrusted clients, named, with a safe default (DESIGN §6).
 * The transport enforces the frame, connection, in-flight, response, idle, handshake and
 * shutdown limits; the decoding limits ({@link #ttlvLimits()}) and the batch limit are for the
 * message layer.
 *
 * @param maxFrameBytes largest request message, 8-byte header included; checked on the header,
 *     before anything is buffered
 * @param maxDepth deepest structure nesting in a request
 * @param maxItemsPerStructure most direct children of one structure
 * @param maxItemBytes largest single Text String, Byte String or Big Integer value
 * @param maxBatchItems most batch items in one request (Batch Count)
 * @param maxResponseBytes largest response message the server will send
 * @param maxConnections most open connections in total; over it a new connection is closed at once
 * @param maxConnectionsPerAddress most open connections from one IP address
 * @param maxInFlightPerConnection most requests of one connection processed at the same time
 *     (pipelined requests beyond it wait; the socket is not read meanwhile)
 * @param idleTimeout a connection with nothing read or written and no request in flight for this
 *     long is closed
 * @param handshakeTimeout a TLS handshake not finished within this is aborted
 * @param shutdownGrace on shutdown, how long requests in flight may take to finish
 * @param maxRequestsPerSecondPerIdentity most request messages one client identity may send per
 *     second, over all its connections (a token bucket holding one second's worth); over it every
 *     batch item of the message fails with Server Limit Exceeded (General Failure before KMIP 2.0)
 *     and the connection stays open ({@link RequestRateLimiter})
 */
public record ServerLimits(
    int maxFrameBytes,
    int maxDepth,
    int maxItemsPerStructure,
    int maxItemBytes,
    int maxBatchItems,
    int maxResponseBytes,
    int maxConnections,
    int maxConnectionsPerAddress,
    int maxInFlightPerConnection,
    Duration idleTimeout,
    Duration handshakeTimeout,
    Duration shutdownGrace,
    int maxRequestsPerSecondPerIdentity) {

  public static final int DEFAULT_MAX_FRAME_BYTES = TtlvLimits.DEFAULT_MAX_MESSAGE_BYTES;
  public static final int DEFAULT_MAX_DEPTH = TtlvLimits.DEFAULT_MAX_DEPTH;
  public static final int DEFAULT_MAX_ITEMS_PER_STRUCTURE = TtlvLimits.DEFAULT_MAX_ITEMS_PER_STRUCTURE;
  public static final int DEFAULT_MAX_ITEM_BYTES = TtlvLimits.DEFAULT_MAX_ITEM_BYTES;
  public static final int DEFAULT_MAX_BATCH_ITEMS = 256;
  public static final int DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
  public static final int DEFAULT_MAX_CONNECTIONS = 1024;
  public static final int DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 128;
  public static final int DEFAULT_MAX_IN_FLIGHT_PER_CONNECTION = 16;
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);
  public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);
  public static final int DEFAULT_MAX_REQUESTS_PER_SECOND_PER_IDENTITY = 1000;

  public static final ServerLimits DEFAULT = new ServerLimits(
      DEFAULT_MAX_FRAME_BYTES,
      DEFAULT_MAX_DEPTH,
      DEFAULT_MAX_ITEMS_PER_STRUCTURE,
      DEFAULT_MAX_ITEM_BYTES,
      DEFAULT_MAX_BATCH_ITEMS,
      DEFAULT_MAX_RESPONSE_BYTES,
      DEFAULT_MAX_CONNECTIONS,
      DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
      DEFAULT_MAX_IN_FLIGHT_PER_CONNECTION,
      DEFAULT_IDLE_TIMEOUT,
      DEFAULT_HANDSHAKE_TIMEOUT,
      DEFAULT_SHUTDOWN_GRACE,
      DEFAULT_MAX_REQUESTS_PER_SECOND_PER_IDENTITY);

  public ServerLimits {
    atLeast("maxFrameBytes", maxFrameBytes, 16);
    atLeast("maxDepth", maxDepth, 1);
    atLeast("maxItemsPerStructure", maxItemsPerStructure, 1);
    atLeast("maxItemBytes", maxItemBytes, 0);
    atLeast("maxBatchItems", maxBatchItems, 1);
    atLeast("maxResponseBytes", maxResponseBytes, 16);
    atLeast("maxConnections", maxConnections, 1);
    atLeast("maxConnectionsPerAddress", maxConnectionsPerAddress, 1);
    atLeast("maxInFlightPerConnection", maxInFlightPerConnection, 1);
    atLeast("maxRequestsPerSecondPerIdentity", maxRequestsPerSecondPerIdentity, 1);
    positive("idleTimeout", idleTimeout);
    positive("handshakeTimeout", handshakeTimeout);
    if (shutdownGrace == null || shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace: " + shutdownGrace + " (expected: >= 0)");
    }
  }

  /** These limits with the default request rate per identity. */
  public ServerLimits(int maxFrameBytes, int maxDepth, int maxItemsPerStructure, int maxItemBytes, int maxBatchItems,
      int maxResponseBytes, int maxConnections, int maxConnectionsPerAddress, int maxInFlightPerConnection,
      Duration idleTimeout, Duration handshakeTimeout, Duration shutdownGrace) {
    this(maxFrameBytes, maxDepth, maxItemsPerStructure, maxItemBytes, maxBatchItems, maxResponseBytes, maxConnections,
        maxConnectionsPerAddress, maxInFlightPerConnection, idleTimeout, handshakeTimeout, shutdownGrace,
        DEFAULT_MAX_REQUESTS_PER_SECOND_PER_IDENTITY);
  }

  /** The decoding limits for the TTLV codec. */
  public TtlvLimits ttlvLimits() {
    return new TtlvLimits(maxFrameBytes, maxDepth, maxItemsPerStructure, maxItemBytes);
  }

  private static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + ": " + value + " (expected: >= " + min + ")");
    }
  }

  private static void positive(String name, Duration value) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + ": " + value + " (expected: > 0)");
    }
  }
}
