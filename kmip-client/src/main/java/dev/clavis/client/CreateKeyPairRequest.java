package dev.clavis.client;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateKeyPairRequestPayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.Tag;
import java.util.List;
import java.util.Objects;

/**
 * What to create with Create Key Pair (KMIP 1.4 §4.2, KMIP 2.1 §6.1.9): common attributes
 * (algorithm, length) and the private and public key's own attributes. Immutable:
 * {@code CreateKeyPairRequest.rsa(2048).names("k", "k.pub").privateUsage(SIGN).publicUsage(VERIFY)}.
 */
public record CreateKeyPairRequest(Attributes common, Attributes privateKey, Attributes publicKey) {

  public CreateKeyPairRequest {
    Objects.requireNonNull(common, "common");
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(publicKey, "publicKey");
  }

  /** A key pair of this algorithm and length (Common attributes). */
  public static CreateKeyPairRequest of(CryptographicAlgorithm algorithm, int lengthBits) {
    return new CreateKeyPairRequest(
        Attributes.of(
            TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, algorithm.value()),
            TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, lengthBits)),
        Attributes.empty(),
        Attributes.empty());
  }

  /** An RSA key pair with this modulus length. */
  public static CreateKeyPairRequest rsa(int modulusBits) {
    return of(CryptographicAlgorithm.RSA, modulusBits);
  }

  /** Names the private and the public key. */
  public CreateKeyPairRequest names(String privateName, String publicName) {
    return new CreateKeyPairRequest(common,
        privateKey.with(new Name(privateName, NameType.UNINTERPRETED_TEXT_STRING).toTtlv()),
        publicKey.with(new Name(publicName, NameType.UNINTERPRETED_TEXT_STRING).toTtlv()));
  }

  /** The private key's Cryptographic Usage Mask. */
  public CreateKeyPairRequest privateUsage(CryptographicUsageMask... usage) {
    return new CreateKeyPairRequest(common, privateKey.set(mask(usage)), publicKey);
  }

  /** The public key's Cryptographic Usage Mask. */
  public CreateKeyPairRequest publicUsage(CryptographicUsageMask... usage) {
    return new CreateKeyPairRequest(common, privateKey, publicKey.set(mask(usage)));
  }

  /** Adds a common attribute. */
  public CreateKeyPairRequest attribute(TtlvItem value) {
    return new CreateKeyPairRequest(common.with(value), privateKey, publicKey);
  }

  private static Attribute mask(CryptographicUsageMask... usage) {
    return Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.bits(List.of(usage))));
  }

  public CreateKeyPairRequestPayload toPayload() {
    return new CreateKeyPairRequestPayload(common, privateKey, publicKey, null, null, null);
  }
}
