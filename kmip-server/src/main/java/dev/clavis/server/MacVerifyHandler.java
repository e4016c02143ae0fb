package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.MACVerifyRequestPayload;
import dev.clavis.codec.MACVerifyResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.ValidityIndicator;
import java.security.MessageDigest;

/**
 * MAC Verify (KMIP 1.4 §4.34, KMIP 2.1 §6.1.31): recomputes the HMAC of Data (as {@link
 * MacHandler}) with an Active key whose usage mask allows MAC Verify and compares it with MAC
 * Data in constant time; answers Validity Indicator Valid or Invalid. The streaming form is
 * refused (see {@link CryptoKeys#singleShot}). Sets the ID Placeholder.
 */
final class MacVerifyHandler implements OperationHandler<MACVerifyRequestPayload> {

  @Override
  public Class<MACVerifyRequestPayload> requestType() {
    return MACVerifyRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(MACVerifyRequestPayload request, RequestContext ctx) {
    LoadedObject o = CryptoKeys.usable(ctx, request.uniqueIdentifier(), CryptographicUsageMask.MAC_VERIFY, "MAC Verify");
    CryptoKeys.singleShot(request.correlationValue(), request.initIndicator(), request.finalIndicator(), "MAC Verify");
    byte[] data = CryptoKeys.required(request.data(), "Data", "MAC Verify");
    byte[] expected = CryptoKeys.required(request.macData(), "MAC Data", "MAC Verify");
    CryptographicParameters p = CryptoKeys.parameters(request.cryptographicParameters(), o);
    byte[] actual = MacHandler.mac(ctx, o, p, data);
    boolean valid = MessageDigest.isEqual(actual, expected);
    return new MACVerifyResponsePayload(o.uid(), valid ? ValidityIndicator.VALID : ValidityIndicator.INVALID, null);
  }
}
