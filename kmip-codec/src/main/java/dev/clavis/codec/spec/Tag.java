// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP tag values (KMIP 1.4 §9.1.3.1 "Tags", KMIP 2.1 §11.56 "Tag Enumeration"),
 * one constant per tag ever defined in KMIP 1.0–2.1, including the tags
 * later versions marked (Reserved); each constant's Javadoc says when it appeared and
 * when it was removed. Tag values are 3 bytes; extension tags (0x540000–0x54FFFF) are
 * not listed.
 */
public final class Tag {

  private Tag() {}

  /**
   * Activation Date (Date-Time), XML {@code ActivationDate}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.1 Activation Date.
   */
  public static final int ACTIVATION_DATE = 0x420001;

  /**
   * Application Data (Text String), XML {@code ApplicationData}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.4 Application Specific Information.
   */
  public static final int APPLICATION_DATA = 0x420002;

  /**
   * Application Namespace (Text String), XML {@code ApplicationNamespace}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.4 Application Specific Information.
   */
  public static final int APPLICATION_NAMESPACE = 0x420003;

  /**
   * Application Specific Information (Structure), XML {@code ApplicationSpecificInformation}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.4 Application Specific Information.
   */
  public static final int APPLICATION_SPECIFIC_INFORMATION = 0x420004;

  /**
   * Archive Date (Date-Time), XML {@code ArchiveDate}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.5 Archive Date.
   */
  public static final int ARCHIVE_DATE = 0x420005;

  /**
   * Asynchronous Correlation Value (Byte String), XML {@code AsynchronousCorrelationValue}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.1 Asynchronous Correlation Value.
   */
  public static final int ASYNCHRONOUS_CORRELATION_VALUE = 0x420006;

  /**
   * Asynchronous Indicator (Enumeration), XML {@code AsynchronousIndicator}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.2 Asynchronous Indicator.
   */
  public static final int ASYNCHRONOUS_INDICATOR = 0x420007;

  /**
   * Attribute (Structure), XML {@code Attribute}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.60 Vendor Attribute.
   */
  public static final int ATTRIBUTE = 0x420008;

  /**
   * Attribute Index (Integer), XML {@code AttributeIndex}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §2.1.1 Attribute.
   */
  public static final int ATTRIBUTE_INDEX = 0x420009;

  /**
   * Attribute Name (Text String), XML {@code AttributeName}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.60 Vendor Attribute.
   */
  public static final int ATTRIBUTE_NAME = 0x42000A;

  /**
   * Attribute Value (type not given by the spec), XML {@code AttributeValue}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.60 Vendor Attribute.
   */
  public static final int ATTRIBUTE_VALUE = 0x42000B;

  /**
   * Authentication (Structure), XML {@code Authentication}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.4 Authentication.
   */
  public static final int AUTHENTICATION = 0x42000C;

  /**
   * Batch Count (Integer), XML {@code BatchCount}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.5 Batch Count.
   */
  public static final int BATCH_COUNT = 0x42000D;

  /**
   * Batch Error Continuation Option (Enumeration), XML {@code BatchErrorContinuationOption}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.6 Batch Error Continuation Option.
   */
  public static final int BATCH_ERROR_CONTINUATION_OPTION = 0x42000E;

  /**
   * Batch Item (Structure), XML {@code BatchItem}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.7 Batch Item.
   */
  public static final int BATCH_ITEM = 0x42000F;

  /**
   * Batch Order Option (Boolean), XML {@code BatchOrderOption}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.8 Batch Order Option.
   */
  public static final int BATCH_ORDER_OPTION = 0x420010;

  /**
   * Block Cipher Mode (Enumeration), XML {@code BlockCipherMode}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int BLOCK_CIPHER_MODE = 0x420011;

  /**
   * Cancellation Result (Enumeration), XML {@code CancellationResult}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §6.1.5 Cancel.
   */
  public static final int CANCELLATION_RESULT = 0x420012;

  /**
   * Certificate (Structure), XML {@code Certificate}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.1 Certificate.
   */
  public static final int CERTIFICATE = 0x420013;

  /**
   * Certificate Identifier (Structure), XML {@code CertificateIdentifier}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §3.13 Certificate Identifier.
   */
  public static final int CERTIFICATE_IDENTIFIER = 0x420014;

  /**
   * Certificate Issuer (Structure), XML {@code CertificateIssuer}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §3.15 Certificate Issuer.
   */
  public static final int CERTIFICATE_ISSUER = 0x420015;

  /**
   * Certificate Issuer Alternative Name (Text String), XML {@code CertificateIssuerAlternativeName}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §3.15 Certificate Issuer.
   */
  public static final int CERTIFICATE_ISSUER_ALTERNATIVE_NAME = 0x420016;

  /**
   * Certificate Issuer Distinguished Name (Text String), XML {@code CertificateIssuerDistinguishedName}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §3.15 Certificate Issuer.
   */
  public static final int CERTIFICATE_ISSUER_DISTINGUISHED_NAME = 0x420017;

  /**
   * Certificate Request (Structure), XML {@code CertificateRequest}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.2 Certificate Request.
   */
  public static final int CERTIFICATE_REQUEST = 0x420018;

  /**
   * Certificate Request Type (Enumeration), XML {@code CertificateRequestType}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.2 Certificate Request.
   */
  public static final int CERTIFICATE_REQUEST_TYPE = 0x420019;

  /**
   * Certificate Subject (Structure), XML {@code CertificateSubject}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §3.14 Certificate Subject.
   */
  public static final int CERTIFICATE_SUBJECT = 0x42001A;

  /**
   * Certificate Subject Alternative Name (Text String), XML {@code CertificateSubjectAlternativeName}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §3.14 Certificate Subject.
   */
  public static final int CERTIFICATE_SUBJECT_ALTERNATIVE_NAME = 0x42001B;

  /**
   * Certificate Subject Distinguished Name (Text String), XML {@code CertificateSubjectDistinguishedName}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §3.14 Certificate Subject.
   */
  public static final int CERTIFICATE_SUBJECT_DISTINGUISHED_NAME = 0x42001C;

  /**
   * Certificate Type (Enumeration), XML {@code CertificateType}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.7 Certificate Type.
   */
  public static final int CERTIFICATE_TYPE = 0x42001D;

  /**
   * Certificate Value (Byte String), XML {@code CertificateValue}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.1 Certificate.
   */
  public static final int CERTIFICATE_VALUE = 0x42001E;

  /**
   * Common Template-Attribute (Structure), XML {@code CommonTemplateAttribute}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §2.1.8 Template-Attribute Structures.
   */
  public static final int COMMON_TEMPLATE_ATTRIBUTE = 0x42001F;

  /**
   * Compromise Date (Date-Time), XML {@code CompromiseDate}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.10 Compromise Date.
   */
  public static final int COMPROMISE_DATE = 0x420020;

  /**
   * Compromise Occurrence Date (Date-Time), XML {@code CompromiseOccurrenceDate}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.11 Compromise Occurrence Date.
   */
  public static final int COMPROMISE_OCCURRENCE_DATE = 0x420021;

  /**
   * Contact Information (Text String), XML {@code ContactInformation}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.12 Contact Information.
   */
  public static final int CONTACT_INFORMATION = 0x420022;

  /**
   * Credential (Structure), XML {@code Credential}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.11 Credential.
   */
  public static final int CREDENTIAL = 0x420023;

  /**
   * Credential Type (Enumeration), XML {@code CredentialType}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.11 Credential.
   */
  public static final int CREDENTIAL_TYPE = 0x420024;

  /**
   * Credential Value (Structure), XML {@code CredentialValue}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.11 Credential.
   */
  public static final int CREDENTIAL_VALUE = 0x420025;

  /**
   * Criticality Indicator (Boolean), XML {@code CriticalityIndicator}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.13 Message Extension.
   */
  public static final int CRITICALITY_INDICATOR = 0x420026;

  /**
   * CRT Coefficient (Big Integer), XML {@code CRTCoefficient}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.7 Transparent RSA Private Key.
   */
  public static final int CRT_COEFFICIENT = 0x420027;

  /**
   * Cryptographic Algorithm (Enumeration), XML {@code CryptographicAlgorithm}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.13 Cryptographic Algorithm.
   */
  public static final int CRYPTOGRAPHIC_ALGORITHM = 0x420028;

  /**
   * Cryptographic Domain Parameters (Structure), XML {@code CryptographicDomainParameters}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.14 Cryptographic Domain Parameters.
   */
  public static final int CRYPTOGRAPHIC_DOMAIN_PARAMETERS = 0x420029;

