// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Result Reason.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §11.46 Result Reason Enumeration.
 */
public enum ResultReason {
  /**
   * Item Not Found (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  ITEM_NOT_FOUND(0x00000001, "Item Not Found", "ItemNotFound", KmipVersion.V1_0, null),

  /**
   * Response Too Large (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  RESPONSE_TOO_LARGE(0x00000002, "Response Too Large", "ResponseTooLarge", KmipVersion.V1_0, null),

  /**
   * Authentication Not Successful (0x00000003).
   *
   * <p>Since KMIP 1.0.
   */
  AUTHENTICATION_NOT_SUCCESSFUL(0x00000003, "Authentication Not Successful", "AuthenticationNotSuccessful", KmipVersion.V1_0, null),

  /**
   * Invalid Message (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  INVALID_MESSAGE(0x00000004, "Invalid Message", "InvalidMessage", KmipVersion.V1_0, null),

  /**
   * Operation Not Supported (0x00000005).
   *
   * <p>Since KMIP 1.0.
   */
  OPERATION_NOT_SUPPORTED(0x00000005, "Operation Not Supported", "OperationNotSupported", KmipVersion.V1_0, null),

  /**
   * Missing Data (0x00000006).
   *
   * <p>Since KMIP 1.0.
   */
  MISSING_DATA(0x00000006, "Missing Data", "MissingData", KmipVersion.V1_0, null),

  /**
   * Invalid Field (0x00000007).
   *
   * <p>Since KMIP 1.0.
   */
  INVALID_FIELD(0x00000007, "Invalid Field", "InvalidField", KmipVersion.V1_0, null),

  /**
   * Feature Not Supported (0x00000008).
   *
   * <p>Since KMIP 1.0.
   */
  FEATURE_NOT_SUPPORTED(0x00000008, "Feature Not Supported", "FeatureNotSupported", KmipVersion.V1_0, null),

  /**
   * Operation Canceled By Requester (0x00000009).
   *
   * <p>Since KMIP 1.0.
   */
  OPERATION_CANCELED_BY_REQUESTER(0x00000009, "Operation Canceled By Requester", "OperationCanceledByRequester", KmipVersion.V1_0, null),

  /**
   * Cryptographic Failure (0x0000000A).
   *
   * <p>Since KMIP 1.0.
   */
  CRYPTOGRAPHIC_FAILURE(0x0000000A, "Cryptographic Failure", "CryptographicFailure", KmipVersion.V1_0, null),

