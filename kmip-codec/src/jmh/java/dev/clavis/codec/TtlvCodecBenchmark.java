package dev.clavis.codec;

import static dev.clavis.codec.TtlvItem.bytes;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode, encode and round trip of two typical KMIP 1.4 request messages through the TTLV
 * binary codec. Not a test: run it by hand (numbers go to {@code docs/performance.md}):
 *
 * <pre>
 * export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
 * ./mvnw -B -P bench -pl kmip-codec test-compile exec:exec \
 *     -Djmh.args="-f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc TtlvCodecBenchmark"
 * </pre>
 *
 * <p>Tags and enumeration values are int literals from {@code kmip-registry.json} (KMIP 1.4
 * §9.1.3.1 and §9.1.3.2).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class TtlvCodecBenchmark {

  /** Which request to run: a Get by UUID, or a Register of a 256-bit AES key. */
  @Param({"get", "register"})
  public String message;

  private TtlvItem tree;
  private byte[] wire;

  static TtlvItem header() {
    return structure(0x420077,                       // Request Header
        structure(0x420069,                          // Protocol Version
            integer(0x42006A, 1),                    // Protocol Version Major
            integer(0x42006B, 4)),                   // Protocol Version Minor
        integer(0x42000D, 1));                       // Batch Count
  }

  /** Get (KMIP 1.4 §4.11) of one object by Unique Identifier: 136 bytes. */
  static TtlvItem getRequest() {
    return structure(0x420078,                       // Request Message
        header(),
        structure(0x42000F,                          // Batch Item
            enumeration(0x42005C, 0x0A),             // Operation: Get
            structure(0x420079,                      // Request Payload
                text(0x420094, "f81d4fae-7dec-11d0-a765-00a0c91e6bf6")))); // Unique Identifier
  }

  /** Register (KMIP 1.4 §4.3) of a 256-bit AES Symmetric Key in Raw format. */
  static TtlvItem registerRequest() {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (i * 37 + 11);
    }
    return structure(0x420078,                       // Request Message
        header(),
        structure(0x42000F,                          // Batch Item
            enumeration(0x42005C, 0x03),             // Operation: Register
            structure(0x420079,                      // Request Payload
                enumeration(0x420057, 0x02),         // Object Type: Symmetric Key
                structure(0x420091,                  // Template Attribute
                    structure(0x420008,              // Attribute
                        text(0x42000A, "Cryptographic Usage Mask"), // Attribute Name
                        integer(0x42000B, 0x0C))),   // Attribute Value: Encrypt | Decrypt
                structure(0x42008F,                  // Symmetric Key
                    structure(0x420040,              // Key Block
                        enumeration(0x420042, 0x01), // Key Format Type: Raw
                        structure(0x420045,          // Key Value
                            bytes(0x420043, key)),   // Key Material
                        enumeration(0x420028, 0x03), // Cryptographic Algorithm: AES
                        integer(0x42002A, 256))))));  // Cryptographic Length
  }

  @Setup
  public void setUp() {
    tree = "get".equals(message) ? getRequest() : registerRequest();
    wire = TtlvEncoder.encode(tree);
    if (!TtlvDecoder.decode(wire, TtlvLimits.DEFAULT).equals(tree)) {
      throw new IllegalStateException("round trip differs for " + message);
    }
  }

  @Benchmark
  public TtlvItem decode() {
    return TtlvDecoder.decode(wire, TtlvLimits.DEFAULT);
  }

  @Benchmark
  public byte[] encode() {
    return TtlvEncoder.encode(tree);
  }

  @Benchmark
  public byte[] roundTrip() {
    return TtlvEncoder.encode(TtlvDecoder.decode(wire, TtlvLimits.DEFAULT));
  }
}
