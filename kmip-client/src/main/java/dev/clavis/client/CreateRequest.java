package dev.clavis.client;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Tag;
import java.util.List;
import java.util.Objects;

/**
 * What to create with Create (KMIP 1.4 §4.1, KMIP 2.1 §6.1.8): a symmetric key of an algorithm
 * and length, with optional names, usage and any further attribute. Immutable; each method
 * returns a copy: {@code CreateRequest.aes(256).name("k1").usage(ENCRYPT, DECRYPT)}.
 *
 * @param attributes the attributes beyond Cryptographic Algorithm and Length, in order
 */
public record CreateRequest(CryptographicAlgorithm algorithm, int lengthBits, Attributes attributes) {

  public CreateRequest {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(attributes, "attributes");
    if (lengthBits <= 0) {
      throw new IllegalArgumentException("Cryptographic Length: " + lengthBits + " (expected: > 0 bits)");
    }
  }

  /** A symmetric key of this algorithm and length. */
  public static CreateRequest of(CryptographicAlgorithm algorithm, int lengthBits) {
    return new CreateRequest(algorithm, lengthBits, Attributes.empty());
  }

  /** An AES key of 128, 192 or 256 bits. */
  public static CreateRequest aes(int lengthBits) {
    return of(CryptographicAlgorithm.AES, lengthBits);
  }

  /** Adds a Name (Uninterpreted Text String); may be repeated. */
  public CreateRequest name(String name) {
    return attribute(new Name(name, NameType.UNINTERPRETED_TEXT_STRING).toTtlv());
  }

  /** Sets the Cryptographic Usage Mask. */
  public CreateRequest usage(CryptographicUsageMask... usage) {
    return new CreateRequest(algorithm, lengthBits, attributes.set(Attribute.of(
        TtlvItem.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.bits(List.of(usage))))));
  }

  /** Adds any attribute, e.g. {@code TtlvItem.text(Tag.OBJECT_GROUP, "g")}. */
  public CreateRequest attribute(TtlvItem value) {
    return new CreateRequest(algorithm, lengthBits, attributes.with(value));
  }

  /** The payload: Object Type Symmetric Key, then algorithm, length and the other attributes. */
  public CreateRequestPayload toPayload() {
    Attributes all = Attributes.of(
        TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, algorithm.value()),
        TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, lengthBits));
    for (Attribute a : attributes) {
      all = all.with(a);
    }
    return new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, all, null);
  }
}