  /**
   * Cryptographic Length (Integer), XML {@code CryptographicLength}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.15 Cryptographic Length.
   */
  public static final int CRYPTOGRAPHIC_LENGTH = 0x42002A;

  /**
   * Cryptographic Parameters (Structure), XML {@code CryptographicParameters}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int CRYPTOGRAPHIC_PARAMETERS = 0x42002B;

  /**
   * Cryptographic Usage Mask (Integer), XML {@code CryptographicUsageMask}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.17 Cryptographic Usage Mask.
   */
  public static final int CRYPTOGRAPHIC_USAGE_MASK = 0x42002C;

  /**
   * Custom Attribute (type not given by the spec), XML {@code CustomAttribute}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §3.39 Custom Attribute.
   */
  public static final int CUSTOM_ATTRIBUTE = 0x42002D;

  /**
   * D (Big Integer), XML {@code D}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.11 Transparent EC Private Key.
   */
  public static final int D = 0x42002E;

  /**
   * Deactivation Date (Date-Time), XML {@code DeactivationDate}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.18 Deactivation Date.
   */
  public static final int DEACTIVATION_DATE = 0x42002F;

  /**
   * Derivation Data (Byte String), XML {@code DerivationData}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §7.12 Derivation Parameters.
   */
  public static final int DERIVATION_DATA = 0x420030;

  /**
   * Derivation Method (Enumeration), XML {@code DerivationMethod}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §6.1.14 Derive Key.
   */
  public static final int DERIVATION_METHOD = 0x420031;

  /**
   * Derivation Parameters (Structure), XML {@code DerivationParameters}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §7.12 Derivation Parameters.
   */
  public static final int DERIVATION_PARAMETERS = 0x420032;

  /**
   * Destroy Date (Date-Time), XML {@code DestroyDate}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.20 Destroy Date.
   */
  public static final int DESTROY_DATE = 0x420033;

  /**
   * Digest (Structure), XML {@code Digest}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.21 Digest.
   */
  public static final int DIGEST = 0x420034;

  /**
   * Digest Value (Byte String), XML {@code DigestValue}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.21 Digest.
   */
  public static final int DIGEST_VALUE = 0x420035;

  /**
   * Encryption Key Information (Structure), XML {@code EncryptionKeyInformation}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.3 Key Wrapping Data.
   */
  public static final int ENCRYPTION_KEY_INFORMATION = 0x420036;

  /**
   * G (Big Integer), XML {@code G}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.5 Transparent DSA Private Key.
   */
  public static final int G = 0x420037;

  /**
   * Hashing Algorithm (Enumeration), XML {@code HashingAlgorithm}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int HASHING_ALGORITHM = 0x420038;

  /**
   * Initial Date (Date-Time), XML {@code InitialDate}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.25 Initial Date.
   */
  public static final int INITIAL_DATE = 0x420039;

  /**
   * Initialization Vector (Byte String), XML {@code InitializationVector}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §7.12 Derivation Parameters.
   */
  public static final int INITIALIZATION_VECTOR = 0x42003A;

  /**
   * Issuer (Text String), XML {@code Issuer}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §3.13 Certificate Identifier.
   */
  public static final int ISSUER = 0x42003B;

  /**
   * Iteration Count (Integer), XML {@code IterationCount}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §7.12 Derivation Parameters.
   */
  public static final int ITERATION_COUNT = 0x42003C;

  /**
   * IV/Counter/Nonce (Byte String), XML {@code IVCounterNonce}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.3 Key Wrapping Data.
   */
  public static final int IV_COUNTER_NONCE = 0x42003D;

  /**
   * J (Big Integer), XML {@code J}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.9 Transparent DH Private Key.
   */
  public static final int J = 0x42003E;

  /**
   * Key (Byte String), XML {@code Key}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.4 Transparent Symmetric Key.
   */
  public static final int KEY = 0x42003F;

  /**
   * Key Block (Structure), XML {@code KeyBlock}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.1 Key Block.
   */
  public static final int KEY_BLOCK = 0x420040;

  /**
   * Key Compression Type (Enumeration), XML {@code KeyCompressionType}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.1 Key Block.
   */
  public static final int KEY_COMPRESSION_TYPE = 0x420041;

  /**
   * Key Format Type (Enumeration), XML {@code KeyFormatType}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.26 Key Format Type.
   */
  public static final int KEY_FORMAT_TYPE = 0x420042;

  /**
   * Key Material (Structure), XML {@code KeyMaterial}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.2 Key Value.
   */
  public static final int KEY_MATERIAL = 0x420043;

  /**
   * Key Part Identifier (Integer), XML {@code KeyPartIdentifier}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.8 Split Key.
   */
  public static final int KEY_PART_IDENTIFIER = 0x420044;

  /**
   * Key Value (Structure), XML {@code KeyValue}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.2 Key Value.
   */
  public static final int KEY_VALUE = 0x420045;

  /**
   * Key Wrapping Data (Structure), XML {@code KeyWrappingData}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.3 Key Wrapping Data.
   */
  public static final int KEY_WRAPPING_DATA = 0x420046;

  /**
   * Key Wrapping Specification (Structure), XML {@code KeyWrappingSpecification}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §7.18 Key Wrapping Specification.
   */
  public static final int KEY_WRAPPING_SPECIFICATION = 0x420047;

  /**
   * Last Change Date (Date-Time), XML {@code LastChangeDate}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.29 Last Change Date.
   */
  public static final int LAST_CHANGE_DATE = 0x420048;

  /**
   * Lease Time (Interval), XML {@code LeaseTime}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.30 Lease Time.
   */
  public static final int LEASE_TIME = 0x420049;

  /**
   * Link (Structure), XML {@code Link}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.31 Link.
   */
  public static final int LINK = 0x42004A;

  /**
   * Link Type (Enumeration), XML {@code LinkType}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.31 Link.
   */
  public static final int LINK_TYPE = 0x42004B;

  /**
   * Linked Object Identifier (Text String), XML {@code LinkedObjectIdentifier}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.31 Link.
   */
  public static final int LINKED_OBJECT_IDENTIFIER = 0x42004C;

  /**
   * MAC/Signature (Byte String), XML {@code MACSignature}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.3 Key Wrapping Data.
   */
  public static final int MAC_SIGNATURE = 0x42004D;

  /**
   * MAC/Signature Key Information (Structure), XML {@code MACSignatureKeyInformation}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.3 Key Wrapping Data.
   */
  public static final int MAC_SIGNATURE_KEY_INFORMATION = 0x42004E;

  /**
   * Maximum Items (Integer), XML {@code MaximumItems}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §6.1.28 Locate.
   */
  public static final int MAXIMUM_ITEMS = 0x42004F;

  /**
   * Maximum Response Size (Integer), XML {@code MaximumResponseSize}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.12 Maximum Response Size.
   */
  public static final int MAXIMUM_RESPONSE_SIZE = 0x420050;

  /**
   * Message Extension (Structure), XML {@code MessageExtension}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.13 Message Extension.
   */
  public static final int MESSAGE_EXTENSION = 0x420051;

  /**
   * Modulus (Big Integer), XML {@code Modulus}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.7 Transparent RSA Private Key.
   */
  public static final int MODULUS = 0x420052;

  /**
   * Name (Structure), XML {@code Name}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.32 Name.
   */
  public static final int NAME = 0x420053;

  /**
   * Name Type (Enumeration), XML {@code NameType}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.32 Name.
   */
  public static final int NAME_TYPE = 0x420054;

  /**
   * Name Value (Text String), XML {@code NameValue}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.32 Name.
   */
  public static final int NAME_VALUE = 0x420055;

  /**
   * Object Group (Text String), XML {@code ObjectGroup}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.35 Object Group.
   */
  public static final int OBJECT_GROUP = 0x420056;

  /**
   * Object Type (Enumeration), XML {@code ObjectType}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.36 Object Type.
   */
  public static final int OBJECT_TYPE = 0x420057;

  /**
   * Offset (Interval), XML {@code Offset}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §6.1.45 Re-certify.
   */
  public static final int OFFSET = 0x420058;

  /**
   * Opaque Data Type (Enumeration), XML {@code OpaqueDataType}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.37 Opaque Data Type.
   */
  public static final int OPAQUE_DATA_TYPE = 0x420059;

  /**
   * Opaque Data Value (Byte String), XML {@code OpaqueDataValue}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.3 Opaque Object.
   */
  public static final int OPAQUE_DATA_VALUE = 0x42005A;

