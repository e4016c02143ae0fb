package dev.clavis.codec;

import dev.clavis.codec.spec.AttestationType;
import dev.clavis.codec.spec.ClientRegistrationMethod;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.List;

/**
 * Query Response Payload (KMIP 1.4 §4.25 Table 223, KMIP 2.1 §6.1.40 Table 283).
 *
 * @param operations the operations supported (values newer than the rendered version are left out)
 * @param vendorIdentification {@code null} when absent
 * @param serverInformation {@code null} when absent
 * @param extensionInformation rendered from KMIP 1.1
 * @param attestationTypes rendered from KMIP 1.2
 * @param rngParameters rendered from KMIP 1.3
 * @param profileInformation rendered from KMIP 1.3
 * @param validationInformation rendered from KMIP 1.3
 * @param capabilityInformation rendered from KMIP 1.3
 * @param clientRegistrationMethods rendered from KMIP 1.3
 * @param defaultsInformation rendered from KMIP 2.1; {@code null} when absent
 * @param protectionStorageMasks rendered from KMIP 2.0; {@code null} when absent
 */
public record QueryResponsePayload(
    List<Operation> operations,
    List<ObjectType> objectTypes,
    String vendorIdentification,
    TtlvItem.Structure serverInformation,
    List<String> applicationNamespaces,
    List<TtlvItem.Structure> extensionInformation,
    List<AttestationType> attestationTypes,
    List<TtlvItem.Structure> rngParameters,
    List<TtlvItem.Structure> profileInformation,
    List<TtlvItem.Structure> validationInformation,
    List<TtlvItem.Structure> capabilityInformation,
    List<ClientRegistrationMethod> clientRegistrationMethods,
    TtlvItem.Structure defaultsInformation,
    TtlvItem.Structure protectionStorageMasks) implements ResponsePayload {

  public QueryResponsePayload {
    operations = operations == null ? List.of() : List.copyOf(operations);
    objectTypes = objectTypes == null ? List.of() : List.copyOf(objectTypes);
    applicationNamespaces = applicationNamespaces == null ? List.of() : List.copyOf(applicationNamespaces);
    extensionInformation = extensionInformation == null ? List.of() : List.copyOf(extensionInformation);
    attestationTypes = attestationTypes == null ? List.of() : List.copyOf(attestationTypes);
    rngParameters = rngParameters == null ? List.of() : List.copyOf(rngParameters);
    profileInformation = profileInformation == null ? List.of() : List.copyOf(profileInformation);
    validationInformation = validationInformation == null ? List.of() : List.copyOf(validationInformation);
    capabilityInformation = capabilityInformation == null ? List.of() : List.copyOf(capabilityInformation);
    clientRegistrationMethods = clientRegistrationMethods == null ? List.of() : List.copyOf(clientRegistrationMethods);
  }

  @Override
  public Operation operation() {
    return Operation.QUERY;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static QueryResponsePayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.RESPONSE_PAYLOAD, "Query Response Payload");
    List<Operation> operations = r.allEnum(Tag.OPERATION, Operation::fromValue);
    List<ObjectType> objectTypes = r.allEnum(Tag.OBJECT_TYPE, ObjectType::fromValue);
    String vendorIdentification = r.optionalText(Tag.VENDOR_IDENTIFICATION);
    TtlvItem.Structure serverInformation = r.optionalStructure(Tag.SERVER_INFORMATION);
    List<String> applicationNamespaces = r.allText(Tag.APPLICATION_NAMESPACE);
    List<TtlvItem.Structure> extensionInformation = r.all(Tag.EXTENSION_INFORMATION, TtlvItem.Structure.class);
    List<AttestationType> attestationTypes = r.allEnum(Tag.ATTESTATION_TYPE, AttestationType::fromValue);
    List<TtlvItem.Structure> rngParameters = r.all(Tag.RNG_PARAMETERS, TtlvItem.Structure.class);
    List<TtlvItem.Structure> profileInformation = r.all(Tag.PROFILE_INFORMATION, TtlvItem.Structure.class);
    List<TtlvItem.Structure> validationInformation = r.all(Tag.VALIDATION_INFORMATION, TtlvItem.Structure.class);
    List<TtlvItem.Structure> capabilityInformation = r.all(Tag.CAPABILITY_INFORMATION, TtlvItem.Structure.class);
    List<ClientRegistrationMethod> clientRegistrationMethods = r.allEnum(Tag.CLIENT_REGISTRATION_METHOD, ClientRegistrationMethod::fromValue);
    TtlvItem.Structure defaultsInformation = r.optionalStructure(Tag.DEFAULTS_INFORMATION);
    TtlvItem.Structure protectionStorageMasks = r.optionalStructure(Tag.PROTECTION_STORAGE_MASKS);
    r.end();
    return new QueryResponsePayload(operations, objectTypes, vendorIdentification, serverInformation, applicationNamespaces, extensionInformation, attestationTypes, rngParameters, profileInformation, validationInformation, capabilityInformation, clientRegistrationMethods, defaultsInformation, protectionStorageMasks);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .items(PayloadFields.enums(Tag.OPERATION, operations, Operation::value, v))
        .items(PayloadFields.enums(Tag.OBJECT_TYPE, objectTypes, ObjectType::value, v))
        .text(Tag.VENDOR_IDENTIFICATION, vendorIdentification)
        .item(PayloadFields.forVersion(serverInformation, v))
        .texts(Tag.APPLICATION_NAMESPACE, applicationNamespaces)
        .items(FieldWriter.at(v, 1, 1) ? PayloadFields.forVersion(extensionInformation, v) : List.of())
        .items(FieldWriter.at(v, 1, 2) ? PayloadFields.enums(Tag.ATTESTATION_TYPE, attestationTypes, AttestationType::value, v) : List.of())
        .items(FieldWriter.at(v, 1, 3) ? PayloadFields.forVersion(rngParameters, v) : List.of())
        .items(FieldWriter.at(v, 1, 3) ? PayloadFields.forVersion(profileInformation, v) : List.of())
        .items(FieldWriter.at(v, 1, 3) ? PayloadFields.forVersion(validationInformation, v) : List.of())
        .items(FieldWriter.at(v, 1, 3) ? PayloadFields.forVersion(capabilityInformation, v) : List.of())
        .items(FieldWriter.at(v, 1, 3) ? PayloadFields.enums(Tag.CLIENT_REGISTRATION_METHOD, clientRegistrationMethods, ClientRegistrationMethod::value, v) : List.of())
        .item(FieldWriter.at(v, 2, 1) ? PayloadFields.forVersion(defaultsInformation, v) : null)
        .item(FieldWriter.at(v, 2, 0) ? PayloadFields.forVersion(protectionStorageMasks, v) : null)
        .build(Tag.RESPONSE_PAYLOAD);
  }
}
