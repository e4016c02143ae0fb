package dev.clavis.server;

import dev.clavis.codec.MACVerifyRequestPayload;
import dev.clavis.codec.MACVerifyResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ValidityIndicator;
import java.security.MessageDigest;
import javax.crypto.Mac;

/**
 * MAC Verify (KMIP 1.4 §4.34, KMIP 2.1 §6.1.31): recomputes the HMAC of Data (as {@link
 * MacHandler}) with an Active key whose usage mask allows MAC Verify and compares it with MAC
 * Data in constant time; answers Validity Indicator Valid or Invalid. Streamed as MAC is (the MAC
 * Data comes with the final request). Sets the ID Placeholder.
 */
final class MacVerifyHandler implements OperationHandler<MACVerifyRequestPayload> {

  @Override
  public Class<MACVerifyRequestPayload> requestType() {
    return MACVerifyRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(MACVerifyRequestPayload request, RequestContext ctx) {
    LoadedObject o = CryptoKeys.usable(ctx, request.uniqueIdentifier(), CryptographicUsageMask.MAC_VERIFY, "MAC Verify");
    byte[] data = CryptoKeys.required(request.data(), "Data", "MAC Verify");
    Mac mac;
    if (request.correlationValue() == null) {
      mac = MacHandler.engine(ctx, o, CryptoKeys.parameters(request.cryptographicParameters(), o));
    } else {
      mac = (Mac) CryptoStreams.take(ctx, request.correlationValue(), o.uid(), Operation.MAC_VERIFY).engine();
    }
    if (!CryptoStreams.whole(request.correlationValue(), request.initIndicator(), request.finalIndicator())
        && !Boolean.TRUE.equals(request.finalIndicator())) {
      mac.update(data);
      return new MACVerifyResponsePayload(o.uid(), null,
          CryptoStreams.keep(ctx, request.correlationValue(), o.uid(), Operation.MAC_VERIFY, mac));
    }
    byte[] expected = CryptoKeys.required(request.macData(), "MAC Data", "MAC Verify");
    byte[] actual = mac.doFinal(data);
    boolean valid = MessageDigest.isEqual(actual, expected);
    return new MACVerifyResponsePayload(o.uid(), valid ? ValidityIndicator.VALID : ValidityIndicator.INVALID, null);
  }
}