  /**
   * Opaque Object (Structure), XML {@code OpaqueObject}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.3 Opaque Object.
   */
  public static final int OPAQUE_OBJECT = 0x42005B;

  /**
   * Operation (Enumeration), XML {@code Operation}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.15 Operation.
   */
  public static final int OPERATION = 0x42005C;

  /**
   * Operation Policy Name (Text String), XML {@code OperationPolicyName}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §3.18 Operation Policy Name.
   */
  public static final int OPERATION_POLICY_NAME = 0x42005D;

  /**
   * P (Big Integer), XML {@code P}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.5 Transparent DSA Private Key.
   */
  public static final int P = 0x42005E;

  /**
   * Padding Method (Enumeration), XML {@code PaddingMethod}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int PADDING_METHOD = 0x42005F;

  /**
   * Prime Exponent P (Big Integer), XML {@code PrimeExponentP}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.7 Transparent RSA Private Key.
   */
  public static final int PRIME_EXPONENT_P = 0x420060;

  /**
   * Prime Exponent Q (Big Integer), XML {@code PrimeExponentQ}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.7 Transparent RSA Private Key.
   */
  public static final int PRIME_EXPONENT_Q = 0x420061;

  /**
   * Prime Field Size (Big Integer), XML {@code PrimeFieldSize}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.8 Split Key.
   */
  public static final int PRIME_FIELD_SIZE = 0x420062;

  /**
   * Private Exponent (Big Integer), XML {@code PrivateExponent}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.7 Transparent RSA Private Key.
   */
  public static final int PRIVATE_EXPONENT = 0x420063;

  /**
   * Private Key (Structure), XML {@code PrivateKey}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.5 Private Key.
   */
  public static final int PRIVATE_KEY = 0x420064;

  /**
   * Private Key Template-Attribute (Structure), XML {@code PrivateKeyTemplateAttribute}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §2.1.8 Template-Attribute Structures.
   */
  public static final int PRIVATE_KEY_TEMPLATE_ATTRIBUTE = 0x420065;

  /**
   * Private Key Unique Identifier (Text String), XML {@code PrivateKeyUniqueIdentifier}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §6.1.9 Create Key Pair.
   */
  public static final int PRIVATE_KEY_UNIQUE_IDENTIFIER = 0x420066;

  /**
   * Process Start Date (Date-Time), XML {@code ProcessStartDate}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.40 Process Start Date.
   */
  public static final int PROCESS_START_DATE = 0x420067;

  /**
   * Protect Stop Date (Date-Time), XML {@code ProtectStopDate}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.41 Protect Stop Date.
   */
  public static final int PROTECT_STOP_DATE = 0x420068;

  /**
   * Protocol Version (Structure), XML {@code ProtocolVersion}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.16 Protocol Version.
   */
  public static final int PROTOCOL_VERSION = 0x420069;

  /**
   * Protocol Version Major (Integer), XML {@code ProtocolVersionMajor}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.16 Protocol Version.
   */
  public static final int PROTOCOL_VERSION_MAJOR = 0x42006A;

  /**
   * Protocol Version Minor (Integer), XML {@code ProtocolVersionMinor}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.16 Protocol Version.
   */
  public static final int PROTOCOL_VERSION_MINOR = 0x42006B;

  /**
   * Public Exponent (Big Integer), XML {@code PublicExponent}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.7 Transparent RSA Private Key.
   */
  public static final int PUBLIC_EXPONENT = 0x42006C;

  /**
   * Public Key (Structure), XML {@code PublicKey}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.6 Public Key.
   */
  public static final int PUBLIC_KEY = 0x42006D;

  /**
   * Public Key Template-Attribute (Structure), XML {@code PublicKeyTemplateAttribute}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §2.1.8 Template-Attribute Structures.
   */
  public static final int PUBLIC_KEY_TEMPLATE_ATTRIBUTE = 0x42006E;

  /**
   * Public Key Unique Identifier (Text String), XML {@code PublicKeyUniqueIdentifier}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §6.1.9 Create Key Pair.
   */
  public static final int PUBLIC_KEY_UNIQUE_IDENTIFIER = 0x42006F;

  /**
   * Put Function (Enumeration), XML {@code PutFunction}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §6.2.3 Put.
   */
  public static final int PUT_FUNCTION = 0x420070;

  /**
   * Q (Big Integer), XML {@code Q}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.5 Transparent DSA Private Key.
   */
  public static final int Q = 0x420071;

  /**
   * Q String (Byte String), XML {@code QString}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.12 Transparent EC Public Key.
   */
  public static final int Q_STRING = 0x420072;

  /**
   * Qlength (Integer), XML {@code Qlength}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.14 Cryptographic Domain Parameters.
   */
  public static final int QLENGTH = 0x420073;

  /**
   * Query Function (Enumeration), XML {@code QueryFunction}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §6.1.40 Query.
   */
  public static final int QUERY_FUNCTION = 0x420074;

  /**
   * Recommended Curve (Enumeration), XML {@code RecommendedCurve}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.11 Transparent EC Private Key.
   */
  public static final int RECOMMENDED_CURVE = 0x420075;

  /**
   * Replaced Unique Identifier (Text String), XML {@code ReplacedUniqueIdentifier}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §6.2.3 Put.
   */
  public static final int REPLACED_UNIQUE_IDENTIFIER = 0x420076;

  /**
   * Request Header (Structure), XML {@code RequestHeader}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §8.2 Request Header.
   */
  public static final int REQUEST_HEADER = 0x420077;

  /**
   * Request Message (Structure), XML {@code RequestMessage}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §8.1 Request Message.
   */
  public static final int REQUEST_MESSAGE = 0x420078;

  /**
   * Request Payload (Structure), XML {@code RequestPayload}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §8.3 Request Batch Item.
   */
  public static final int REQUEST_PAYLOAD = 0x420079;

  /**
   * Response Header (Structure), XML {@code ResponseHeader}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §8.5 Response Header.
   */
  public static final int RESPONSE_HEADER = 0x42007A;

  /**
   * Response Message (Structure), XML {@code ResponseMessage}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §8.4 Response Message.
   */
  public static final int RESPONSE_MESSAGE = 0x42007B;

  /**
   * Response Payload (Structure), XML {@code ResponsePayload}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §8.6 Response Batch Item.
   */
  public static final int RESPONSE_PAYLOAD = 0x42007C;

  /**
   * Result Message (Text String), XML {@code ResultMessage}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.17 Result Message.
   */
  public static final int RESULT_MESSAGE = 0x42007D;

  /**
   * Result Reason (Enumeration), XML {@code ResultReason}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.18 Result Reason.
   */
  public static final int RESULT_REASON = 0x42007E;

  /**
   * Result Status (Enumeration), XML {@code ResultStatus}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.19 Result Status.
   */
  public static final int RESULT_STATUS = 0x42007F;

  /**
   * Revocation Message (Text String), XML {@code RevocationMessage}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.47 Revocation Reason.
   */
  public static final int REVOCATION_MESSAGE = 0x420080;

  /**
   * Revocation Reason (Structure), XML {@code RevocationReason}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.47 Revocation Reason.
   */
  public static final int REVOCATION_REASON = 0x420081;

  /**
   * Revocation Reason Code (Enumeration), XML {@code RevocationReasonCode}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.47 Revocation Reason.
   */
  public static final int REVOCATION_REASON_CODE = 0x420082;

  /**
   * Key Role Type (Enumeration), XML {@code KeyRoleType}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int KEY_ROLE_TYPE = 0x420083;

  /**
   * Salt (Byte String), XML {@code Salt}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §7.12 Derivation Parameters.
   */
  public static final int SALT = 0x420084;

  /**
   * Secret Data (Structure), XML {@code SecretData}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.7 Secret Data.
   */
  public static final int SECRET_DATA = 0x420085;

  /**
   * Secret Data Type (Enumeration), XML {@code SecretDataType}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.7 Secret Data.
   */
  public static final int SECRET_DATA_TYPE = 0x420086;

  /**
   * Serial Number (Text String), XML {@code SerialNumber}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §3.13 Certificate Identifier.
   */
  public static final int SERIAL_NUMBER = 0x420087;

  /**
   * Server Information (Structure), XML {@code ServerInformation}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §7.37 Server Information.
   */
  public static final int SERVER_INFORMATION = 0x420088;

  /**
   * Split Key (Structure), XML {@code SplitKey}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.8 Split Key.
   */
  public static final int SPLIT_KEY = 0x420089;

  /**
   * Split Key Method (Enumeration), XML {@code SplitKeyMethod}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.8 Split Key.
   */
  public static final int SPLIT_KEY_METHOD = 0x42008A;

