package dev.clavis.codec;

import static dev.clavis.codec.HandBuiltPayloadsTest.req;
import static dev.clavis.codec.HandBuiltPayloadsTest.resp;
import static dev.clavis.codec.HandBuiltPayloadsTest.roundTrip;
import static dev.clavis.codec.MessageErrorsTest.assertReason;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;

import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.SplitKeyMethod;
import dev.clavis.codec.spec.Tag;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Create Split Key and Join Split Key payloads (KMIP 1.4 §4.38/§4.39, KMIP 2.1 §6.1.10/§6.1.27)
 * in the shapes the OASIS files do not use: a Prime Field Size, no Unique Identifier (the server
 * generates the key), a Secret Data Type, and the 1.x response Template-Attribute. The OASIS
 * TC-SJ files are round-tripped by {@link TypedMessagesOasisTest}.
 */
class SplitKeyPayloadsTest {

  @Test
  void createSplitKeyWithPrimeFieldAndGeneratedKey() {
    BigInteger p = BigInteger.valueOf(2).pow(127).subtract(BigInteger.ONE);
    TtlvItem.Structure request = req(
        enumeration(Tag.OBJECT_TYPE, ObjectType.SPLIT_KEY.value()),
        integer(Tag.SPLIT_KEY_PARTS, 5), integer(Tag.SPLIT_KEY_THRESHOLD, 3),
        enumeration(Tag.SPLIT_KEY_METHOD, SplitKeyMethod.POLYNOMIAL_SHARING_PRIME_FIELD.value()),
        TtlvItem.bigInteger(Tag.PRIME_FIELD_SIZE, p),
        structure(Tag.ATTRIBUTES, enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
            integer(Tag.CRYPTOGRAPHIC_LENGTH, 128)));
    CreateSplitKeyRequestPayload expected = new CreateSplitKeyRequestPayload(ObjectType.SPLIT_KEY, null, 5, 3,
        SplitKeyMethod.POLYNOMIAL_SHARING_PRIME_FIELD, p,
        Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
            integer(Tag.CRYPTOGRAPHIC_LENGTH, 128)), null);
    TtlvItem.Structure response = resp(text(Tag.UNIQUE_IDENTIFIER, "p-1"), text(Tag.UNIQUE_IDENTIFIER, "p-2"),
        text(Tag.UNIQUE_IDENTIFIER, "p-3"), text(Tag.UNIQUE_IDENTIFIER, "p-4"), text(Tag.UNIQUE_IDENTIFIER, "p-5"));
    roundTrip(Operation.CREATE_SPLIT_KEY, request, expected, response,
        new CreateSplitKeyResponsePayload(List.of("p-1", "p-2", "p-3", "p-4", "p-5"), null), KmipVersion.V2_1);
  }

  @Test
  void createSplitKeyIn14WithImplicitAttributes() {
    TtlvItem.Structure request = req(
        enumeration(Tag.OBJECT_TYPE, ObjectType.SPLIT_KEY.value()), text(Tag.UNIQUE_IDENTIFIER, "k-1"),
        integer(Tag.SPLIT_KEY_PARTS, 4), integer(Tag.SPLIT_KEY_THRESHOLD, 4),
        enumeration(Tag.SPLIT_KEY_METHOD, SplitKeyMethod.XOR.value()),
        structure(Tag.TEMPLATE_ATTRIBUTE));
    TtlvItem.Structure response = resp(text(Tag.UNIQUE_IDENTIFIER, "p-1"), text(Tag.UNIQUE_IDENTIFIER, "p-2"),
        structure(Tag.TEMPLATE_ATTRIBUTE, structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, "Cryptographic Length"),
            integer(Tag.ATTRIBUTE_VALUE, 128))));
    roundTrip(Operation.CREATE_SPLIT_KEY, request,
        new CreateSplitKeyRequestPayload(ObjectType.SPLIT_KEY, "k-1", 4, 4, SplitKeyMethod.XOR, null,
            Attributes.empty(), null),
        response, new CreateSplitKeyResponsePayload(List.of("p-1", "p-2"),
            Attributes.of(integer(Tag.CRYPTOGRAPHIC_LENGTH, 128))), KmipVersion.V1_4);
  }

  @Test
  void joinSplitKeyToSecretData() {
    TtlvItem.Structure request = req(
        enumeration(Tag.OBJECT_TYPE, ObjectType.SECRET_DATA.value()),
        text(Tag.UNIQUE_IDENTIFIER, "p-1"), text(Tag.UNIQUE_IDENTIFIER, "p-3"),
        enumeration(Tag.SECRET_DATA_TYPE, SecretDataType.SEED.value()));
    roundTrip(Operation.JOIN_SPLIT_KEY, request,
        new JoinSplitKeyRequestPayload(ObjectType.SECRET_DATA, List.of("p-1", "p-3"), SecretDataType.SEED, null, null),
        resp(text(Tag.UNIQUE_IDENTIFIER, "j-1")), new JoinSplitKeyResponsePayload("j-1", null), KmipVersion.V2_1);
  }

  @Test
  void missingRequiredFieldsAreInvalidMessage() {
    assertReason(() -> Payloads.request(Operation.CREATE_SPLIT_KEY, req(
            enumeration(Tag.OBJECT_TYPE, ObjectType.SPLIT_KEY.value()), integer(Tag.SPLIT_KEY_PARTS, 2),
            enumeration(Tag.SPLIT_KEY_METHOD, SplitKeyMethod.XOR.value()), structure(Tag.ATTRIBUTES)), KmipVersion.V2_1),
        ResultReason.INVALID_MESSAGE, "Split Key Threshold");
    assertReason(() -> Payloads.request(Operation.JOIN_SPLIT_KEY, req(
            enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value())), KmipVersion.V2_1),
        ResultReason.INVALID_MESSAGE, "Unique Identifier");
    assertReason(() -> Payloads.response(Operation.CREATE_SPLIT_KEY, resp(), KmipVersion.V1_4),
        ResultReason.INVALID_MESSAGE, "Unique Identifier");
  }
}
