package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.MACRequestPayload;
import dev.clavis.codec.MACResponsePayload;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * MAC (KMIP 1.4 §4.33, KMIP 2.1 §6.1.30): HMAC (SHA-1, SHA-224, SHA-256, SHA-384, SHA-512, MD5)
 * of Data with an Active key whose usage mask allows MAC Generate; the HMAC hash comes from the
 * Cryptographic Algorithm (HMAC-SHA256 …) of the parameters or the key, or from the Hashing
 * Algorithm. Streamed with Init Indicator / Correlation Value / Final Indicator ({@link
 * CryptoStreams}). Sets the ID Placeholder.
 */
final class MacHandler implements OperationHandler<MACRequestPayload> {

  @Override
  public Class<MACRequestPayload> requestType() {
    return MACRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(MACRequestPayload request, RequestContext ctx) {
    LoadedObject o = CryptoKeys.usable(ctx, request.uniqueIdentifier(), CryptographicUsageMask.MAC_GENERATE, "MAC");
    byte[] data = CryptoStreams.whole(request.correlationValue(), request.initIndicator(), request.finalIndicator())
        ? CryptoKeys.required(request.data(), "Data", "MAC") : request.data() == null ? new byte[0] : request.data();
    if (!CryptoStreams.whole(request.correlationValue(), request.initIndicator(), request.finalIndicator())) {
      Mac mac;
      if (request.correlationValue() == null) {
        mac = engine(ctx, o, CryptoKeys.parameters(request.cryptographicParameters(), o));
      } else {
        mac = (Mac) CryptoStreams.take(ctx, request.correlationValue(), o.uid(), Operation.MAC).engine();
      }
      if (Boolean.TRUE.equals(request.finalIndicator())) {
        return new MACResponsePayload(o.uid(), mac.doFinal(data), null);
      }
      mac.update(data);
      return new MACResponsePayload(o.uid(), null, CryptoStreams.keep(ctx, request.correlationValue(), o.uid(), Operation.MAC, mac));
    }
    CryptographicParameters p = CryptoKeys.parameters(request.cryptographicParameters(), o);
    return new MACResponsePayload(o.uid(), engine(ctx, o, p).doFinal(data), null);
  }

  /** An HMAC engine keyed with {@code o}'s key, per {@code p}. */
  static Mac engine(RequestContext ctx, LoadedObject o, CryptographicParameters p) {
    String name = algorithm(p);
    ManagedObject key = ctx.objects().material(o);
    byte[] k = CryptoKeys.secret(key);
    try {
      Mac mac = Mac.getInstance(name);
      mac.init(new SecretKeySpec(k, name));
      return mac;
    } catch (GeneralSecurityException e) {
      throw CryptoKeys.cryptoFailure("MAC", e);
    } finally {
      CryptoKeys.wipe(k);
      key.wipe();
    }
  }

  private static String algorithm(CryptographicParameters p) {
    if (p.cryptographicAlgorithm() != null) {
      switch (p.cryptographicAlgorithm()) {
        case HMAC_SHA1 -> { return "HmacSHA1"; }
        case HMAC_SHA224 -> { return "HmacSHA224"; }
        case HMAC_SHA256 -> { return "HmacSHA256"; }
        case HMAC_SHA384 -> { return "HmacSHA384"; }
        case HMAC_SHA512 -> { return "HmacSHA512"; }
        case HMAC_MD5 -> { return "HmacMD5"; }
        default -> {
          if (p.hashingAlgorithm() == null) {
            throw CryptoKeys.unsupportedParameter("Cryptographic Algorithm", p.cryptographicAlgorithm().specName() + " for MAC");
          }
        }
      }
    }
    if (p.hashingAlgorithm() == null) {
      throw new KmipException(ResultReason.INVALID_MESSAGE,
          "MAC algorithm: absent (expected: an HMAC Cryptographic Algorithm or a Hashing Algorithm)");
    }
    return "Hmac" + CryptoKeys.digestName(p.hashingAlgorithm()).replace("-", "");
  }
}
