package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/**
 * PKCS#11 Request Payload (KMIP 2.1 §6.1.37 Table 273): one PKCS#11 function call carried over
 * KMIP. The PKCS#11 Function is an Enumeration (the 1-based position of the function in {@code
 * CK_FUNCTION_LIST_3_0}, KMIP 2.1 §11.38) or an Integer for a vendor-defined function.
 *
 * @param pkcs11Interface the interface name; {@code null} when absent (the default v3.0 interface)
 * @param function the function number
 * @param vendorFunction true when the function was sent as an Integer (vendor defined)
 * @param correlationValue the value a previous response returned; {@code null} when absent
 * @param inputParameters the function's input, encoded as the PKCS#11 Profile says; {@code null} when absent
 */
public record PKCS11RequestPayload(
    String pkcs11Interface,
    int function,
    boolean vendorFunction,
    byte[] correlationValue,
    byte[] inputParameters) implements RequestPayload {

  @Override
  public Operation operation() {
    return Operation.PKCS_11;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static PKCS11RequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "PKCS#11 Request Payload");
    String pkcs11Interface = r.optionalText(Tag.PKCS_11_INTERFACE);
    TtlvItem fn = r.requireAny(Tag.PKCS_11_FUNCTION);
    boolean vendor = fn instanceof TtlvItem.Int;
    int function = vendor ? ((TtlvItem.Int) fn).value() : r.cast(fn, TtlvItem.Enumeration.class).value();
    byte[] correlationValue = r.optionalBytes(Tag.CORRELATION_VALUE);
    byte[] inputParameters = r.optionalBytes(Tag.PKCS_11_INPUT_PARAMETERS);
    r.end();
    return new PKCS11RequestPayload(pkcs11Interface, function, vendor, correlationValue, inputParameters);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .text(Tag.PKCS_11_INTERFACE, pkcs11Interface)
        .item(vendorFunction ? TtlvItem.integer(Tag.PKCS_11_FUNCTION, function)
            : TtlvItem.enumeration(Tag.PKCS_11_FUNCTION, function))
        .bytes(Tag.CORRELATION_VALUE, correlationValue)
        .bytes(Tag.PKCS_11_INPUT_PARAMETERS, inputParameters)
        .build(Tag.REQUEST_PAYLOAD);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PKCS11RequestPayload o && Objects.equals(o.pkcs11Interface, pkcs11Interface)
        && o.function == function && o.vendorFunction == vendorFunction
        && Arrays.equals(o.correlationValue, correlationValue) && Arrays.equals(o.inputParameters, inputParameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pkcs11Interface, function, vendorFunction, Arrays.hashCode(correlationValue),
        Arrays.hashCode(inputParameters));
  }

  /** Prints byte fields as lengths only (input parameters may hold key material or a PIN). */
  @Override
  public String toString() {
    return "PKCS11RequestPayload[pkcs11Interface=" + pkcs11Interface + ", function=" + function
        + ", vendorFunction=" + vendorFunction + ", correlationValue=" + PayloadFields.describe(correlationValue)
        + ", inputParameters=" + PayloadFields.describe(inputParameters) + "]";
  }
}
