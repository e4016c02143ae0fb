package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * PKCS#11 Response Payload (KMIP 2.1 §6.1.37 Table 274).
 *
 * @param pkcs11Interface the interface name; {@code null} when absent (the default v3.0 interface)
 * @param function the function performed (as in the request)
 * @param vendorFunction true when the function is rendered as an Integer (vendor defined)
 * @param correlationValue server-defined bytes the client sends in its next request; {@code null} when absent
 * @param outputParameters the function's output, encoded as the PKCS#11 Profile says; {@code null} when absent
 * @param returnCode the PKCS#11 {@code CK_RV} (KMIP 2.1 §11.39)
 */
public record PKCS11ResponsePayload(
    String pkcs11Interface,
    int function,
    boolean vendorFunction,
    byte[] correlationValue,
    byte[] outputParameters,
    int returnCode) implements ResponsePayload {

  @Override
  public Operation operation() {
    return Operation.PKCS_11;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static PKCS11ResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "PKCS#11 Response Payload");
    String pkcs11Interface = r.optionalText(Tag.PKCS_11_INTERFACE);
    TtlvItem fn = r.requireAny(Tag.PKCS_11_FUNCTION);
    boolean vendor = fn instanceof TtlvItem.Int;
    int function = vendor ? ((TtlvItem.Int) fn).value() : r.cast(fn, TtlvItem.Enumeration.class).value();
    byte[] correlationValue = r.optionalBytes(Tag.CORRELATION_VALUE);
    byte[] outputParameters = r.optionalBytes(Tag.PKCS_11_OUTPUT_PARAMETERS);
    int returnCode = r.require(Tag.PKCS_11_RETURN_CODE, TtlvItem.Enumeration.class).value();
    r.end();
    return new PKCS11ResponsePayload(pkcs11Interface, function, vendor, correlationValue, outputParameters, returnCode);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.PKCS_11_INTERFACE, pkcs11Interface)
        .item(vendorFunction ? TtlvItem.integer(Tag.PKCS_11_FUNCTION, function)
            : TtlvItem.enumeration(Tag.PKCS_11_FUNCTION, function))
        .bytes(Tag.CORRELATION_VALUE, correlationValue)
        .bytes(Tag.PKCS_11_OUTPUT_PARAMETERS, outputParameters)
        .enumeration(Tag.PKCS_11_RETURN_CODE, returnCode)
        .build(Tag.RESPONSE_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PKCS11ResponsePayload o && Objects.equals(o.pkcs11Interface, pkcs11Interface)
        && o.function == function && o.vendorFunction == vendorFunction && o.returnCode == returnCode
        && Arrays.equals(o.correlationValue, correlationValue) && Arrays.equals(o.outputParameters, outputParameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pkcs11Interface, function, vendorFunction, returnCode, Arrays.hashCode(correlationValue),
        Arrays.hashCode(outputParameters));
  }

  /** Prints byte fields as lengths only (output parameters may hold key material). */
  @Override
  public String toString() {
    return "PKCS11ResponsePayload[pkcs11Interface=" + pkcs11Interface + ", function=" + function
        + ", vendorFunction=" + vendorFunction + ", correlationValue=" + PayloadFields.describe(correlationValue)
        + ", outputParameters=" + PayloadFields.describe(outputParameters) + ", returnCode=" + returnCode + "]";
  }
}