  /**
   * Split Key Parts (Integer), XML {@code SplitKeyParts}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.8 Split Key.
   */
  public static final int SPLIT_KEY_PARTS = 0x42008B;

  /**
   * Split Key Threshold (Integer), XML {@code SplitKeyThreshold}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.8 Split Key.
   */
  public static final int SPLIT_KEY_THRESHOLD = 0x42008C;

  /**
   * State (Enumeration), XML {@code State}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.57 State.
   */
  public static final int STATE = 0x42008D;

  /**
   * Storage Status Mask (Integer), XML {@code StorageStatusMask}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §6.1.28 Locate.
   */
  public static final int STORAGE_STATUS_MASK = 0x42008E;

  /**
   * Symmetric Key (Structure), XML {@code SymmetricKey}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §2.9 Symmetric Key.
   */
  public static final int SYMMETRIC_KEY = 0x42008F;

  /**
   * Template (Structure), XML {@code Template}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §2.2.6 Template.
   */
  public static final int TEMPLATE = 0x420090;

  /**
   * Template-Attribute (Structure), XML {@code TemplateAttribute}.
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec: 1.4 §2.1.8 Template-Attribute Structures.
   */
  public static final int TEMPLATE_ATTRIBUTE = 0x420091;

  /**
   * Time Stamp (Date-Time Extended), XML {@code TimeStamp}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.20 Time Stamp.
   */
  public static final int TIME_STAMP = 0x420092;

  /**
   * Unique Batch Item ID (Byte String), XML {@code UniqueBatchItemID}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.21 Unique Batch Item ID.
   */
  public static final int UNIQUE_BATCH_ITEM_ID = 0x420093;

  /**
   * Unique Identifier (Text String), XML {@code UniqueIdentifier}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.58 Unique Identifier.
   */
  public static final int UNIQUE_IDENTIFIER = 0x420094;

  /**
   * Usage Limits (Structure), XML {@code UsageLimits}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.59 Usage Limits.
   */
  public static final int USAGE_LIMITS = 0x420095;

  /**
   * Usage Limits Count (Long Integer), XML {@code UsageLimitsCount}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.59 Usage Limits.
   */
  public static final int USAGE_LIMITS_COUNT = 0x420096;

  /**
   * Usage Limits Total (Long Integer), XML {@code UsageLimitsTotal}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.59 Usage Limits.
   */
  public static final int USAGE_LIMITS_TOTAL = 0x420097;

  /**
   * Usage Limits Unit (Enumeration), XML {@code UsageLimitsUnit}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.59 Usage Limits.
   */
  public static final int USAGE_LIMITS_UNIT = 0x420098;

  /**
   * Username (Text String), XML {@code Username}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.11 Credential.
   */
  public static final int USERNAME = 0x420099;

  /**
   * Validity Date (Date-Time), XML {@code ValidityDate}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §6.1.57 Validate.
   */
  public static final int VALIDITY_DATE = 0x42009A;

  /**
   * Validity Indicator (Enumeration), XML {@code ValidityIndicator}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §6.1.33 MAC Verify.
   */
  public static final int VALIDITY_INDICATOR = 0x42009B;

  /**
   * Vendor Extension (Structure), XML {@code VendorExtension}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.13 Message Extension.
   */
  public static final int VENDOR_EXTENSION = 0x42009C;

  /**
   * Vendor Identification (Text String), XML {@code VendorIdentification}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §4.60 Vendor Attribute.
   */
  public static final int VENDOR_IDENTIFICATION = 0x42009D;

  /**
   * Wrapping Method (Enumeration), XML {@code WrappingMethod}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.3 Key Wrapping Data.
   */
  public static final int WRAPPING_METHOD = 0x42009E;

  /**
   * X (Big Integer), XML {@code X}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.5 Transparent DSA Private Key.
   */
  public static final int X = 0x42009F;

  /**
   * Y (Big Integer), XML {@code Y}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §3.6 Transparent DSA Public Key.
   */
  public static final int Y = 0x4200A0;

  /**
   * Password (Text String), XML {@code Password}.
   *
   * <p>Since KMIP 1.0. Spec: 2.1 §9.11 Credential.
   */
  public static final int PASSWORD = 0x4200A1;

  /**
   * Device Identifier (Text String), XML {@code DeviceIdentifier}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §9.11 Credential.
   */
  public static final int DEVICE_IDENTIFIER = 0x4200A2;

  /**
   * Encoding Option (Enumeration), XML {@code EncodingOption}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §3.3 Key Wrapping Data.
   */
  public static final int ENCODING_OPTION = 0x4200A3;

  /**
   * Extension Information (Structure), XML {@code ExtensionInformation}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §7.13 Extension Information.
   */
  public static final int EXTENSION_INFORMATION = 0x4200A4;

  /**
   * Extension Name (Text String), XML {@code ExtensionName}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §7.13 Extension Information.
   */
  public static final int EXTENSION_NAME = 0x4200A5;

  /**
   * Extension Tag (Integer), XML {@code ExtensionTag}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §7.13 Extension Information.
   */
  public static final int EXTENSION_TAG = 0x4200A6;

  /**
   * Extension Type (Enumeration), XML {@code ExtensionType}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §7.13 Extension Information.
   */
  public static final int EXTENSION_TYPE = 0x4200A7;

  /**
   * Fresh (Boolean), XML {@code Fresh}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §4.24 Fresh.
   */
  public static final int FRESH = 0x4200A8;

  /**
   * Machine Identifier (Text String), XML {@code MachineIdentifier}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §9.11 Credential.
   */
  public static final int MACHINE_IDENTIFIER = 0x4200A9;

  /**
   * Media Identifier (Text String), XML {@code MediaIdentifier}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §9.11 Credential.
   */
  public static final int MEDIA_IDENTIFIER = 0x4200AA;

  /**
   * Network Identifier (Text String), XML {@code NetworkIdentifier}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §9.11 Credential.
   */
  public static final int NETWORK_IDENTIFIER = 0x4200AB;

  /**
   * Object Group Member (Enumeration), XML {@code ObjectGroupMember}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §6.1.28 Locate.
   */
  public static final int OBJECT_GROUP_MEMBER = 0x4200AC;

  /**
   * Certificate Length (Integer), XML {@code CertificateLength}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §4.8 Certificate Length.
   */
  public static final int CERTIFICATE_LENGTH = 0x4200AD;

  /**
   * Digital Signature Algorithm (Enumeration), XML {@code DigitalSignatureAlgorithm}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §4.22 Digital Signature Algorithm.
   */
  public static final int DIGITAL_SIGNATURE_ALGORITHM = 0x4200AE;

  /**
   * Certificate Serial Number (Byte String), XML {@code CertificateSerialNumber}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §4.61 X.509 Certificate Identifier.
   */
  public static final int CERTIFICATE_SERIAL_NUMBER = 0x4200AF;

  /**
   * Device Serial Number (Text String), XML {@code DeviceSerialNumber}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §9.11 Credential.
   */
  public static final int DEVICE_SERIAL_NUMBER = 0x4200B0;

  /**
   * Issuer Alternative Name (Byte String), XML {@code IssuerAlternativeName}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §4.62 X.509 Certificate Issuer.
   */
  public static final int ISSUER_ALTERNATIVE_NAME = 0x4200B1;

  /**
   * Issuer Distinguished Name (Byte String), XML {@code IssuerDistinguishedName}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §4.61 X.509 Certificate Identifier.
   */
  public static final int ISSUER_DISTINGUISHED_NAME = 0x4200B2;

  /**
   * Subject Alternative Name (Byte String), XML {@code SubjectAlternativeName}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §4.63 X.509 Certificate Subject.
   */
  public static final int SUBJECT_ALTERNATIVE_NAME = 0x4200B3;

  /**
   * Subject Distinguished Name (Byte String), XML {@code SubjectDistinguishedName}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §4.63 X.509 Certificate Subject.
   */
  public static final int SUBJECT_DISTINGUISHED_NAME = 0x4200B4;

  /**
   * X.509 Certificate Identifier (Structure), XML {@code X_509CertificateIdentifier}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §4.61 X.509 Certificate Identifier.
   */
  public static final int X_509_CERTIFICATE_IDENTIFIER = 0x4200B5;

  /**
   * X.509 Certificate Issuer (Structure), XML {@code X_509CertificateIssuer}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §4.62 X.509 Certificate Issuer.
   */
  public static final int X_509_CERTIFICATE_ISSUER = 0x4200B6;

