package dev.clavis.codec;

import dev.clavis.codec.spec.InteropFunction;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Interop Request Payload (KMIP 2.1 §6.1.26 Table 241): the test harness tells the server that a
 * named interop test begins or ends, or resets the session.
 *
 * @param interopFunction Begin, End or Reset (KMIP 2.1 §11.22)
 * @param interopIdentifier the test case, e.g. {@code BL-M-1-21}
 */
public record InteropRequestPayload(
    InteropFunction interopFunction,
    String interopIdentifier) implements RequestPayload {

  public InteropRequestPayload {
    Objects.requireNonNull(interopFunction, "interopFunction");
    Objects.requireNonNull(interopIdentifier, "interopIdentifier");
  }

  @Override
  public Operation operation() {
    return Operation.INTEROP;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static InteropRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Interop Request Payload");
    InteropFunction interopFunction = r.requireEnum(Tag.INTEROP_FUNCTION, InteropFunction::fromValue);
    String interopIdentifier = r.text(Tag.INTEROP_IDENTIFIER);
    r.end();
    return new InteropRequestPayload(interopFunction, interopIdentifier);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .enumeration(Tag.INTEROP_FUNCTION, interopFunction.value())
        .text(Tag.INTEROP_IDENTIFIER, interopIdentifier)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
