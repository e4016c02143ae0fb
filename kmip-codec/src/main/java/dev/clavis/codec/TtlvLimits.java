package dev.clavis.codec;

/**
 * Limits applied while decoding, passed in (never global). Every length read from input is
 * checked against these before anything is allocated for it.
 *
 * @param maxMessageBytes largest whole message (header included)
 * @param maxDepth deepest structure nesting; the top-level item is depth 1
 * @param maxItemsPerStructure most direct children of one structure
 * @param maxItemBytes largest value of one Text String, Byte String or Big Integer
 */
public record TtlvLimits(int maxMessageBytes, int maxDepth, int maxItemsPerStructure, int maxItemBytes) {

  public static final int DEFAULT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
  public static final int DEFAULT_MAX_DEPTH = 32;
  public static final int DEFAULT_MAX_ITEMS_PER_STRUCTURE = 4096;
  public static final int DEFAULT_MAX_ITEM_BYTES = 1024 * 1024;

  /** Defaults suited to a server facing untrusted clients. */
  public static final TtlvLimits DEFAULT = new TtlvLimits(
      DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ITEMS_PER_STRUCTURE, DEFAULT_MAX_ITEM_BYTES);

  public TtlvLimits {
    if (maxMessageBytes < 8) {
      throw new IllegalArgumentException("maxMessageBytes: " + maxMessageBytes + " (expected: >= 8)");
    }
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth: " + maxDepth + " (expected: >= 1)");
    }
    if (maxItemsPerStructure < 1) {
      throw new IllegalArgumentException("maxItemsPerStructure: " + maxItemsPerStructure + " (expected: >= 1)");
    }
    if (maxItemBytes < 0) {
      throw new IllegalArgumentException("maxItemBytes: " + maxItemBytes + " (expected: >= 0)");
    }
  }

  public TtlvLimits withMaxMessageBytes(int v) {
    return new TtlvLimits(v, maxDepth, maxItemsPerStructure, maxItemBytes);
  }

  public TtlvLimits withMaxDepth(int v) {
    return new TtlvLimits(maxMessageBytes, v, maxItemsPerStructure, maxItemBytes);
  }

  public TtlvLimits withMaxItemsPerStructure(int v) {
    return new TtlvLimits(maxMessageBytes, maxDepth, v, maxItemBytes);
  }

  public TtlvLimits withMaxItemBytes(int v) {
    return new TtlvLimits(maxMessageBytes, maxDepth, maxItemsPerStructure, v);
  }
}