  /**
   * X.509 Certificate Subject (Structure), XML {@code X_509CertificateSubject}.
   *
   * <p>Since KMIP 1.1. Spec: 2.1 §4.63 X.509 Certificate Subject.
   */
  public static final int X_509_CERTIFICATE_SUBJECT = 0x4200B7;

  /**
   * Key Value Location (Structure), XML {@code KeyValueLocation}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.27 Key Value Location.
   */
  public static final int KEY_VALUE_LOCATION = 0x4200B8;

  /**
   * Key Value Location Value (Text String), XML {@code KeyValueLocationValue}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.27 Key Value Location.
   */
  public static final int KEY_VALUE_LOCATION_VALUE = 0x4200B9;

  /**
   * Key Value Location Type (Enumeration), XML {@code KeyValueLocationType}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.27 Key Value Location.
   */
  public static final int KEY_VALUE_LOCATION_TYPE = 0x4200BA;

  /**
   * Key Value Present (Boolean), XML {@code KeyValuePresent}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.28 Key Value Present.
   */
  public static final int KEY_VALUE_PRESENT = 0x4200BB;

  /**
   * Original Creation Date (Date-Time), XML {@code OriginalCreationDate}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.38 Original Creation Date.
   */
  public static final int ORIGINAL_CREATION_DATE = 0x4200BC;

  /**
   * PGP Key (Structure), XML {@code PGPKey}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §2.4 PGP Key.
   */
  public static final int PGP_KEY = 0x4200BD;

  /**
   * PGP Key Version (Integer), XML {@code PGPKeyVersion}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §2.4 PGP Key.
   */
  public static final int PGP_KEY_VERSION = 0x4200BE;

  /**
   * Alternative Name (Structure), XML {@code AlternativeName}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.2 Alternative Name.
   */
  public static final int ALTERNATIVE_NAME = 0x4200BF;

  /**
   * Alternative Name Value (Text String), XML {@code AlternativeNameValue}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.2 Alternative Name.
   */
  public static final int ALTERNATIVE_NAME_VALUE = 0x4200C0;

  /**
   * Alternative Name Type (Enumeration), XML {@code AlternativeNameType}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.2 Alternative Name.
   */
  public static final int ALTERNATIVE_NAME_TYPE = 0x4200C1;

  /**
   * Data (Byte String), XML {@code Data}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §7.9 Data.
   */
  public static final int DATA = 0x4200C2;

  /**
   * Signature Data (Byte String), XML {@code SignatureData}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §7.38 Signature Data.
   */
  public static final int SIGNATURE_DATA = 0x4200C3;

  /**
   * Data Length (Integer), XML {@code DataLength}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §7.10 Data Length.
   */
  public static final int DATA_LENGTH = 0x4200C4;

  /**
   * Random IV (Boolean), XML {@code RandomIV}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int RANDOM_IV = 0x4200C5;

  /**
   * MAC Data (Byte String), XML {@code MACData}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §7.20 MAC Data.
   */
  public static final int MAC_DATA = 0x4200C6;

  /**
   * Attestation Type (Enumeration), XML {@code AttestationType}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §6.1.40 Query.
   */
  public static final int ATTESTATION_TYPE = 0x4200C7;

  /**
   * Nonce (Structure), XML {@code Nonce}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §9.14 Nonce.
   */
  public static final int NONCE = 0x4200C8;

  /**
   * Nonce ID (Byte String), XML {@code NonceID}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §9.14 Nonce.
   */
  public static final int NONCE_ID = 0x4200C9;

  /**
   * Nonce Value (Byte String), XML {@code NonceValue}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §9.14 Nonce.
   */
  public static final int NONCE_VALUE = 0x4200CA;

  /**
   * Attestation Measurement (Byte String), XML {@code AttestationMeasurement}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §9.11 Credential.
   */
  public static final int ATTESTATION_MEASUREMENT = 0x4200CB;

  /**
   * Attestation Assertion (Byte String), XML {@code AttestationAssertion}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §9.11 Credential.
   */
  public static final int ATTESTATION_ASSERTION = 0x4200CC;

  /**
   * IV Length (Integer), XML {@code IVLength}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int IV_LENGTH = 0x4200CD;

  /**
   * Tag Length (Integer), XML {@code TagLength}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int TAG_LENGTH = 0x4200CE;

  /**
   * Fixed Field Length (Integer), XML {@code FixedFieldLength}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int FIXED_FIELD_LENGTH = 0x4200CF;

  /**
   * Counter Length (Integer), XML {@code CounterLength}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int COUNTER_LENGTH = 0x4200D0;

  /**
   * Initial Counter Value (Integer), XML {@code InitialCounterValue}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int INITIAL_COUNTER_VALUE = 0x4200D1;

  /**
   * Invocation Field Length (Integer), XML {@code InvocationFieldLength}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int INVOCATION_FIELD_LENGTH = 0x4200D2;

  /**
   * Attestation Capable Indicator (Boolean), XML {@code AttestationCapableIndicator}.
   *
   * <p>Since KMIP 1.2. Spec: 2.1 §9.3 Attestation Capable Indicator.
   */
  public static final int ATTESTATION_CAPABLE_INDICATOR = 0x4200D3;

  /**
   * Offset Items (Integer), XML {@code OffsetItems}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §6.1.28 Locate.
   */
  public static final int OFFSET_ITEMS = 0x4200D4;

  /**
   * Located Items (Integer), XML {@code LocatedItems}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §6.1.28 Locate.
   */
  public static final int LOCATED_ITEMS = 0x4200D5;

  /**
   * Correlation Value (Byte String), XML {@code CorrelationValue}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.8 Correlation Value.
   */
  public static final int CORRELATION_VALUE = 0x4200D6;

  /**
   * Init Indicator (Boolean), XML {@code InitIndicator}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.17 Init Indicator.
   */
  public static final int INIT_INDICATOR = 0x4200D7;

  /**
   * Final Indicator (Boolean), XML {@code FinalIndicator}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.14 Final Indicator.
   */
  public static final int FINAL_INDICATOR = 0x4200D8;

  /**
   * RNG Parameters (Structure), XML {@code RNGParameters}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.36 RNG Parameters.
   */
  public static final int RNG_PARAMETERS = 0x4200D9;

  /**
   * RNG Algorithm (Enumeration), XML {@code RNGAlgorithm}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.36 RNG Parameters.
   */
  public static final int RNG_ALGORITHM = 0x4200DA;

  /**
   * DRBG Algorithm (Enumeration), XML {@code DRBGAlgorithm}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.36 RNG Parameters.
   */
  public static final int DRBG_ALGORITHM = 0x4200DB;

  /**
   * FIPS186 Variation (Enumeration), XML {@code FIPS186Variation}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.36 RNG Parameters.
   */
  public static final int FIPS186_VARIATION = 0x4200DC;

  /**
   * Prediction Resistance (Boolean), XML {@code PredictionResistance}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.36 RNG Parameters.
   */
  public static final int PREDICTION_RESISTANCE = 0x4200DD;

  /**
   * Random Number Generator (Structure), XML {@code RandomNumberGenerator}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §4.46 Random Number Generator.
   */
  public static final int RANDOM_NUMBER_GENERATOR = 0x4200DE;

  /**
   * Validation Information (Structure), XML {@code ValidationInformation}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.41 Validation Information.
   */
  public static final int VALIDATION_INFORMATION = 0x4200DF;

  /**
   * Validation Authority Type (Enumeration), XML {@code ValidationAuthorityType}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.41 Validation Information.
   */
  public static final int VALIDATION_AUTHORITY_TYPE = 0x4200E0;

  /**
   * Validation Authority Country (Text String), XML {@code ValidationAuthorityCountry}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.41 Validation Information.
   */
  public static final int VALIDATION_AUTHORITY_COUNTRY = 0x4200E1;

  /**
   * Validation Authority URI (Text String), XML {@code ValidationAuthorityURI}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.41 Validation Information.
   */
  public static final int VALIDATION_AUTHORITY_URI = 0x4200E2;

  /**
   * Validation Version Major (Integer), XML {@code ValidationVersionMajor}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.41 Validation Information.
   */
  public static final int VALIDATION_VERSION_MAJOR = 0x4200E3;

  /**
   * Validation Version Minor (Integer), XML {@code ValidationVersionMinor}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.41 Validation Information.
   */
  public static final int VALIDATION_VERSION_MINOR = 0x4200E4;

  /**
   * Validation Type (Enumeration), XML {@code ValidationType}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.41 Validation Information.
   */
  public static final int VALIDATION_TYPE = 0x4200E5;

