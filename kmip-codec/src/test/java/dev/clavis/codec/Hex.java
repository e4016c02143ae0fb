package dev.clavis.codec;

import java.util.HexFormat;

/** Spec-style hex for tests: {@code "42 00 20 | 02 | 00 00 00 04 | ..."}, separators ignored. */
final class Hex {
  private Hex() {
  }

  static byte[] bytes(String spec) {
    return HexFormat.of().parseHex(spec.replaceAll("[\\s|]", ""));
  }

  static String of(byte[] bytes) {
    return HexFormat.of().withUpperCase().formatHex(bytes);
  }
}