  /**
   * Illegal Operation (0x0000000B).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: listed as (Reserved) from 2.0.
   */
  ILLEGAL_OPERATION(0x0000000B, "Illegal Operation", "IllegalOperation", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Permission Denied (0x0000000C).
   *
   * <p>Since KMIP 1.0.
   */
  PERMISSION_DENIED(0x0000000C, "Permission Denied", "PermissionDenied", KmipVersion.V1_0, null),

  /**
   * Object Archived (0x0000000D).
   *
   * <p>Since KMIP 1.0.
   */
  OBJECT_ARCHIVED(0x0000000D, "Object Archived", "ObjectArchived", KmipVersion.V1_0, null),

  /**
   * Index Out of Bounds (0x0000000E).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: listed as (Reserved) from 2.0.
   */
  INDEX_OUT_OF_BOUNDS(0x0000000E, "Index Out of Bounds", "IndexOutOfBounds", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Application Namespace Not Supported (0x0000000F).
   *
   * <p>Since KMIP 1.0.
   */
  APPLICATION_NAMESPACE_NOT_SUPPORTED(0x0000000F, "Application Namespace Not Supported", "ApplicationNamespaceNotSupported", KmipVersion.V1_0, null),

  /**
   * Key Format Type Not Supported (0x00000010).
   *
   * <p>Since KMIP 1.0.
   */
  KEY_FORMAT_TYPE_NOT_SUPPORTED(0x00000010, "Key Format Type Not Supported", "KeyFormatTypeNotSupported", KmipVersion.V1_0, null),

  /**
   * Key Compression Type Not Supported (0x00000011).
   *
   * <p>Since KMIP 1.0.
   */
  KEY_COMPRESSION_TYPE_NOT_SUPPORTED(0x00000011, "Key Compression Type Not Supported", "KeyCompressionTypeNotSupported", KmipVersion.V1_0, null),

  /**
   * General Failure (0x00000100).
   *
   * <p>Since KMIP 1.0.
   */
  GENERAL_FAILURE(0x00000100, "General Failure", "GeneralFailure", KmipVersion.V1_0, null),

  /**
   * Encoding Option Error (0x00000012).
   *
   * <p>Since KMIP 1.1.
   */
  ENCODING_OPTION_ERROR(0x00000012, "Encoding Option Error", "EncodingOptionError", KmipVersion.V1_1, null),

  /**
   * Key Value Not Present (0x00000013).
   *
   * <p>Since KMIP 1.2.
   */
  KEY_VALUE_NOT_PRESENT(0x00000013, "Key Value Not Present", "KeyValueNotPresent", KmipVersion.V1_2, null),

  /**
   * Attestation Required (0x00000014).
   *
   * <p>Since KMIP 1.2.
   */
  ATTESTATION_REQUIRED(0x00000014, "Attestation Required", "AttestationRequired", KmipVersion.V1_2, null),

  /**
   * Attestation Failed (0x00000015).
   *
   * <p>Since KMIP 1.2.
   */
  ATTESTATION_FAILED(0x00000015, "Attestation Failed", "AttestationFailed", KmipVersion.V1_2, null),

  /**
   * Sensitive (0x00000016).
   *
   * <p>Since KMIP 1.4.
   */
  SENSITIVE(0x00000016, "Sensitive", "Sensitive", KmipVersion.V1_4, null),

  /**
   * Not Extractable (0x00000017).
   *
   * <p>Since KMIP 1.4.
   */
  NOT_EXTRACTABLE(0x00000017, "Not Extractable", "NotExtractable", KmipVersion.V1_4, null),

  /**
   * Object Already Exists (0x00000018).
   *
   * <p>Since KMIP 1.4.
   */
  OBJECT_ALREADY_EXISTS(0x00000018, "Object Already Exists", "ObjectAlreadyExists", KmipVersion.V1_4, null),

  /**
   * Invalid Ticket (0x00000019).
   *
   * <p>Since KMIP 2.0.
   */
  INVALID_TICKET(0x00000019, "Invalid Ticket", "InvalidTicket", KmipVersion.V2_0, null),

  /**
   * Usage Limit Exceeded (0x0000001A).
   *
   * <p>Since KMIP 2.0.
   */
  USAGE_LIMIT_EXCEEDED(0x0000001A, "Usage Limit Exceeded", "UsageLimitExceeded", KmipVersion.V2_0, null),

  /**
   * Numeric Range (0x0000001B).
   *
   * <p>Since KMIP 2.0.
   */
  NUMERIC_RANGE(0x0000001B, "Numeric Range", "NumericRange", KmipVersion.V2_0, null),

  /**
   * Invalid Data Type (0x0000001C).
   *
   * <p>Since KMIP 2.0.
   */
  INVALID_DATA_TYPE(0x0000001C, "Invalid Data Type", "InvalidDataType", KmipVersion.V2_0, null),

  /**
   * Read Only Attribute (0x0000001D).
   *
   * <p>Since KMIP 2.0.
   */
  READ_ONLY_ATTRIBUTE(0x0000001D, "Read Only Attribute", "ReadOnlyAttribute", KmipVersion.V2_0, null),

  /**
   * Multi Valued Attribute (0x0000001E).
   *
   * <p>Since KMIP 2.0.
   */
  MULTI_VALUED_ATTRIBUTE(0x0000001E, "Multi Valued Attribute", "MultiValuedAttribute", KmipVersion.V2_0, null),

  /**
   * Unsupported Attribute (0x0000001F).
   *
   * <p>Since KMIP 2.0.
   */
  UNSUPPORTED_ATTRIBUTE(0x0000001F, "Unsupported Attribute", "UnsupportedAttribute", KmipVersion.V2_0, null),

  /**
   * Attribute Instance Not Found (0x00000020).
   *
   * <p>Since KMIP 2.0.
   */
  ATTRIBUTE_INSTANCE_NOT_FOUND(0x00000020, "Attribute Instance Not Found", "AttributeInstanceNotFound", KmipVersion.V2_0, null),

  /**
   * Attribute Not Found (0x00000021).
   *
   * <p>Since KMIP 2.0.
   */
  ATTRIBUTE_NOT_FOUND(0x00000021, "Attribute Not Found", "AttributeNotFound", KmipVersion.V2_0, null),

  /**
   * Attribute Read Only (0x00000022).
   *
   * <p>Since KMIP 2.0.
   */
  ATTRIBUTE_READ_ONLY(0x00000022, "Attribute Read Only", "AttributeReadOnly", KmipVersion.V2_0, null),

  /**
   * Attribute Single Valued (0x00000023).
   *
   * <p>Since KMIP 2.0.
   */
  ATTRIBUTE_SINGLE_VALUED(0x00000023, "Attribute Single Valued", "AttributeSingleValued", KmipVersion.V2_0, null),

  /**
   * Bad Cryptographic Parameters (0x00000024).
   *
   * <p>Since KMIP 2.0.
   */
  BAD_CRYPTOGRAPHIC_PARAMETERS(0x00000024, "Bad Cryptographic Parameters", "BadCryptographicParameters", KmipVersion.V2_0, null),

  /**
   * Bad Password (0x00000025).
   *
   * <p>Since KMIP 2.0.
   */
  BAD_PASSWORD(0x00000025, "Bad Password", "BadPassword", KmipVersion.V2_0, null),

  /**
   * Codec Error (0x00000026).
   *
   * <p>Since KMIP 2.0.
   */
  CODEC_ERROR(0x00000026, "Codec Error", "CodecError", KmipVersion.V2_0, null),

  /**
   * Illegal Object Type (0x00000028).
   *
   * <p>Since KMIP 2.0.
   */
  ILLEGAL_OBJECT_TYPE(0x00000028, "Illegal Object Type", "IllegalObjectType", KmipVersion.V2_0, null),

  /**
   * Incompatible Cryptographic Usage Mask (0x00000029).
   *
   * <p>Since KMIP 2.0.
   */
  INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK(0x00000029, "Incompatible Cryptographic Usage Mask", "IncompatibleCryptographicUsageMask", KmipVersion.V2_0, null),

  /**
   * Internal Server Error (0x0000002A).
   *
   * <p>Since KMIP 2.0.
   */
  INTERNAL_SERVER_ERROR(0x0000002A, "Internal Server Error", "InternalServerError", KmipVersion.V2_0, null),

  /**
   * Invalid Asynchronous Correlation Value (0x0000002B).
   *
   * <p>Since KMIP 2.0.
   */
  INVALID_ASYNCHRONOUS_CORRELATION_VALUE(0x0000002B, "Invalid Asynchronous Correlation Value", "InvalidAsynchronousCorrelationValue", KmipVersion.V2_0, null),

  /**
   * Invalid Attribute (0x0000002C).
   *
   * <p>Since KMIP 2.0.
   */
  INVALID_ATTRIBUTE(0x0000002C, "Invalid Attribute", "InvalidAttribute", KmipVersion.V2_0, null),

  /**
   * Invalid Attribute Value (0x0000002D).
   *
   * <p>Since KMIP 2.0.
   */
  INVALID_ATTRIBUTE_VALUE(0x0000002D, "Invalid Attribute Value", "InvalidAttributeValue", KmipVersion.V2_0, null),

  /**
   * Invalid Correlation Value (0x0000002E).
   *
   * <p>Since KMIP 2.0.
   */
  INVALID_CORRELATION_VALUE(0x0000002E, "Invalid Correlation Value", "InvalidCorrelationValue", KmipVersion.V2_0, null),

  /**
   * Invalid CSR (0x0000002F).
   *
   * <p>Since KMIP 2.0.
   */
  INVALID_CSR(0x0000002F, "Invalid CSR", "InvalidCSR", KmipVersion.V2_0, null),

  /**
   * Invalid Object Type (0x00000030).
   *
   * <p>Since KMIP 2.0.
   */
  INVALID_OBJECT_TYPE(0x00000030, "Invalid Object Type", "InvalidObjectType", KmipVersion.V2_0, null),

  /**
   * Key Wrap Type Not Supported (0x00000032).
   *
   * <p>Since KMIP 2.0.
   */
  KEY_WRAP_TYPE_NOT_SUPPORTED(0x00000032, "Key Wrap Type Not Supported", "KeyWrapTypeNotSupported", KmipVersion.V2_0, null),

  /**
   * Missing Initialization Vector (0x00000034).
   *
   * <p>Since KMIP 2.0.
   */
  MISSING_INITIALIZATION_VECTOR(0x00000034, "Missing Initialization Vector", "MissingInitializationVector", KmipVersion.V2_0, null),

  /**
   * Non Unique Name Attribute (0x00000035).
   *
   * <p>Since KMIP 2.0.
   */
  NON_UNIQUE_NAME_ATTRIBUTE(0x00000035, "Non Unique Name Attribute", "NonUniqueNameAttribute", KmipVersion.V2_0, null),

  /**
   * Object Destroyed (0x00000036).
   *
   * <p>Since KMIP 2.0.
   */
  OBJECT_DESTROYED(0x00000036, "Object Destroyed", "ObjectDestroyed", KmipVersion.V2_0, null),

  /**
   * Object Not Found (0x00000037).
   *
   * <p>Since KMIP 2.0.
   */
  OBJECT_NOT_FOUND(0x00000037, "Object Not Found", "ObjectNotFound", KmipVersion.V2_0, null),

  /**
   * Not Authorised (0x00000039).
   *
   * <p>Since KMIP 2.0.
   */
  NOT_AUTHORISED(0x00000039, "Not Authorised", "NotAuthorised", KmipVersion.V2_0, null),

  /**
   * Server Limit Exceeded (0x0000003A).
   *
   * <p>Since KMIP 2.0.
   */
  SERVER_LIMIT_EXCEEDED(0x0000003A, "Server Limit Exceeded", "ServerLimitExceeded", KmipVersion.V2_0, null),

  /**
   * Unknown Enumeration (0x0000003B).
   *
   * <p>Since KMIP 2.0.
   */
  UNKNOWN_ENUMERATION(0x0000003B, "Unknown Enumeration", "UnknownEnumeration", KmipVersion.V2_0, null),

  /**
   * Unknown Message Extension (0x0000003C).
   *
   * <p>Since KMIP 2.0.
   */
  UNKNOWN_MESSAGE_EXTENSION(0x0000003C, "Unknown Message Extension", "UnknownMessageExtension", KmipVersion.V2_0, null),

  /**
   * Unknown Tag (0x0000003D).
   *
   * <p>Since KMIP 2.0.
   */
  UNKNOWN_TAG(0x0000003D, "Unknown Tag", "UnknownTag", KmipVersion.V2_0, null),

  /**
   * Unsupported Cryptographic Parameters (0x0000003E).
   *
   * <p>Since KMIP 2.0.
   */
  UNSUPPORTED_CRYPTOGRAPHIC_PARAMETERS(0x0000003E, "Unsupported Cryptographic Parameters", "UnsupportedCryptographicParameters", KmipVersion.V2_0, null),

  /**
   * Unsupported Protocol Version (0x0000003F).
   *
   * <p>Since KMIP 2.0.
   */
  UNSUPPORTED_PROTOCOL_VERSION(0x0000003F, "Unsupported Protocol Version", "UnsupportedProtocolVersion", KmipVersion.V2_0, null),

  /**
   * Wrapping Object Archived (0x00000040).
   *
   * <p>Since KMIP 2.0.
   */
  WRAPPING_OBJECT_ARCHIVED(0x00000040, "Wrapping Object Archived", "WrappingObjectArchived", KmipVersion.V2_0, null),

  /**
   * Wrapping Object Destroyed (0x00000041).
   *
   * <p>Since KMIP 2.0.
   */
  WRAPPING_OBJECT_DESTROYED(0x00000041, "Wrapping Object Destroyed", "WrappingObjectDestroyed", KmipVersion.V2_0, null),

  /**
   * Wrapping Object Not Found (0x00000042).
   *
   * <p>Since KMIP 2.0.
   */
  WRAPPING_OBJECT_NOT_FOUND(0x00000042, "Wrapping Object Not Found", "WrappingObjectNotFound", KmipVersion.V2_0, null),

  /**
   * Wrong Key Lifecycle State (0x00000043).
   *
   * <p>Since KMIP 2.0.
   */
  WRONG_KEY_LIFECYCLE_STATE(0x00000043, "Wrong Key Lifecycle State", "WrongKeyLifecycleState", KmipVersion.V2_0, null),

  /**
   * Protection Storage Unavailable (0x00000044).
   *
   * <p>Since KMIP 2.0.
   */
  PROTECTION_STORAGE_UNAVAILABLE(0x00000044, "Protection Storage Unavailable", "ProtectionStorageUnavailable", KmipVersion.V2_0, null),

  /**
   * PKCS#11 Codec Error (0x00000045).
   *
   * <p>Since KMIP 2.0.
   */
  PKCS_11_CODEC_ERROR(0x00000045, "PKCS#11 Codec Error", "PKCS_11CodecError", KmipVersion.V2_0, null),

  /**
   * PKCS#11 Invalid Function (0x00000046).
   *
   * <p>Since KMIP 2.0.
   */
  PKCS_11_INVALID_FUNCTION(0x00000046, "PKCS#11 Invalid Function", "PKCS_11InvalidFunction", KmipVersion.V2_0, null),

  /**
   * PKCS#11 Invalid Interface (0x00000047).
   *
   * <p>Since KMIP 2.0.
   */
  PKCS_11_INVALID_INTERFACE(0x00000047, "PKCS#11 Invalid Interface", "PKCS_11InvalidInterface", KmipVersion.V2_0, null),

  /**
   * Private Protection Storage Unavailable (0x00000048).
   *
   * <p>Since KMIP 2.0.
   */
  PRIVATE_PROTECTION_STORAGE_UNAVAILABLE(0x00000048, "Private Protection Storage Unavailable", "PrivateProtectionStorageUnavailable", KmipVersion.V2_0, null),

  /**
   * Public Protection Storage Unavailable (0x00000049).
   *
   * <p>Since KMIP 2.0.
   */
  PUBLIC_PROTECTION_STORAGE_UNAVAILABLE(0x00000049, "Public Protection Storage Unavailable", "PublicProtectionStorageUnavailable", KmipVersion.V2_0, null),

  /**
   * Unknown Object Group (0x0000004A).
   *
   * <p>Since KMIP 2.1.
   */
  UNKNOWN_OBJECT_GROUP(0x0000004A, "Unknown Object Group", "UnknownObjectGroup", KmipVersion.V2_1, null),

  /**
   * Constraint Violation (0x0000004B).
   *
   * <p>Since KMIP 2.1.
   */
  CONSTRAINT_VIOLATION(0x0000004B, "Constraint Violation", "ConstraintViolation", KmipVersion.V2_1, null),

  /**
   * Duplicate Process Request (0x0000004C).
   *
   * <p>Since KMIP 2.1.
   */
  DUPLICATE_PROCESS_REQUEST(0x0000004C, "Duplicate Process Request", "DuplicateProcessRequest", KmipVersion.V2_1, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  ResultReason(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
    this.value = value;
    this.specName = specName;
    this.xmlName = xmlName;
    this.since = since;
    this.removedIn = removedIn;
  }

  /** The value on the wire. */
  public int value() {
    return value;
  }

  /** The name as the specification writes it, e.g. {@code "Item Not Found"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "ItemNotFound"}.
   */
  public String xmlName() {
    return xmlName;
  }

  /** The first protocol version that defines this value. */
  public KmipVersion since() {
    return since;
  }

  /**
   * The first protocol version that no longer defines it (lists it as Reserved), or {@code
   * null} when no version removed it.
   */
  public KmipVersion removedIn() {
    return removedIn;
  }

  /** Whether {@code version} defines this value. */
  public boolean definedIn(KmipVersion version) {
    return version.atLeast(since) && (removedIn == null || !version.atLeast(removedIn));
  }

  /** The constant for a wire value, or {@code null} when the registry defines none. */
  public static ResultReason fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> ITEM_NOT_FOUND;
      case 0x00000002 -> RESPONSE_TOO_LARGE;
      case 0x00000003 -> AUTHENTICATION_NOT_SUCCESSFUL;
      case 0x00000004 -> INVALID_MESSAGE;
      case 0x00000005 -> OPERATION_NOT_SUPPORTED;
      case 0x00000006 -> MISSING_DATA;
      case 0x00000007 -> INVALID_FIELD;
      case 0x00000008 -> FEATURE_NOT_SUPPORTED;
      case 0x00000009 -> OPERATION_CANCELED_BY_REQUESTER;
      case 0x0000000A -> CRYPTOGRAPHIC_FAILURE;
      case 0x0000000B -> ILLEGAL_OPERATION;
      case 0x0000000C -> PERMISSION_DENIED;
      case 0x0000000D -> OBJECT_ARCHIVED;
      case 0x0000000E -> INDEX_OUT_OF_BOUNDS;
      case 0x0000000F -> APPLICATION_NAMESPACE_NOT_SUPPORTED;
      case 0x00000010 -> KEY_FORMAT_TYPE_NOT_SUPPORTED;
      case 0x00000011 -> KEY_COMPRESSION_TYPE_NOT_SUPPORTED;
      case 0x00000100 -> GENERAL_FAILURE;
      case 0x00000012 -> ENCODING_OPTION_ERROR;
      case 0x00000013 -> KEY_VALUE_NOT_PRESENT;
      case 0x00000014 -> ATTESTATION_REQUIRED;
      case 0x00000015 -> ATTESTATION_FAILED;
      case 0x00000016 -> SENSITIVE;
      case 0x00000017 -> NOT_EXTRACTABLE;
      case 0x00000018 -> OBJECT_ALREADY_EXISTS;
      case 0x00000019 -> INVALID_TICKET;
      case 0x0000001A -> USAGE_LIMIT_EXCEEDED;
      case 0x0000001B -> NUMERIC_RANGE;
      case 0x0000001C -> INVALID_DATA_TYPE;
      case 0x0000001D -> READ_ONLY_ATTRIBUTE;
      case 0x0000001E -> MULTI_VALUED_ATTRIBUTE;
      case 0x0000001F -> UNSUPPORTED_ATTRIBUTE;
      case 0x00000020 -> ATTRIBUTE_INSTANCE_NOT_FOUND;
      case 0x00000021 -> ATTRIBUTE_NOT_FOUND;
      case 0x00000022 -> ATTRIBUTE_READ_ONLY;
      case 0x00000023 -> ATTRIBUTE_SINGLE_VALUED;
      case 0x00000024 -> BAD_CRYPTOGRAPHIC_PARAMETERS;
      case 0x00000025 -> BAD_PASSWORD;
      case 0x00000026 -> CODEC_ERROR;
      case 0x00000028 -> ILLEGAL_OBJECT_TYPE;
      case 0x00000029 -> INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK;
      case 0x0000002A -> INTERNAL_SERVER_ERROR;
      case 0x0000002B -> INVALID_ASYNCHRONOUS_CORRELATION_VALUE;
      case 0x0000002C -> INVALID_ATTRIBUTE;
      case 0x0000002D -> INVALID_ATTRIBUTE_VALUE;
      case 0x0000002E -> INVALID_CORRELATION_VALUE;
      case 0x0000002F -> INVALID_CSR;
      case 0x00000030 -> INVALID_OBJECT_TYPE;
      case 0x00000032 -> KEY_WRAP_TYPE_NOT_SUPPORTED;
      case 0x00000034 -> MISSING_INITIALIZATION_VECTOR;
      case 0x00000035 -> NON_UNIQUE_NAME_ATTRIBUTE;
      case 0x00000036 -> OBJECT_DESTROYED;
      case 0x00000037 -> OBJECT_NOT_FOUND;
      case 0x00000039 -> NOT_AUTHORISED;
      case 0x0000003A -> SERVER_LIMIT_EXCEEDED;
      case 0x0000003B -> UNKNOWN_ENUMERATION;
      case 0x0000003C -> UNKNOWN_MESSAGE_EXTENSION;
      case 0x0000003D -> UNKNOWN_TAG;
      case 0x0000003E -> UNSUPPORTED_CRYPTOGRAPHIC_PARAMETERS;
      case 0x0000003F -> UNSUPPORTED_PROTOCOL_VERSION;
      case 0x00000040 -> WRAPPING_OBJECT_ARCHIVED;
      case 0x00000041 -> WRAPPING_OBJECT_DESTROYED;
      case 0x00000042 -> WRAPPING_OBJECT_NOT_FOUND;
      case 0x00000043 -> WRONG_KEY_LIFECYCLE_STATE;
      case 0x00000044 -> PROTECTION_STORAGE_UNAVAILABLE;
      case 0x00000045 -> PKCS_11_CODEC_ERROR;
      case 0x00000046 -> PKCS_11_INVALID_FUNCTION;
      case 0x00000047 -> PKCS_11_INVALID_INTERFACE;
      case 0x00000048 -> PRIVATE_PROTECTION_STORAGE_UNAVAILABLE;
      case 0x00000049 -> PUBLIC_PROTECTION_STORAGE_UNAVAILABLE;
      case 0x0000004A -> UNKNOWN_OBJECT_GROUP;
      case 0x0000004B -> CONSTRAINT_VIOLATION;
      case 0x0000004C -> DUPLICATE_PROCESS_REQUEST;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "ItemNotFound"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static ResultReason fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "ItemNotFound" -> ITEM_NOT_FOUND;
      case "ResponseTooLarge" -> RESPONSE_TOO_LARGE;
      case "AuthenticationNotSuccessful" -> AUTHENTICATION_NOT_SUCCESSFUL;
      case "InvalidMessage" -> INVALID_MESSAGE;
      case "OperationNotSupported" -> OPERATION_NOT_SUPPORTED;
      case "MissingData" -> MISSING_DATA;
      case "InvalidField" -> INVALID_FIELD;
      case "FeatureNotSupported" -> FEATURE_NOT_SUPPORTED;
      case "OperationCanceledByRequester" -> OPERATION_CANCELED_BY_REQUESTER;
      case "CryptographicFailure" -> CRYPTOGRAPHIC_FAILURE;
      case "IllegalOperation" -> ILLEGAL_OPERATION;
      case "PermissionDenied" -> PERMISSION_DENIED;
      case "ObjectArchived" -> OBJECT_ARCHIVED;
      case "IndexOutOfBounds" -> INDEX_OUT_OF_BOUNDS;
      case "ApplicationNamespaceNotSupported" -> APPLICATION_NAMESPACE_NOT_SUPPORTED;
      case "KeyFormatTypeNotSupported" -> KEY_FORMAT_TYPE_NOT_SUPPORTED;
      case "KeyCompressionTypeNotSupported" -> KEY_COMPRESSION_TYPE_NOT_SUPPORTED;
      case "GeneralFailure" -> GENERAL_FAILURE;
      case "EncodingOptionError" -> ENCODING_OPTION_ERROR;
      case "KeyValueNotPresent" -> KEY_VALUE_NOT_PRESENT;
      case "AttestationRequired" -> ATTESTATION_REQUIRED;
      case "AttestationFailed" -> ATTESTATION_FAILED;
      case "Sensitive" -> SENSITIVE;
      case "NotExtractable" -> NOT_EXTRACTABLE;
      case "ObjectAlreadyExists" -> OBJECT_ALREADY_EXISTS;
      case "InvalidTicket" -> INVALID_TICKET;
      case "UsageLimitExceeded" -> USAGE_LIMIT_EXCEEDED;
      case "NumericRange" -> NUMERIC_RANGE;
      case "InvalidDataType" -> INVALID_DATA_TYPE;
      case "ReadOnlyAttribute" -> READ_ONLY_ATTRIBUTE;
      case "MultiValuedAttribute" -> MULTI_VALUED_ATTRIBUTE;
      case "UnsupportedAttribute" -> UNSUPPORTED_ATTRIBUTE;
      case "AttributeInstanceNotFound" -> ATTRIBUTE_INSTANCE_NOT_FOUND;
      case "AttributeNotFound" -> ATTRIBUTE_NOT_FOUND;
      case "AttributeReadOnly" -> ATTRIBUTE_READ_ONLY;
      case "AttributeSingleValued" -> ATTRIBUTE_SINGLE_VALUED;
      case "BadCryptographicParameters" -> BAD_CRYPTOGRAPHIC_PARAMETERS;
      case "BadPassword" -> BAD_PASSWORD;
      case "CodecError" -> CODEC_ERROR;
      case "IllegalObjectType" -> ILLEGAL_OBJECT_TYPE;
      case "IncompatibleCryptographicUsageMask" -> INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK;
      case "InternalServerError" -> INTERNAL_SERVER_ERROR;
      case "InvalidAsynchronousCorrelationValue" -> INVALID_ASYNCHRONOUS_CORRELATION_VALUE;
      case "InvalidAttribute" -> INVALID_ATTRIBUTE;
      case "InvalidAttributeValue" -> INVALID_ATTRIBUTE_VALUE;
      case "InvalidCorrelationValue" -> INVALID_CORRELATION_VALUE;
      case "InvalidCSR" -> INVALID_CSR;
      case "InvalidObjectType" -> INVALID_OBJECT_TYPE;
      case "KeyWrapTypeNotSupported" -> KEY_WRAP_TYPE_NOT_SUPPORTED;
      case "MissingInitializationVector" -> MISSING_INITIALIZATION_VECTOR;
      case "NonUniqueNameAttribute" -> NON_UNIQUE_NAME_ATTRIBUTE;
      case "ObjectDestroyed" -> OBJECT_DESTROYED;
      case "ObjectNotFound" -> OBJECT_NOT_FOUND;
      case "NotAuthorised" -> NOT_AUTHORISED;
      case "ServerLimitExceeded" -> SERVER_LIMIT_EXCEEDED;
      case "UnknownEnumeration" -> UNKNOWN_ENUMERATION;
      case "UnknownMessageExtension" -> UNKNOWN_MESSAGE_EXTENSION;
      case "UnknownTag" -> UNKNOWN_TAG;
      case "UnsupportedCryptographicParameters" -> UNSUPPORTED_CRYPTOGRAPHIC_PARAMETERS;
      case "UnsupportedProtocolVersion" -> UNSUPPORTED_PROTOCOL_VERSION;
      case "WrappingObjectArchived" -> WRAPPING_OBJECT_ARCHIVED;
      case "WrappingObjectDestroyed" -> WRAPPING_OBJECT_DESTROYED;
      case "WrappingObjectNotFound" -> WRAPPING_OBJECT_NOT_FOUND;
      case "WrongKeyLifecycleState" -> WRONG_KEY_LIFECYCLE_STATE;
      case "ProtectionStorageUnavailable" -> PROTECTION_STORAGE_UNAVAILABLE;
      case "PKCS_11CodecError" -> PKCS_11_CODEC_ERROR;
      case "PKCS_11InvalidFunction" -> PKCS_11_INVALID_FUNCTION;
      case "PKCS_11InvalidInterface" -> PKCS_11_INVALID_INTERFACE;
      case "PrivateProtectionStorageUnavailable" -> PRIVATE_PROTECTION_STORAGE_UNAVAILABLE;
      case "PublicProtectionStorageUnavailable" -> PUBLIC_PROTECTION_STORAGE_UNAVAILABLE;
      case "UnknownObjectGroup" -> UNKNOWN_OBJECT_GROUP;
      case "ConstraintViolation" -> CONSTRAINT_VIOLATION;
      case "DuplicateProcessRequest" -> DUPLICATE_PROCESS_REQUEST;
      case null, default -> null;
    };
  }
}
