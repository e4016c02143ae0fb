package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.Tag;
import dev.clavis.hsm.KeyProtection;
import dev.clavis.hsm.KeyProtectionConfig;
import dev.clavis.hsm.KeyProtections;
import dev.clavis.storage.JdbcObjectStore;
import dev.clavis.storage.JdbcStoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Coverage-guided fuzzing of the KMIP core below TLS: {@link KmipProcessor} (message decoder,
 * batch processor, operation dispatcher and handlers) over a real in-memory H2 {@link
 * JdbcObjectStore} and software key protection, as an administrator (so that every handler is
 * reachable). Property: whatever the bytes, the processor returns — it never throws (which
 * would close the connection) — a response that decodes as a Response Message with at least
 * one batch item.
 *
 * <p>Speed (docs/security.md §3): RSA key pairs come from {@link FuzzRsaKeyPairs} — real pairs of
 * the requested size, generated once per size — since the JDK's prime search otherwise took most
 * of the time; and the store is replaced every {@link #INPUTS_PER_STORE} inputs.
 *
 * <p>Regression mode in every build, over {@code KmipProcessorFuzzTestInputs/processAnyRequest/}
 * (the OASIS requests encoded to TTLV, as for the codec's {@code MessageFuzzTest}). Fuzzing for
 * real (see {@code docs/security.md}):
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B test -pl kmip-server -am -Dtest=KmipProcessorFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class KmipProcessorFuzzTest {

  static final ClientIdentity ADMIN = new ClientIdentity("CN=fuzz-admin", List.of(), List.of(),
      new InetSocketAddress("127.0.0.1", 40000));
  /**
   * A fresh store every this many inputs: what one input creates can matter to the next ones (as
   * on a real server), but in a run of millions of inputs the in-memory store does not grow without
   * bound (heap, and the cost of a Locate over everything created so far).
   */
  static final int INPUTS_PER_STORE = 256;
  static final KeyProtection KEY_PROTECTION = keyProtection();

  static {
    FuzzRsaKeyPairs.install();
  }

  @org.junit.jupiter.api.AfterAll
  static void removeKeyPairCache() {
    FuzzRsaKeyPairs.uninstall();
  }
  private static JdbcObjectStore store;
  private static KmipProcessor processor;
  private static long inputs;

  private static KeyProtection keyProtection() {
    try {
      Path dir = Files.createTempDirectory("clavis-fuzz");
      dir.toFile().deleteOnExit();
      return KeyProtections.open(KeyProtectionConfig.software(dir).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The processor for the next input, over a new in-memory H2 store every {@link #INPUTS_PER_STORE} inputs. */
  static KmipProcessor processor() {
    if (inputs++ % INPUTS_PER_STORE == 0) {
      if (store != null) {
        store.close();
      }
      store = JdbcObjectStore.open(JdbcStoreConfig.h2InMemory("fuzz-" + inputs));
      processor = new KmipProcessor(new KmipServices(store, KEY_PROTECTION, new AccessPolicy(List.of(ADMIN.subject())),
          ServerLimits.DEFAULT, Clock.systemUTC()));
    }
    return processor;
  }

  @FuzzTest(maxDuration = "5m")
  void processAnyRequest(byte[] request) {
    byte[] response = processor().process(request, ADMIN);
    TtlvItem tree = TtlvDecoder.decode(response, TtlvLimits.DEFAULT);
    assertThat(tree.tag()).isEqualTo(Tag.RESPONSE_MESSAGE);
    assertThat(ResponseMessage.fromTtlv(tree).batchItems()).isNotEmpty();
  }
}
