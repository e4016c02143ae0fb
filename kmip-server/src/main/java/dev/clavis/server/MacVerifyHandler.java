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
 * Data with the first or the final request). Sets the ID Placeholder.
 */
final class MacVerifyHandler implements OperationHandler<MACVerifyRequestPayload> {

  /** A streamed verification: the engine, and the MAC Data when it came before the final request. */
  private record Pending(Mac engine, byte[] macData) {}

  @Override
  public Class<MACVerifyRequestPayload> requestType() {
    return MACVerifyRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(MACVerifyRequestPayload request, RequestContext ctx) {
    LoadedObject o = CryptoKeys.usable(ctx, request.uniqueIdentifier(), CryptographicUsageMask.MAC_VERIFY, "MAC Verify");
    boolean whole = CryptoStreams.whole(request.correlationValue(), request.initIndicator(), request.finalIndicator());
    byte[] data = whole ? CryptoKeys.required(request.data(), "Data", "MAC Verify")
        : request.data() == null ? new byte[0] : request.data();
    Pending pending;
    if (request.correlationValue() == null) {
      pending = new Pending(MacHandler.engine(ctx, o, CryptoKeys.parameters(request.cryptographicParameters(), o)),
          request.macData());
    } else {
      pending = (Pending) CryptoStreams.take(ctx, request.correlationValue(), o.uid(), Operation.MAC_VERIFY).engine();
    }
    byte[] macData = request.macData() != null ? request.macData() : pending.macData();
    Mac mac = pending.engine();
    if (!whole && !Boolean.TRUE.equals(request.finalIndicator())) {
      mac.update(data);
      return new MACVerifyResponsePayload(o.uid(), null,
          CryptoStreams.keep(ctx, request.correlationValue(), o.uid(), Operation.MAC_VERIFY, new Pending(mac, macData)));
    }
    byte[] expected = CryptoKeys.required(macData, "MAC Data", "MAC Verify");
    byte[] actual = mac.doFinal(data);
    boolean valid = MessageDigest.isEqual(actual, expected);
    return new MACVerifyResponsePayload(o.uid(), valid ? ValidityIndicator.VALID : ValidityIndicator.INVALID, null);
  }
}
