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
 * a tree that decodes and renders again to an equal tree (rendering is for the message's
 * protocol version, so fields newer than it are dropped once: see the seed {@code
 * finding-field-newer-than-version}).
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
    // Rendering leaves out fields newer than the header's version (a 1.0 header with a 1.4
    // Client Correlation Value): the rendered tree, not the input, is the fixed point.
    TtlvItem.Structure rendered = m.toTtlv();
    assertThat(RequestMessage.fromTtlv(rendered).toTtlv()).isEqualTo(rendered);
    KmipVersion v = m.version();
    for (RequestBatchItem item : m.batchItems()) {
      RequestPayload p;
      try {
        p = item.payload(v);
      } catch (KmipException refused) {
        continue; // one bad item fails alone
      }
      TtlvItem.Structure payload = p.toTtlv(v);
      assertThat(Payloads.request(item.operation(), payload, v).toTtlv(v)).isEqualTo(payload);
    }
  }

  private static void response(TtlvItem tree) {
    ResponseMessage m = ResponseMessage.fromTtlv(tree);
    TtlvItem.Structure rendered = m.toTtlv();
    assertThat(ResponseMessage.fromTtlv(rendered).toTtlv()).isEqualTo(rendered);
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
      TtlvItem.Structure payload = p.toTtlv(v);
      assertThat(Payloads.response(item.operation(), payload, v).toTtlv(v)).isEqualTo(payload);
    }
  }
}
