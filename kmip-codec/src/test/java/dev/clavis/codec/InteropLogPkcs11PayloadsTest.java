package dev.clavis.codec;

import static dev.clavis.codec.HandBuiltPayloadsTest.req;
import static dev.clavis.codec.HandBuiltPayloadsTest.resp;
import static dev.clavis.codec.HandBuiltPayloadsTest.roundTrip;
import static dev.clavis.codec.TtlvItem.bytes;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clavis.codec.spec.InteropFunction;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import org.junit.jupiter.api.Test;

/**
 * Interop, Log and PKCS#11 payloads (KMIP 2.1 §6.1.26, §6.1.29, §6.1.37) in the shapes the OASIS
 * files do not show: Interop Reset, a named PKCS#11 Interface, a vendor-defined (Integer) PKCS#11
 * Function, and the refusals of malformed payloads.
 */
class InteropLogPkcs11PayloadsTest {

  static final KmipVersion V2_1 = KmipVersion.V2_1;

  @Test
  void interopAllFunctions() {
    for (InteropFunction f : InteropFunction.values()) {
      roundTrip(Operation.INTEROP,
          req(enumeration(Tag.INTEROP_FUNCTION, f.value()), text(Tag.INTEROP_IDENTIFIER, "BL-M-1-21")),
          new InteropRequestPayload(f, "BL-M-1-21"), resp(), new InteropResponsePayload(), V2_1);
    }
  }

  @Test
  void interopRefusesMissingIdentifierAndUnknownFunction() {
    assertThatThrownBy(() -> Payloads.request(Operation.INTEROP, req(enumeration(Tag.INTEROP_FUNCTION, 1)), V2_1))
        .isInstanceOfSatisfying(KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_MESSAGE));
    assertThatThrownBy(() -> Payloads.request(Operation.INTEROP,
        req(enumeration(Tag.INTEROP_FUNCTION, 0x80000001), text(Tag.INTEROP_IDENTIFIER, "x")), V2_1))
        .isInstanceOfSatisfying(KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD));
  }

  @Test
  void log() {
    roundTrip(Operation.LOG, req(text(Tag.LOG_MESSAGE, "Registered a symmetric key.")),
        new LogRequestPayload("Registered a symmetric key."), resp(), new LogResponsePayload(), V2_1);
    assertThatThrownBy(() -> Payloads.response(Operation.LOG, resp(text(Tag.LOG_MESSAGE, "echo")), V2_1))
        .isInstanceOfSatisfying(KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD));
  }

  @Test
  void pkcs11EnumerationFunctionWithInterface() {
    byte[] cv = {9, 8, 7, 6};
    byte[] in = {1};
    byte[] out = {2, 40};
    roundTrip(Operation.PKCS_11,
        req(text(Tag.PKCS_11_INTERFACE, "PKCS 11"), enumeration(Tag.PKCS_11_FUNCTION, 3), bytes(Tag.CORRELATION_VALUE, cv),
            bytes(Tag.PKCS_11_INPUT_PARAMETERS, in)),
        new PKCS11RequestPayload("PKCS 11", 3, false, cv, in),
        resp(text(Tag.PKCS_11_INTERFACE, "PKCS 11"), enumeration(Tag.PKCS_11_FUNCTION, 3), bytes(Tag.CORRELATION_VALUE, cv),
            bytes(Tag.PKCS_11_OUTPUT_PARAMETERS, out), enumeration(Tag.PKCS_11_RETURN_CODE, 0)),
        new PKCS11ResponsePayload("PKCS 11", 3, false, cv, out, 0), V2_1);
  }

  @Test
  void pkcs11VendorFunctionIsAnInteger() {
    roundTrip(Operation.PKCS_11, req(integer(Tag.PKCS_11_FUNCTION, 0x8000_0001)),
        new PKCS11RequestPayload(null, 0x8000_0001, true, null, null),
        resp(integer(Tag.PKCS_11_FUNCTION, 0x8000_0001), enumeration(Tag.PKCS_11_RETURN_CODE, 0x54)),
        new PKCS11ResponsePayload(null, 0x8000_0001, true, null, null, 0x54), V2_1);
  }

  @Test
  void pkcs11RequiresFunctionAndReturnCode() {
    assertThatThrownBy(() -> Payloads.request(Operation.PKCS_11, req(bytes(Tag.PKCS_11_INPUT_PARAMETERS, new byte[1])), V2_1))
        .isInstanceOfSatisfying(KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_MESSAGE));
    assertThatThrownBy(() -> Payloads.response(Operation.PKCS_11, resp(enumeration(Tag.PKCS_11_FUNCTION, 1)), V2_1))
        .isInstanceOfSatisfying(KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_MESSAGE));
    assertThatThrownBy(() -> Payloads.request(Operation.PKCS_11, req(text(Tag.PKCS_11_FUNCTION, "C_Initialize")), V2_1))
        .isInstanceOfSatisfying(KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_MESSAGE));
  }

  @Test
  void pkcs11ToStringShowsByteLengthsOnly() {
    byte[] pin = "123456".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    String s = new PKCS11RequestPayload(null, 19, false, null, pin).toString();
    assertThat(s).doesNotContain("123456").doesNotContain("313233").contains("inputParameters=");
  }
}
