package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.HashRequestPayload;
import dev.clavis.codec.HashResponsePayload;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Hash (KMIP 1.4 §4.37, KMIP 2.1 §6.1.20): the digest of Data by the Hashing Algorithm of the
 * Cryptographic Parameters (required): MD5, SHA-1, SHA-2 (224 to 512, 512/224, 512/256), SHA-3.
 * No key is involved. Streamed with Init Indicator / Correlation Value / Final Indicator
 * ({@link CryptoStreams}).
 */
final class HashHandler implements OperationHandler<HashRequestPayload> {

  @Override
  public Class<HashRequestPayload> requestType() {
    return HashRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(HashRequestPayload request, RequestContext ctx) {
    byte[] data = CryptoStreams.whole(request.correlationValue(), request.initIndicator(), request.finalIndicator())
        ? CryptoKeys.required(request.data(), "Data", "Hash") : request.data() == null ? new byte[0] : request.data();
    MessageDigest md;
    if (request.correlationValue() != null) {
      md = (MessageDigest) CryptoStreams.take(ctx, request.correlationValue(), null, Operation.HASH).engine();
    } else {
      md = engine(request);
    }
    if (!CryptoStreams.whole(request.correlationValue(), request.initIndicator(), request.finalIndicator())
        && !Boolean.TRUE.equals(request.finalIndicator())) {
      md.update(data);
      return new HashResponsePayload(null, CryptoStreams.keep(ctx, request.correlationValue(), null, Operation.HASH, md));
    }
    return new HashResponsePayload(md.digest(data), null);
  }

  private static MessageDigest engine(HashRequestPayload request) {
    CryptographicParameters p = CryptographicParameters.fromTtlv(request.cryptographicParameters());
    if (p == null || p.hashingAlgorithm() == null) {
      throw CryptoKeys.missing("Cryptographic Parameters Hashing Algorithm", "present for Hash");
    }
    try {
      return MessageDigest.getInstance(CryptoKeys.digestName(p.hashingAlgorithm()));
    } catch (NoSuchAlgorithmException e) {
      throw new KmipException(ResultReason.OPERATION_NOT_SUPPORTED, "Hashing Algorithm: "
          + p.hashingAlgorithm().specName() + " (expected: one the JDK implements)");
    }
  }
}