  /**
   * Validation Level (Integer), XML {@code ValidationLevel}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.41 Validation Information.
   */
  public static final int VALIDATION_LEVEL = 0x4200E6;

  /**
   * Validation Certificate Identifier (Text String), XML {@code ValidationCertificateIdentifier}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.41 Validation Information.
   */
  public static final int VALIDATION_CERTIFICATE_IDENTIFIER = 0x4200E7;

  /**
   * Validation Certificate URI (Text String), XML {@code ValidationCertificateURI}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.41 Validation Information.
   */
  public static final int VALIDATION_CERTIFICATE_URI = 0x4200E8;

  /**
   * Validation Vendor URI (Text String), XML {@code ValidationVendorURI}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.41 Validation Information.
   */
  public static final int VALIDATION_VENDOR_URI = 0x4200E9;

  /**
   * Validation Profile (Text String), XML {@code ValidationProfile}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.41 Validation Information.
   */
  public static final int VALIDATION_PROFILE = 0x4200EA;

  /**
   * Profile Information (Structure), XML {@code ProfileInformation}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.31 Profile Information.
   */
  public static final int PROFILE_INFORMATION = 0x4200EB;

  /**
   * Profile Name (Enumeration), XML {@code ProfileName}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.31 Profile Information.
   */
  public static final int PROFILE_NAME = 0x4200EC;

  /**
   * Server URI (Text String), XML {@code ServerURI}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.31 Profile Information.
   */
  public static final int SERVER_URI = 0x4200ED;

  /**
   * Server Port (Integer), XML {@code ServerPort}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.31 Profile Information.
   */
  public static final int SERVER_PORT = 0x4200EE;

  /**
   * Streaming Capability (Boolean), XML {@code StreamingCapability}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.5 Capability Information.
   */
  public static final int STREAMING_CAPABILITY = 0x4200EF;

  /**
   * Asynchronous Capability (Boolean), XML {@code AsynchronousCapability}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.5 Capability Information.
   */
  public static final int ASYNCHRONOUS_CAPABILITY = 0x4200F0;

  /**
   * Attestation Capability (Boolean), XML {@code AttestationCapability}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.5 Capability Information.
   */
  public static final int ATTESTATION_CAPABILITY = 0x4200F1;

  /**
   * Unwrap Mode (Enumeration), XML {@code UnwrapMode}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.5 Capability Information.
   */
  public static final int UNWRAP_MODE = 0x4200F2;

  /**
   * Destroy Action (Enumeration), XML {@code DestroyAction}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.5 Capability Information.
   */
  public static final int DESTROY_ACTION = 0x4200F3;

  /**
   * Shredding Algorithm (Enumeration), XML {@code ShreddingAlgorithm}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.5 Capability Information.
   */
  public static final int SHREDDING_ALGORITHM = 0x4200F4;

  /**
   * RNG Mode (Enumeration), XML {@code RNGMode}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.5 Capability Information.
   */
  public static final int RNG_MODE = 0x4200F5;

  /**
   * Client Registration Method (Enumeration), XML {@code ClientRegistrationMethod}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §6.1.40 Query.
   */
  public static final int CLIENT_REGISTRATION_METHOD = 0x4200F6;

  /**
   * Capability Information (Structure), XML {@code CapabilityInformation}.
   *
   * <p>Since KMIP 1.3. Spec: 2.1 §7.5 Capability Information.
   */
  public static final int CAPABILITY_INFORMATION = 0x4200F7;

  /**
   * Key Wrap Type (Enumeration), XML {@code KeyWrapType}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §6.1.18 Export.
   */
  public static final int KEY_WRAP_TYPE = 0x4200F8;

  /**
   * Batch Undo Capability (Boolean), XML {@code BatchUndoCapability}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §7.5 Capability Information.
   */
  public static final int BATCH_UNDO_CAPABILITY = 0x4200F9;

  /**
   * Batch Continue Capability (Boolean), XML {@code BatchContinueCapability}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §7.5 Capability Information.
   */
  public static final int BATCH_CONTINUE_CAPABILITY = 0x4200FA;

  /**
   * PKCS#12 Friendly Name (Text String), XML {@code PKCS_12FriendlyName}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.39 PKCS#12 Friendly Name.
   */
  public static final int PKCS_12_FRIENDLY_NAME = 0x4200FB;

  /**
   * Description (Text String), XML {@code Description}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.19 Description.
   */
  public static final int DESCRIPTION = 0x4200FC;

  /**
   * Comment (Text String), XML {@code Comment}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.9 Comment.
   */
  public static final int COMMENT = 0x4200FD;

  /**
   * Authenticated Encryption Additional Data (Byte String), XML {@code AuthenticatedEncryptionAdditionalData}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §7.3 Authenticated Encryption Additional Data.
   */
  public static final int AUTHENTICATED_ENCRYPTION_ADDITIONAL_DATA = 0x4200FE;

  /**
   * Authenticated Encryption Tag (Byte String), XML {@code AuthenticatedEncryptionTag}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §7.4 Authenticated Encryption Tag.
   */
  public static final int AUTHENTICATED_ENCRYPTION_TAG = 0x4200FF;

  /**
   * Salt Length (Integer), XML {@code SaltLength}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int SALT_LENGTH = 0x420100;

  /**
   * Mask Generator (Enumeration), XML {@code MaskGenerator}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int MASK_GENERATOR = 0x420101;

  /**
   * Mask Generator Hashing Algorithm (Enumeration), XML {@code MaskGeneratorHashingAlgorithm}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int MASK_GENERATOR_HASHING_ALGORITHM = 0x420102;

  /**
   * P Source (Byte String), XML {@code PSource}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int P_SOURCE = 0x420103;

  /**
   * Trailer Field (Integer), XML {@code TrailerField}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.16 Cryptographic Parameters.
   */
  public static final int TRAILER_FIELD = 0x420104;

  /**
   * Client Correlation Value (Text String), XML {@code ClientCorrelationValue}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §8.2 Request Header.
   */
  public static final int CLIENT_CORRELATION_VALUE = 0x420105;

  /**
   * Server Correlation Value (Text String), XML {@code ServerCorrelationValue}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §8.2 Request Header.
   */
  public static final int SERVER_CORRELATION_VALUE = 0x420106;

  /**
   * Digested Data (Byte String), XML {@code DigestedData}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §6.1.55 Sign.
   */
  public static final int DIGESTED_DATA = 0x420107;

  /**
   * Certificate Subject CN (Text String), XML {@code CertificateSubjectCN}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_SUBJECT_CN = 0x420108;

  /**
   * Certificate Subject O (Text String), XML {@code CertificateSubjectO}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_SUBJECT_O = 0x420109;

  /**
   * Certificate Subject OU (Text String), XML {@code CertificateSubjectOU}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_SUBJECT_OU = 0x42010A;

  /**
   * Certificate Subject Email (Text String), XML {@code CertificateSubjectEmail}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_SUBJECT_EMAIL = 0x42010B;

  /**
   * Certificate Subject C (Text String), XML {@code CertificateSubjectC}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_SUBJECT_C = 0x42010C;

  /**
   * Certificate Subject ST (Text String), XML {@code CertificateSubjectST}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_SUBJECT_ST = 0x42010D;

  /**
   * Certificate Subject L (Text String), XML {@code CertificateSubjectL}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_SUBJECT_L = 0x42010E;

  /**
   * Certificate Subject UID (Text String), XML {@code CertificateSubjectUID}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_SUBJECT_UID = 0x42010F;

  /**
   * Certificate Subject Serial Number (Text String), XML {@code CertificateSubjectSerialNumber}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_SUBJECT_SERIAL_NUMBER = 0x420110;

  /**
   * Certificate Subject Title (Text String), XML {@code CertificateSubjectTitle}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_SUBJECT_TITLE = 0x420111;

  /**
   * Certificate Subject DC (Text String), XML {@code CertificateSubjectDC}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_SUBJECT_DC = 0x420112;

  /**
   * Certificate Subject DN Qualifier (Text String), XML {@code CertificateSubjectDNQualifier}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_SUBJECT_DN_QUALIFIER = 0x420113;

  /**
   * Certificate Issuer CN (Text String), XML {@code CertificateIssuerCN}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_ISSUER_CN = 0x420114;

  /**
   * Certificate Issuer O (Text String), XML {@code CertificateIssuerO}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_ISSUER_O = 0x420115;

  /**
   * Certificate Issuer OU (Text String), XML {@code CertificateIssuerOU}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_ISSUER_OU = 0x420116;

  /**
   * Certificate Issuer Email (Text String), XML {@code CertificateIssuerEmail}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_ISSUER_EMAIL = 0x420117;

  /**
   * Certificate Issuer C (Text String), XML {@code CertificateIssuerC}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_ISSUER_C = 0x420118;

  /**
   * Certificate Issuer ST (Text String), XML {@code CertificateIssuerST}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_ISSUER_ST = 0x420119;

  /**
   * Certificate Issuer L (Text String), XML {@code CertificateIssuerL}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_ISSUER_L = 0x42011A;

  /**
   * Certificate Issuer UID (Text String), XML {@code CertificateIssuerUID}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_ISSUER_UID = 0x42011B;

  /**
   * Certificate Issuer Serial Number (Text String), XML {@code CertificateIssuerSerialNumber}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_ISSUER_SERIAL_NUMBER = 0x42011C;

  /**
   * Certificate Issuer Title (Text String), XML {@code CertificateIssuerTitle}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_ISSUER_TITLE = 0x42011D;

  /**
   * Certificate Issuer DC (Text String), XML {@code CertificateIssuerDC}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_ISSUER_DC = 0x42011E;

  /**
   * Certificate Issuer DN Qualifier (Text String), XML {@code CertificateIssuerDNQualifier}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.6 Certificate Attributes.
   */
  public static final int CERTIFICATE_ISSUER_DN_QUALIFIER = 0x42011F;

