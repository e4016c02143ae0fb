package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Tag;

/**
 * Coverage-guided fuzzing of the message layer over binary TTLV: {@link TtlvDecoder}, then
 * {@link RequestMessage#fromTtlv} and {@link Payloads#request} for every batch item (or {@link
 * ResponseMessage#fromTtlv} and {@link Payloads#response}). Properties: only {@link TtlvException}
 * and {@link KmipException} escape, and every message and typed payload that decodes renders to
 * a tree that decodes again to an equal one.
 *
 * <p>Regression mode in every build, over {@code MessageFuzzTestInputs/decodeMessageAndPayloads/}
 * (OASIS requests and responses encoded to TTLV by {@link FuzzSeeds}). Fuzzing for real: see
 * {@code docs/security.md}:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B test -pl kmip-codec -Dtest=MessageFuzzTest
 * </pre>
 */
class MessageFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void decodeMessageAndPayloads(byte[] input) {
    try {
      TtlvItem tree = TtlvDecoder.decode(input, TtlvDecoderFuzzTest.LIMITS);
      if (tree.tag() == Tag.RESPONSE_MESSAGE) {
        response(tree);
      } else {
        request(tree);
      }
    } catch (TtlvException | KmipException expected) {
      // refused input: the only two ways out
    }
  }

  private static void request(TtlvItem tree) {
    RequestMessage m = RequestMessage.fromTtlv(tree);
    assertThat(RequestMessage.fromTtlv(m.toTtlv())).isEqualTo(m);
    KmipVersion v = m.version();
    for (RequestBatchItem item : m.batchItems()) {
      RequestPayload p;
      try {
        p = item.payload(v);
      } catch (KmipException refused) {
        continue; // one bad item fails alone
      }
      TtlvItem.Structure rendered = p.toTtlv(v);
      assertThat(Payloads.request(item.operation(), rendered, v).toTtlv(v)).isEqualTo(rendered);
    }
  }

  private static void response(TtlvItem tree) {
    ResponseMessage m = ResponseMessage.fromTtlv(tree);
    assertThat(ResponseMessage.fromTtlv(m.toTtlv())).isEqualTo(m);
    KmipVersion v = m.version();
    for (ResponseBatchItem item : m.batchItems()) {
      if (item.payload() == null || item.operation() == null) {
        continue;
      }
      ResponsePayload p;
      try {
        p = item.payload(v);
      } catch (KmipException refused) {
        continue;
      }
      TtlvItem.Structure rendered = p.toTtlv(v);
      assertThat(Payloads.response(item.operation(), rendered, v).toTtlv(v)).isEqualTo(rendered);
    }
  }
}