  /**
   * Sensitive (Boolean), XML {@code Sensitive}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.55 Sensitive.
   */
  public static final int SENSITIVE = 0x420120;

  /**
   * Always Sensitive (Boolean), XML {@code AlwaysSensitive}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.3 Always Sensitive.
   */
  public static final int ALWAYS_SENSITIVE = 0x420121;

  /**
   * Extractable (Boolean), XML {@code Extractable}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.23 Extractable.
   */
  public static final int EXTRACTABLE = 0x420122;

  /**
   * Never Extractable (Boolean), XML {@code NeverExtractable}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §4.33 Never Extractable.
   */
  public static final int NEVER_EXTRACTABLE = 0x420123;

  /**
   * Replace Existing (Boolean), XML {@code ReplaceExisting}.
   *
   * <p>Since KMIP 1.4. Spec: 2.1 §6.1.25 Import.
   */
  public static final int REPLACE_EXISTING = 0x420124;

  /**
   * Attributes (Structure), XML {@code Attributes}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §5.1 Attributes.
   */
  public static final int ATTRIBUTES = 0x420125;

  /**
   * Common Attributes (Structure), XML {@code CommonAttributes}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §5.2 Common Attributes.
   */
  public static final int COMMON_ATTRIBUTES = 0x420126;

  /**
   * Private Key Attributes (Structure), XML {@code PrivateKeyAttributes}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §5.3 Private Key Attributes.
   */
  public static final int PRIVATE_KEY_ATTRIBUTES = 0x420127;

  /**
   * Public Key Attributes (Structure), XML {@code PublicKeyAttributes}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §5.4 Public Key Attributes.
   */
  public static final int PUBLIC_KEY_ATTRIBUTES = 0x420128;

  /**
   * Extension Enumeration (Integer), XML {@code ExtensionEnumeration}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.13 Extension Information.
   */
  public static final int EXTENSION_ENUMERATION = 0x420129;

  /**
   * Extension Attribute (Boolean), XML {@code ExtensionAttribute}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.13 Extension Information.
   */
  public static final int EXTENSION_ATTRIBUTE = 0x42012A;

  /**
   * Extension Parent Structure Tag (Integer), XML {@code ExtensionParentStructureTag}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.13 Extension Information.
   */
  public static final int EXTENSION_PARENT_STRUCTURE_TAG = 0x42012B;

  /**
   * Extension Description (Text String), XML {@code ExtensionDescription}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.13 Extension Information.
   */
  public static final int EXTENSION_DESCRIPTION = 0x42012C;

  /**
   * Server Name (Text String), XML {@code ServerName}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.37 Server Information.
   */
  public static final int SERVER_NAME = 0x42012D;

  /**
   * Server Serial Number (Text String), XML {@code ServerSerialNumber}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.37 Server Information.
   */
  public static final int SERVER_SERIAL_NUMBER = 0x42012E;

  /**
   * Server Version (Text String), XML {@code ServerVersion}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.37 Server Information.
   */
  public static final int SERVER_VERSION = 0x42012F;

  /**
   * Server Load (Text String), XML {@code ServerLoad}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.37 Server Information.
   */
  public static final int SERVER_LOAD = 0x420130;

  /**
   * Product Name (Text String), XML {@code ProductName}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.37 Server Information.
   */
  public static final int PRODUCT_NAME = 0x420131;

  /**
   * Build Level (Text String), XML {@code BuildLevel}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.37 Server Information.
   */
  public static final int BUILD_LEVEL = 0x420132;

  /**
   * Build Date (Text String), XML {@code BuildDate}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.37 Server Information.
   */
  public static final int BUILD_DATE = 0x420133;

  /**
   * Cluster Info (Text String), XML {@code ClusterInfo}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.37 Server Information.
   */
  public static final int CLUSTER_INFO = 0x420134;

  /**
   * Alternate Failover Endpoints (type not given by the spec), XML {@code AlternateFailoverEndpoints}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §11.56 Tag Enumeration.
   */
  public static final int ALTERNATE_FAILOVER_ENDPOINTS = 0x420135;

  /**
   * Short Unique Identifier (Byte String), XML {@code ShortUniqueIdentifier}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §4.56 Short Unique Identifier.
   */
  public static final int SHORT_UNIQUE_IDENTIFIER = 0x420136;

  /**
   * Tag (Enumeration), XML {@code Tag}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §10.1.1 Tag.
   */
  public static final int TAG = 0x420138;

  /**
   * Certificate Request Unique Identifier (type not given by the spec), XML {@code CertificateRequestUniqueIdentifier}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §6.1.45 Re-certify.
   */
  public static final int CERTIFICATE_REQUEST_UNIQUE_IDENTIFIER = 0x420139;

  /**
   * NIST Key Type (Enumeration), XML {@code NISTKeyType}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §4.34 NIST Key Type.
   */
  public static final int NIST_KEY_TYPE = 0x42013A;

  /**
   * Attribute Reference (Structure), XML {@code AttributeReference}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §5.5 Attribute Reference.
   */
  public static final int ATTRIBUTE_REFERENCE = 0x42013B;

  /**
   * Current Attribute (Structure), XML {@code CurrentAttribute}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §5.6 Current Attribute.
   */
  public static final int CURRENT_ATTRIBUTE = 0x42013C;

  /**
   * New Attribute (Structure), XML {@code NewAttribute}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §5.7 New Attribute.
   */
  public static final int NEW_ATTRIBUTE = 0x42013D;

  /**
   * Certificate Request Value (Byte String), XML {@code CertificateRequestValue}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §2.2 Certificate Request.
   */
  public static final int CERTIFICATE_REQUEST_VALUE = 0x420140;

  /**
   * Log Message (Text String), XML {@code LogMessage}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.19 Log Message.
   */
  public static final int LOG_MESSAGE = 0x420141;

  /**
   * Profile Version (Structure), XML {@code ProfileVersion}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.32 Profile Version.
   */
  public static final int PROFILE_VERSION = 0x420142;

  /**
   * Profile Version Major (Integer), XML {@code ProfileVersionMajor}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.32 Profile Version.
   */
  public static final int PROFILE_VERSION_MAJOR = 0x420143;

  /**
   * Profile Version Minor (Integer), XML {@code ProfileVersionMinor}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.32 Profile Version.
   */
  public static final int PROFILE_VERSION_MINOR = 0x420144;

  /**
   * Protection Level (Enumeration), XML {@code ProtectionLevel}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §4.42 Protection Level.
   */
  public static final int PROTECTION_LEVEL = 0x420145;

  /**
   * Protection Period (Interval), XML {@code ProtectionPeriod}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §4.43 Protection Period.
   */
  public static final int PROTECTION_PERIOD = 0x420146;

  /**
   * Quantum Safe (Boolean), XML {@code QuantumSafe}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §4.45 Quantum Safe.
   */
  public static final int QUANTUM_SAFE = 0x420147;

  /**
   * Quantum Safe Capability (Boolean), XML {@code QuantumSafeCapability}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.5 Capability Information.
   */
  public static final int QUANTUM_SAFE_CAPABILITY = 0x420148;

  /**
   * Ticket (Structure), XML {@code Ticket}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.39 Ticket.
   */
  public static final int TICKET = 0x420149;

  /**
   * Ticket Type (Enumeration), XML {@code TicketType}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.39 Ticket.
   */
  public static final int TICKET_TYPE = 0x42014A;

  /**
   * Ticket Value (Byte String), XML {@code TicketValue}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.39 Ticket.
   */
  public static final int TICKET_VALUE = 0x42014B;

  /**
   * Request Count (Integer), XML {@code RequestCount}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §6.1.12 Delegated Login.
   */
  public static final int REQUEST_COUNT = 0x42014C;

  /**
   * Rights (Structure), XML {@code Rights}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.35 Rights.
   */
  public static final int RIGHTS = 0x42014D;

  /**
   * Objects (Structure), XML {@code Objects}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.21 Objects.
   */
  public static final int OBJECTS = 0x42014E;

  /**
   * Operations (Structure), XML {@code Operations}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.25 Operations.
   */
  public static final int OPERATIONS = 0x42014F;

  /**
   * Right (Structure), XML {@code Right}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.34 Right.
   */
  public static final int RIGHT = 0x420150;

  /**
   * Endpoint Role (Enumeration), XML {@code EndpointRole}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §6.1.54 Set Endpoint Role.
   */
  public static final int ENDPOINT_ROLE = 0x420151;

  /**
   * Defaults Information (Structure), XML {@code DefaultsInformation}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.11 Defaults Information.
   */
  public static final int DEFAULTS_INFORMATION = 0x420152;

  /**
   * Object Defaults (Structure), XML {@code ObjectDefaults}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.22 Object Defaults.
   */
  public static final int OBJECT_DEFAULTS = 0x420153;

  /**
   * Ephemeral (Boolean), XML {@code Ephemeral}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §8.3 Request Batch Item.
   */
  public static final int EPHEMERAL = 0x420154;

  /**
   * Server Hashed Password (type not given by the spec), XML {@code ServerHashedPassword}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §8.5 Response Header.
   */
  public static final int SERVER_HASHED_PASSWORD = 0x420155;

  /**
   * One Time Password (Text String), XML {@code OneTimePassword}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §9.11 Credential.
   */
  public static final int ONE_TIME_PASSWORD = 0x420156;

  /**
   * Hashed Password (Byte String), XML {@code HashedPassword}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §9.11 Credential.
   */
  public static final int HASHED_PASSWORD = 0x420157;

  /**
   * Adjustment Type (Enumeration), XML {@code AdjustmentType}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §6.1.3 Adjust Attribute.
   */
  public static final int ADJUSTMENT_TYPE = 0x420158;

  /**
   * PKCS#11 Interface (Structure), XML {@code PKCS_11Interface}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.28 PKCS#11 Interface.
   */
  public static final int PKCS_11_INTERFACE = 0x420159;

  /**
   * PKCS#11 Function (Structure), XML {@code PKCS_11Function}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.26 PKCS#11 Function.
   */
  public static final int PKCS_11_FUNCTION = 0x42015A;

  /**
   * PKCS#11 Input Parameters (Structure), XML {@code PKCS_11InputParameters}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.27 PKCS#11 Input Parameters.
   */
  public static final int PKCS_11_INPUT_PARAMETERS = 0x42015B;

  /**
   * PKCS#11 Output Parameters (Structure), XML {@code PKCS_11OutputParameters}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.29 PKCS#11 Output Parameters.
   */
  public static final int PKCS_11_OUTPUT_PARAMETERS = 0x42015C;

  /**
   * PKCS#11 Return Code (Structure), XML {@code PKCS_11ReturnCode}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.30 PKCS#11 Return Code.
   */
  public static final int PKCS_11_RETURN_CODE = 0x42015D;

  /**
   * Protection Storage Mask (Integer), XML {@code ProtectionStorageMask}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §4.44 Protection Storage Mask.
   */
  public static final int PROTECTION_STORAGE_MASK = 0x42015E;

  /**
   * Protection Storage Masks (Structure), XML {@code ProtectionStorageMasks}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.33 Protection Storage Masks.
   */
  public static final int PROTECTION_STORAGE_MASKS = 0x42015F;

  /**
   * Interop Function (Enumeration), XML {@code InteropFunction}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.15 Interop Function.
   */
  public static final int INTEROP_FUNCTION = 0x420160;

  /**
   * Interop Identifier (Text String), XML {@code InteropIdentifier}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §7.16 Interop Identifier.
   */
  public static final int INTEROP_IDENTIFIER = 0x420161;

  /**
   * Adjustment Value (type not given by the spec), XML {@code AdjustmentValue}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §6.1.3 Adjust Attribute.
   */
  public static final int ADJUSTMENT_VALUE = 0x420162;

  /**
   * Common Protection Storage Masks (type not given by the spec), XML {@code CommonProtectionStorageMasks}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §6.1.9 Create Key Pair.
   */
  public static final int COMMON_PROTECTION_STORAGE_MASKS = 0x420163;

  /**
   * Private Protection Storage Masks (type not given by the spec), XML {@code PrivateProtectionStorageMasks}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §6.1.9 Create Key Pair.
   */
  public static final int PRIVATE_PROTECTION_STORAGE_MASKS = 0x420164;

  /**
   * Public Protection Storage Masks (type not given by the spec), XML {@code PublicProtectionStorageMasks}.
   *
   * <p>Since KMIP 2.0. Spec: 2.1 §6.1.9 Create Key Pair.
   */
  public static final int PUBLIC_PROTECTION_STORAGE_MASKS = 0x420165;

  /**
   * Object Groups (Structure), XML {@code ObjectGroups}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §7.23 Object Groups.
   */
  public static final int OBJECT_GROUPS = 0x420166;

  /**
   * Object Types (Structure), XML {@code ObjectTypes}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §7.24 Object Types.
   */
  public static final int OBJECT_TYPES = 0x420167;

  /**
   * Constraints (Structure), XML {@code Constraints}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §7.7 Constraints.
   */
  public static final int CONSTRAINTS = 0x420168;

  /**
   * Constraint (Structure), XML {@code Constraint}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §7.6 Constraint.
   */
  public static final int CONSTRAINT = 0x420169;

  /**
   * Rotate Interval (Interval), XML {@code RotateInterval}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §4.51 Rotate Interval.
   */
  public static final int ROTATE_INTERVAL = 0x42016A;

  /**
   * Rotate Automatic (Boolean), XML {@code RotateAutomatic}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §4.48 Rotate Automatic.
   */
  public static final int ROTATE_AUTOMATIC = 0x42016B;

  /**
   * Rotate Offset (Interval), XML {@code RotateOffset}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §4.54 Rotate Offset.
   */
  public static final int ROTATE_OFFSET = 0x42016C;

  /**
   * Rotate Date (Date-Time), XML {@code RotateDate}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §4.49 Rotate Date.
   */
  public static final int ROTATE_DATE = 0x42016D;

  /**
   * Rotate Generation (Integer), XML {@code RotateGeneration}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §4.50 Rotate Generation.
   */
  public static final int ROTATE_GENERATION = 0x42016E;

  /**
   * Rotate Name (Structure), XML {@code RotateName}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §4.53 Rotate Name.
   */
  public static final int ROTATE_NAME = 0x42016F;

  /**
   * Rotate Name Value (Text String), XML {@code RotateNameValue}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §4.53 Rotate Name.
   */
  public static final int ROTATE_NAME_VALUE = 0x420170;

  /**
   * Rotate Name Type (Enumeration), XML {@code RotateNameType}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §4.53 Rotate Name.
   */
  public static final int ROTATE_NAME_TYPE = 0x420171;

  /**
   * Rotate Latest (Boolean), XML {@code RotateLatest}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §4.52 Rotate Latest.
   */
  public static final int ROTATE_LATEST = 0x420172;

  /**
   * Asynchronous Request (Structure), XML {@code AsynchronousRequest}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §7.2 Asynchronous Request.
   */
  public static final int ASYNCHRONOUS_REQUEST = 0x420173;

  /**
   * Submission Date (Date-Time Extended), XML {@code SubmissionDate}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §7.2 Asynchronous Request.
   */
  public static final int SUBMISSION_DATE = 0x420174;

  /**
   * Processing Stage (Enumeration), XML {@code ProcessingStage}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §7.2 Asynchronous Request.
   */
  public static final int PROCESSING_STAGE = 0x420175;

  /**
   * Asynchronous Correlation Values (Structure), XML {@code AsynchronousCorrelationValues}.
   *
   * <p>Since KMIP 2.1. Spec: 2.1 §7.1 Asynchronous Correlation Values.
   */
  public static final int ASYNCHRONOUS_CORRELATION_VALUES = 0x420176;
}
