// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

/**
 * The KMIP enumeration Profile Name.
 *
 * <p>Since KMIP 1.3. Spec: 2.1 §11.41 Profile Name Enumeration.
 */
public enum ProfileName {
  /**
   * Baseline Server Basic KMIP v1.2 (0x00000001).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASELINE_SERVER_BASIC_KMIP_V1_2(0x00000001, "Baseline Server Basic KMIP v1.2", "BaselineServerBasicKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Baseline Server TLS v1.2 KMIP v1.2 (0x00000002).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASELINE_SERVER_TLS_V1_2_KMIP_V1_2(0x00000002, "Baseline Server TLS v1.2 KMIP v1.2", "BaselineServerTLSV1_2KMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Baseline Client Basic KMIP v1.2 (0x00000003).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASELINE_CLIENT_BASIC_KMIP_V1_2(0x00000003, "Baseline Client Basic KMIP v1.2", "BaselineClientBasicKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Baseline Client TLS v1.2 KMIP v1.2 (0x00000004).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASELINE_CLIENT_TLS_V1_2_KMIP_V1_2(0x00000004, "Baseline Client TLS v1.2 KMIP v1.2", "BaselineClientTLSV1_2KMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Complete Server Basic KMIP v1.2 (0x00000005).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  COMPLETE_SERVER_BASIC_KMIP_V1_2(0x00000005, "Complete Server Basic KMIP v1.2", "CompleteServerBasicKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Complete Server TLS v1.2 KMIP v1.2 (0x00000006).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  COMPLETE_SERVER_TLS_V1_2_KMIP_V1_2(0x00000006, "Complete Server TLS v1.2 KMIP v1.2", "CompleteServerTLSV1_2KMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Tape Library Client KMIP v1.0 (0x00000007).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  TAPE_LIBRARY_CLIENT_KMIP_V1_0(0x00000007, "Tape Library Client KMIP v1.0", "TapeLibraryClientKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Tape Library Client KMIP v1.1 (0x00000008).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  TAPE_LIBRARY_CLIENT_KMIP_V1_1(0x00000008, "Tape Library Client KMIP v1.1", "TapeLibraryClientKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Tape Library Client KMIP v1.2 (0x00000009).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  TAPE_LIBRARY_CLIENT_KMIP_V1_2(0x00000009, "Tape Library Client KMIP v1.2", "TapeLibraryClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Tape Library Server KMIP v1.0 (0x0000000A).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  TAPE_LIBRARY_SERVER_KMIP_V1_0(0x0000000A, "Tape Library Server KMIP v1.0", "TapeLibraryServerKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Tape Library Server KMIP v1.1 (0x0000000B).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  TAPE_LIBRARY_SERVER_KMIP_V1_1(0x0000000B, "Tape Library Server KMIP v1.1", "TapeLibraryServerKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Tape Library Server KMIP v1.2 (0x0000000C).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  TAPE_LIBRARY_SERVER_KMIP_V1_2(0x0000000C, "Tape Library Server KMIP v1.2", "TapeLibraryServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Symmetric Key Lifecycle Client KMIP v1.0 (0x0000000D).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_0(0x0000000D, "Symmetric Key Lifecycle Client KMIP v1.0", "SymmetricKeyLifecycleClientKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Symmetric Key Lifecycle Client KMIP v1.1 (0x0000000E).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_1(0x0000000E, "Symmetric Key Lifecycle Client KMIP v1.1", "SymmetricKeyLifecycleClientKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Symmetric Key Lifecycle Client KMIP v1.2 (0x0000000F).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_2(0x0000000F, "Symmetric Key Lifecycle Client KMIP v1.2", "SymmetricKeyLifecycleClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Symmetric Key Lifecycle Server KMIP v1.0 (0x00000010).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0(0x00000010, "Symmetric Key Lifecycle Server KMIP v1.0", "SymmetricKeyLifecycleServerKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Symmetric Key Lifecycle Server KMIP v1.1 (0x00000011).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1(0x00000011, "Symmetric Key Lifecycle Server KMIP v1.1", "SymmetricKeyLifecycleServerKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Symmetric Key Lifecycle Server KMIP v1.2 (0x00000012).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2(0x00000012, "Symmetric Key Lifecycle Server KMIP v1.2", "SymmetricKeyLifecycleServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Asymmetric Key Lifecycle Client KMIP v1.0 (0x00000013).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_0(0x00000013, "Asymmetric Key Lifecycle Client KMIP v1.0", "AsymmetricKeyLifecycleClientKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Asymmetric Key Lifecycle Client KMIP v1.1 (0x00000014).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_1(0x00000014, "Asymmetric Key Lifecycle Client KMIP v1.1", "AsymmetricKeyLifecycleClientKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Asymmetric Key Lifecycle Client KMIP v1.2 (0x00000015).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_2(0x00000015, "Asymmetric Key Lifecycle Client KMIP v1.2", "AsymmetricKeyLifecycleClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Asymmetric Key Lifecycle Server KMIP v1.0 (0x00000016).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0(0x00000016, "Asymmetric Key Lifecycle Server KMIP v1.0", "AsymmetricKeyLifecycleServerKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Asymmetric Key Lifecycle Server KMIP v1.1 (0x00000017).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1(0x00000017, "Asymmetric Key Lifecycle Server KMIP v1.1", "AsymmetricKeyLifecycleServerKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Asymmetric Key Lifecycle Server KMIP v1.2 (0x00000018).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2(0x00000018, "Asymmetric Key Lifecycle Server KMIP v1.2", "AsymmetricKeyLifecycleServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Basic Cryptographic Client KMIP v1.2 (0x00000019).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2(0x00000019, "Basic Cryptographic Client KMIP v1.2", "BasicCryptographicClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Basic Cryptographic Server KMIP v1.2 (0x0000001A).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_2(0x0000001A, "Basic Cryptographic Server KMIP v1.2", "BasicCryptographicServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Advanced Cryptographic Client KMIP v1.2 (0x0000001B).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2(0x0000001B, "Advanced Cryptographic Client KMIP v1.2", "AdvancedCryptographicClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Advanced Cryptographic Server KMIP v1.2 (0x0000001C).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_2(0x0000001C, "Advanced Cryptographic Server KMIP v1.2", "AdvancedCryptographicServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * RNG Cryptographic Client KMIP v1.2 (0x0000001D).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2(0x0000001D, "RNG Cryptographic Client KMIP v1.2", "RNGCryptographicClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * RNG Cryptographic Server KMIP v1.2 (0x0000001E).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_2(0x0000001E, "RNG Cryptographic Server KMIP v1.2", "RNGCryptographicServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Basic Symmetric Key Foundry Client KMIP v1.0 (0x0000001F).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0(0x0000001F, "Basic Symmetric Key Foundry Client KMIP v1.0", "BasicSymmetricKeyFoundryClientKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Intermediate Symmetric Key Foundry Client KMIP v1.0 (0x00000020).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0(0x00000020, "Intermediate Symmetric Key Foundry Client KMIP v1.0", "IntermediateSymmetricKeyFoundryClientKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Advanced Symmetric Key Foundry Client KMIP v1.0 (0x00000021).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0(0x00000021, "Advanced Symmetric Key Foundry Client KMIP v1.0", "AdvancedSymmetricKeyFoundryClientKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Basic Symmetric Key Foundry Client KMIP v1.1 (0x00000022).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1(0x00000022, "Basic Symmetric Key Foundry Client KMIP v1.1", "BasicSymmetricKeyFoundryClientKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Intermediate Symmetric Key Foundry Client KMIP v1.1 (0x00000023).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1(0x00000023, "Intermediate Symmetric Key Foundry Client KMIP v1.1", "IntermediateSymmetricKeyFoundryClientKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Advanced Symmetric Key Foundry Client KMIP v1.1 (0x00000024).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1(0x00000024, "Advanced Symmetric Key Foundry Client KMIP v1.1", "AdvancedSymmetricKeyFoundryClientKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Basic Symmetric Key Foundry Client KMIP v1.2 (0x00000025).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2(0x00000025, "Basic Symmetric Key Foundry Client KMIP v1.2", "BasicSymmetricKeyFoundryClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Intermediate Symmetric Key Foundry Client KMIP v1.2 (0x00000026).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2(0x00000026, "Intermediate Symmetric Key Foundry Client KMIP v1.2", "IntermediateSymmetricKeyFoundryClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Advanced Symmetric Key Foundry Client KMIP v1.2 (0x00000027).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2(0x00000027, "Advanced Symmetric Key Foundry Client KMIP v1.2", "AdvancedSymmetricKeyFoundryClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Symmetric Key Foundry Server KMIP v1.0 (0x00000028).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_0(0x00000028, "Symmetric Key Foundry Server KMIP v1.0", "SymmetricKeyFoundryServerKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Symmetric Key Foundry Server KMIP v1.1 (0x00000029).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_1(0x00000029, "Symmetric Key Foundry Server KMIP v1.1", "SymmetricKeyFoundryServerKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Symmetric Key Foundry Server KMIP v1.2 (0x0000002A).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_2(0x0000002A, "Symmetric Key Foundry Server KMIP v1.2", "SymmetricKeyFoundryServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Opaque Managed Object Store Client KMIP v1.0 (0x0000002B).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_0(0x0000002B, "Opaque Managed Object Store Client KMIP v1.0", "OpaqueManagedObjectStoreClientKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Opaque Managed Object Store Client KMIP v1.1 (0x0000002C).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_1(0x0000002C, "Opaque Managed Object Store Client KMIP v1.1", "OpaqueManagedObjectStoreClientKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Opaque Managed Object Store Client KMIP v1.2 (0x0000002D).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_2(0x0000002D, "Opaque Managed Object Store Client KMIP v1.2", "OpaqueManagedObjectStoreClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Opaque Managed Object Store Server KMIP v1.0 (0x0000002E).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_0(0x0000002E, "Opaque Managed Object Store Server KMIP v1.0", "OpaqueManagedObjectStoreServerKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Opaque Managed Object Store Server KMIP v1.1 (0x0000002F).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_1(0x0000002F, "Opaque Managed Object Store Server KMIP v1.1", "OpaqueManagedObjectStoreServerKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Opaque Managed Object Store Server KMIP v1.2 (0x00000030).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_2(0x00000030, "Opaque Managed Object Store Server KMIP v1.2", "OpaqueManagedObjectStoreServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_128 Client KMIP v1.0 (0x00000031).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_128_CLIENT_KMIP_V1_0(0x00000031, "Suite B minLOS_128 Client KMIP v1.0", "SuiteBMinLOS_128ClientKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_128 Client KMIP v1.1 (0x00000032).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_128_CLIENT_KMIP_V1_1(0x00000032, "Suite B minLOS_128 Client KMIP v1.1", "SuiteBMinLOS_128ClientKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_128 Client KMIP v1.2 (0x00000033).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_128_CLIENT_KMIP_V1_2(0x00000033, "Suite B minLOS_128 Client KMIP v1.2", "SuiteBMinLOS_128ClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_128 Server KMIP v1.0 (0x00000034).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_128_SERVER_KMIP_V1_0(0x00000034, "Suite B minLOS_128 Server KMIP v1.0", "SuiteBMinLOS_128ServerKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_128 Server KMIP v1.1 (0x00000035).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_128_SERVER_KMIP_V1_1(0x00000035, "Suite B minLOS_128 Server KMIP v1.1", "SuiteBMinLOS_128ServerKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_128 Server KMIP v1.2 (0x00000036).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_128_SERVER_KMIP_V1_2(0x00000036, "Suite B minLOS_128 Server KMIP v1.2", "SuiteBMinLOS_128ServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_192 Client KMIP v1.0 (0x00000037).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_192_CLIENT_KMIP_V1_0(0x00000037, "Suite B minLOS_192 Client KMIP v1.0", "SuiteBMinLOS_192ClientKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_192 Client KMIP v1.1 (0x00000038).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_192_CLIENT_KMIP_V1_1(0x00000038, "Suite B minLOS_192 Client KMIP v1.1", "SuiteBMinLOS_192ClientKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_192 Client KMIP v1.2 (0x00000039).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_192_CLIENT_KMIP_V1_2(0x00000039, "Suite B minLOS_192 Client KMIP v1.2", "SuiteBMinLOS_192ClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_192 Server KMIP v1.0 (0x0000003A).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_192_SERVER_KMIP_V1_0(0x0000003A, "Suite B minLOS_192 Server KMIP v1.0", "SuiteBMinLOS_192ServerKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_192 Server KMIP v1.1 (0x0000003B).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_192_SERVER_KMIP_V1_1(0x0000003B, "Suite B minLOS_192 Server KMIP v1.1", "SuiteBMinLOS_192ServerKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_192 Server KMIP v1.2 (0x0000003C).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_192_SERVER_KMIP_V1_2(0x0000003C, "Suite B minLOS_192 Server KMIP v1.2", "SuiteBMinLOS_192ServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Storage Array with Self Encrypting Drive Client KMIP v1.0 (0x0000003D).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_0(0x0000003D, "Storage Array with Self Encrypting Drive Client KMIP v1.0", "StorageArrayWithSelfEncryptingDriveClientKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Storage Array with Self Encrypting Drive Client KMIP v1.1 (0x0000003E).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_1(0x0000003E, "Storage Array with Self Encrypting Drive Client KMIP v1.1", "StorageArrayWithSelfEncryptingDriveClientKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Storage Array with Self Encrypting Drive Client KMIP v1.2 (0x0000003F).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_2(0x0000003F, "Storage Array with Self Encrypting Drive Client KMIP v1.2", "StorageArrayWithSelfEncryptingDriveClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Storage Array with Self Encrypting Drive Server KMIP v1.0 (0x00000040).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_0(0x00000040, "Storage Array with Self Encrypting Drive Server KMIP v1.0", "StorageArrayWithSelfEncryptingDriveServerKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Storage Array with Self Encrypting Drive Server KMIP v1.1 (0x00000041).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_1(0x00000041, "Storage Array with Self Encrypting Drive Server KMIP v1.1", "StorageArrayWithSelfEncryptingDriveServerKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Storage Array with Self Encrypting Drive Server KMIP v1.2 (0x00000042).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_2(0x00000042, "Storage Array with Self Encrypting Drive Server KMIP v1.2", "StorageArrayWithSelfEncryptingDriveServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * HTTPS Client KMIP v1.0 (0x00000043).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  HTTPS_CLIENT_KMIP_V1_0(0x00000043, "HTTPS Client KMIP v1.0", "HTTPSClientKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * HTTPS Client KMIP v1.1 (0x00000044).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  HTTPS_CLIENT_KMIP_V1_1(0x00000044, "HTTPS Client KMIP v1.1", "HTTPSClientKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * HTTPS Client KMIP v1.2 (0x00000045).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  HTTPS_CLIENT_KMIP_V1_2(0x00000045, "HTTPS Client KMIP v1.2", "HTTPSClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * HTTPS Server KMIP v1.0 (0x00000046).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  HTTPS_SERVER_KMIP_V1_0(0x00000046, "HTTPS Server KMIP v1.0", "HTTPSServerKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * HTTPS Server KMIP v1.1 (0x00000047).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  HTTPS_SERVER_KMIP_V1_1(0x00000047, "HTTPS Server KMIP v1.1", "HTTPSServerKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * HTTPS Server KMIP v1.2 (0x00000048).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  HTTPS_SERVER_KMIP_V1_2(0x00000048, "HTTPS Server KMIP v1.2", "HTTPSServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * JSON Client KMIP v1.0 (0x00000049).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  JSON_CLIENT_KMIP_V1_0(0x00000049, "JSON Client KMIP v1.0", "JSONClientKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * JSON Client KMIP v1.1 (0x0000004A).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  JSON_CLIENT_KMIP_V1_1(0x0000004A, "JSON Client KMIP v1.1", "JSONClientKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * JSON Client KMIP v1.2 (0x0000004B).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  JSON_CLIENT_KMIP_V1_2(0x0000004B, "JSON Client KMIP v1.2", "JSONClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * JSON Server KMIP v1.0 (0x0000004C).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  JSON_SERVER_KMIP_V1_0(0x0000004C, "JSON Server KMIP v1.0", "JSONServerKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * JSON Server KMIP v1.1 (0x0000004D).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  JSON_SERVER_KMIP_V1_1(0x0000004D, "JSON Server KMIP v1.1", "JSONServerKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * JSON Server KMIP v1.2 (0x0000004E).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  JSON_SERVER_KMIP_V1_2(0x0000004E, "JSON Server KMIP v1.2", "JSONServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * XML Client KMIP v1.0 (0x0000004F).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  XML_CLIENT_KMIP_V1_0(0x0000004F, "XML Client KMIP v1.0", "XMLClientKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * XML Client KMIP v1.1 (0x00000050).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  XML_CLIENT_KMIP_V1_1(0x00000050, "XML Client KMIP v1.1", "XMLClientKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * XML Client KMIP v1.2 (0x00000051).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  XML_CLIENT_KMIP_V1_2(0x00000051, "XML Client KMIP v1.2", "XMLClientKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * XML Server KMIP v1.0 (0x00000052).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  XML_SERVER_KMIP_V1_0(0x00000052, "XML Server KMIP v1.0", "XMLServerKMIPV1_0", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * XML Server KMIP v1.1 (0x00000053).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  XML_SERVER_KMIP_V1_1(0x00000053, "XML Server KMIP v1.1", "XMLServerKMIPV1_1", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * XML Server KMIP v1.2 (0x00000054).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  XML_SERVER_KMIP_V1_2(0x00000054, "XML Server KMIP v1.2", "XMLServerKMIPV1_2", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Baseline Server Basic KMIP v1.3 (0x00000055).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASELINE_SERVER_BASIC_KMIP_V1_3(0x00000055, "Baseline Server Basic KMIP v1.3", "BaselineServerBasicKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Baseline Server TLS v1.2 KMIP v1.3 (0x00000056).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASELINE_SERVER_TLS_V1_2_KMIP_V1_3(0x00000056, "Baseline Server TLS v1.2 KMIP v1.3", "BaselineServerTLSV1_2KMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Baseline Client Basic KMIP v1.3 (0x00000057).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASELINE_CLIENT_BASIC_KMIP_V1_3(0x00000057, "Baseline Client Basic KMIP v1.3", "BaselineClientBasicKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Baseline Client TLS v1.2 KMIP v1.3 (0x00000058).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASELINE_CLIENT_TLS_V1_2_KMIP_V1_3(0x00000058, "Baseline Client TLS v1.2 KMIP v1.3", "BaselineClientTLSV1_2KMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Complete Server Basic KMIP v1.3 (0x00000059).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  COMPLETE_SERVER_BASIC_KMIP_V1_3(0x00000059, "Complete Server Basic KMIP v1.3", "CompleteServerBasicKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Complete Server TLS v1.2 KMIP v1.3 (0x0000005A).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  COMPLETE_SERVER_TLS_V1_2_KMIP_V1_3(0x0000005A, "Complete Server TLS v1.2 KMIP v1.3", "CompleteServerTLSV1_2KMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Tape Library Client KMIP v1.3 (0x0000005B).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  TAPE_LIBRARY_CLIENT_KMIP_V1_3(0x0000005B, "Tape Library Client KMIP v1.3", "TapeLibraryClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Tape Library Server KMIP v1.3 (0x0000005C).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  TAPE_LIBRARY_SERVER_KMIP_V1_3(0x0000005C, "Tape Library Server KMIP v1.3", "TapeLibraryServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Symmetric Key Lifecycle Client KMIP v1.3 (0x0000005D).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_3(0x0000005D, "Symmetric Key Lifecycle Client KMIP v1.3", "SymmetricKeyLifecycleClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Symmetric Key Lifecycle Server KMIP v1.3 (0x0000005E).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3(0x0000005E, "Symmetric Key Lifecycle Server KMIP v1.3", "SymmetricKeyLifecycleServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Asymmetric Key Lifecycle Client KMIP v1.3 (0x0000005F).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_3(0x0000005F, "Asymmetric Key Lifecycle Client KMIP v1.3", "AsymmetricKeyLifecycleClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Asymmetric Key Lifecycle Server KMIP v1.3 (0x00000060).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3(0x00000060, "Asymmetric Key Lifecycle Server KMIP v1.3", "AsymmetricKeyLifecycleServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Basic Cryptographic Client KMIP v1.3 (0x00000061).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3(0x00000061, "Basic Cryptographic Client KMIP v1.3", "BasicCryptographicClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Basic Cryptographic Server KMIP v1.3 (0x00000062).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_3(0x00000062, "Basic Cryptographic Server KMIP v1.3", "BasicCryptographicServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Advanced Cryptographic Client KMIP v1.3 (0x00000063).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3(0x00000063, "Advanced Cryptographic Client KMIP v1.3", "AdvancedCryptographicClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Advanced Cryptographic Server KMIP v1.3 (0x00000064).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_3(0x00000064, "Advanced Cryptographic Server KMIP v1.3", "AdvancedCryptographicServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * RNG Cryptographic Client KMIP v1.3 (0x00000065).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3(0x00000065, "RNG Cryptographic Client KMIP v1.3", "RNGCryptographicClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * RNG Cryptographic Server KMIP v1.3 (0x00000066).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_3(0x00000066, "RNG Cryptographic Server KMIP v1.3", "RNGCryptographicServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Basic Symmetric Key Foundry Client KMIP v1.3 (0x00000067).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3(0x00000067, "Basic Symmetric Key Foundry Client KMIP v1.3", "BasicSymmetricKeyFoundryClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Intermediate Symmetric Key Foundry Client KMIP v1.3 (0x00000068).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3(0x00000068, "Intermediate Symmetric Key Foundry Client KMIP v1.3", "IntermediateSymmetricKeyFoundryClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Advanced Symmetric Key Foundry Client KMIP v1.3 (0x00000069).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3(0x00000069, "Advanced Symmetric Key Foundry Client KMIP v1.3", "AdvancedSymmetricKeyFoundryClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Symmetric Key Foundry Server KMIP v1.3 (0x0000006A).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_3(0x0000006A, "Symmetric Key Foundry Server KMIP v1.3", "SymmetricKeyFoundryServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Opaque Managed Object Store Client KMIP v1.3 (0x0000006B).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_3(0x0000006B, "Opaque Managed Object Store Client KMIP v1.3", "OpaqueManagedObjectStoreClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Opaque Managed Object Store Server KMIP v1.3 (0x0000006C).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_3(0x0000006C, "Opaque Managed Object Store Server KMIP v1.3", "OpaqueManagedObjectStoreServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_128 Client KMIP v1.3 (0x0000006D).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_128_CLIENT_KMIP_V1_3(0x0000006D, "Suite B minLOS_128 Client KMIP v1.3", "SuiteBMinLOS_128ClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_128 Server KMIP v1.3 (0x0000006E).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_128_SERVER_KMIP_V1_3(0x0000006E, "Suite B minLOS_128 Server KMIP v1.3", "SuiteBMinLOS_128ServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_192 Client KMIP v1.3 (0x0000006F).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_192_CLIENT_KMIP_V1_3(0x0000006F, "Suite B minLOS_192 Client KMIP v1.3", "SuiteBMinLOS_192ClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Suite B minLOS_192 Server KMIP v1.3 (0x00000070).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_192_SERVER_KMIP_V1_3(0x00000070, "Suite B minLOS_192 Server KMIP v1.3", "SuiteBMinLOS_192ServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Storage Array with Self Encrypting Drive Client KMIP v1.3 (0x00000071).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_3(0x00000071, "Storage Array with Self Encrypting Drive Client KMIP v1.3", "StorageArrayWithSelfEncryptingDriveClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Storage Array with Self Encrypting Drive Server KMIP v1.3 (0x00000072).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_3(0x00000072, "Storage Array with Self Encrypting Drive Server KMIP v1.3", "StorageArrayWithSelfEncryptingDriveServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * HTTPS Client KMIP v1.3 (0x00000073).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  HTTPS_CLIENT_KMIP_V1_3(0x00000073, "HTTPS Client KMIP v1.3", "HTTPSClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * HTTPS Server KMIP v1.3 (0x00000074).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  HTTPS_SERVER_KMIP_V1_3(0x00000074, "HTTPS Server KMIP v1.3", "HTTPSServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * JSON Client KMIP v1.3 (0x00000075).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  JSON_CLIENT_KMIP_V1_3(0x00000075, "JSON Client KMIP v1.3", "JSONClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * JSON Server KMIP v1.3 (0x00000076).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  JSON_SERVER_KMIP_V1_3(0x00000076, "JSON Server KMIP v1.3", "JSONServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * XML Client KMIP v1.3 (0x00000077).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  XML_CLIENT_KMIP_V1_3(0x00000077, "XML Client KMIP v1.3", "XMLClientKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * XML Server KMIP v1.3 (0x00000078).
   *
   * <p>Since KMIP 1.3; removed in KMIP 2.0 (listed as Reserved).
   */
  XML_SERVER_KMIP_V1_3(0x00000078, "XML Server KMIP v1.3", "XMLServerKMIPV1_3", KmipVersion.V1_3, KmipVersion.V2_0),

  /**
   * Baseline Server Basic KMIP v1.4 (0x00000079).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  BASELINE_SERVER_BASIC_KMIP_V1_4(0x00000079, "Baseline Server Basic KMIP v1.4", "BaselineServerBasicKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Baseline Server TLS v1.2 KMIP v1.4 (0x0000007A).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  BASELINE_SERVER_TLS_V1_2_KMIP_V1_4(0x0000007A, "Baseline Server TLS v1.2 KMIP v1.4", "BaselineServerTLSV1_2KMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Baseline Client Basic KMIP v1.4 (0x0000007B).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  BASELINE_CLIENT_BASIC_KMIP_V1_4(0x0000007B, "Baseline Client Basic KMIP v1.4", "BaselineClientBasicKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Baseline Client TLS v1.2 KMIP v1.4 (0x0000007C).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  BASELINE_CLIENT_TLS_V1_2_KMIP_V1_4(0x0000007C, "Baseline Client TLS v1.2 KMIP v1.4", "BaselineClientTLSV1_2KMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Complete Server Basic KMIP v1.4 (0x0000007D).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  COMPLETE_SERVER_BASIC_KMIP_V1_4(0x0000007D, "Complete Server Basic KMIP v1.4", "CompleteServerBasicKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Complete Server TLS v1.2 KMIP v1.4 (0x0000007E).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  COMPLETE_SERVER_TLS_V1_2_KMIP_V1_4(0x0000007E, "Complete Server TLS v1.2 KMIP v1.4", "CompleteServerTLSV1_2KMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Tape Library Client KMIP v1.4 (0x0000007F).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  TAPE_LIBRARY_CLIENT_KMIP_V1_4(0x0000007F, "Tape Library Client KMIP v1.4", "TapeLibraryClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Tape Library Server KMIP v1.4 (0x00000080).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  TAPE_LIBRARY_SERVER_KMIP_V1_4(0x00000080, "Tape Library Server KMIP v1.4", "TapeLibraryServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Symmetric Key Lifecycle Client KMIP v1.4 (0x00000081).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_4(0x00000081, "Symmetric Key Lifecycle Client KMIP v1.4", "SymmetricKeyLifecycleClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Symmetric Key Lifecycle Server KMIP v1.4 (0x00000082).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4(0x00000082, "Symmetric Key Lifecycle Server KMIP v1.4", "SymmetricKeyLifecycleServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Asymmetric Key Lifecycle Client KMIP v1.4 (0x00000083).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_4(0x00000083, "Asymmetric Key Lifecycle Client KMIP v1.4", "AsymmetricKeyLifecycleClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Asymmetric Key Lifecycle Server KMIP v1.4 (0x00000084).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4(0x00000084, "Asymmetric Key Lifecycle Server KMIP v1.4", "AsymmetricKeyLifecycleServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Basic Cryptographic Client KMIP v1.4 (0x00000085).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4(0x00000085, "Basic Cryptographic Client KMIP v1.4", "BasicCryptographicClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Basic Cryptographic Server KMIP v1.4 (0x00000086).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_4(0x00000086, "Basic Cryptographic Server KMIP v1.4", "BasicCryptographicServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Advanced Cryptographic Client KMIP v1.4 (0x00000087).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4(0x00000087, "Advanced Cryptographic Client KMIP v1.4", "AdvancedCryptographicClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Advanced Cryptographic Server KMIP v1.4 (0x00000088).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_4(0x00000088, "Advanced Cryptographic Server KMIP v1.4", "AdvancedCryptographicServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * RNG Cryptographic Client KMIP v1.4 (0x00000089).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4(0x00000089, "RNG Cryptographic Client KMIP v1.4", "RNGCryptographicClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * RNG Cryptographic Server KMIP v1.4 (0x0000008A).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_4(0x0000008A, "RNG Cryptographic Server KMIP v1.4", "RNGCryptographicServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Basic Symmetric Key Foundry Client KMIP v1.4 (0x0000008B).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4(0x0000008B, "Basic Symmetric Key Foundry Client KMIP v1.4", "BasicSymmetricKeyFoundryClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Intermediate Symmetric Key Foundry Client KMIP v1.4 (0x0000008C).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4(0x0000008C, "Intermediate Symmetric Key Foundry Client KMIP v1.4", "IntermediateSymmetricKeyFoundryClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Advanced Symmetric Key Foundry Client KMIP v1.4 (0x0000008D).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4(0x0000008D, "Advanced Symmetric Key Foundry Client KMIP v1.4", "AdvancedSymmetricKeyFoundryClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Symmetric Key Foundry Server KMIP v1.4 (0x0000008E).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_4(0x0000008E, "Symmetric Key Foundry Server KMIP v1.4", "SymmetricKeyFoundryServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Opaque Managed Object Store Client KMIP v1.4 (0x0000008F).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_4(0x0000008F, "Opaque Managed Object Store Client KMIP v1.4", "OpaqueManagedObjectStoreClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Opaque Managed Object Store Server KMIP v1.4 (0x00000090).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_4(0x00000090, "Opaque Managed Object Store Server KMIP v1.4", "OpaqueManagedObjectStoreServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Suite B minLOS_128 Client KMIP v1.4 (0x00000091).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_128_CLIENT_KMIP_V1_4(0x00000091, "Suite B minLOS_128 Client KMIP v1.4", "SuiteBMinLOS_128ClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Suite B minLOS_128 Server KMIP v1.4 (0x00000092).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_128_SERVER_KMIP_V1_4(0x00000092, "Suite B minLOS_128 Server KMIP v1.4", "SuiteBMinLOS_128ServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Suite B minLOS_192 Client KMIP v1.4 (0x00000093).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_192_CLIENT_KMIP_V1_4(0x00000093, "Suite B minLOS_192 Client KMIP v1.4", "SuiteBMinLOS_192ClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Suite B minLOS_192 Server KMIP v1.4 (0x00000094).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  SUITE_B_MINLOS_192_SERVER_KMIP_V1_4(0x00000094, "Suite B minLOS_192 Server KMIP v1.4", "SuiteBMinLOS_192ServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Storage Array with Self Encrypting Drive Client KMIP v1.4 (0x00000095).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_4(0x00000095, "Storage Array with Self Encrypting Drive Client KMIP v1.4", "StorageArrayWithSelfEncryptingDriveClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Storage Array with Self Encrypting Drive Server KMIP v1.4 (0x00000096).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_4(0x00000096, "Storage Array with Self Encrypting Drive Server KMIP v1.4", "StorageArrayWithSelfEncryptingDriveServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * HTTPS Client KMIP v1.4 (0x00000097).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  HTTPS_CLIENT_KMIP_V1_4(0x00000097, "HTTPS Client KMIP v1.4", "HTTPSClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * HTTPS Server KMIP v1.4 (0x00000098).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  HTTPS_SERVER_KMIP_V1_4(0x00000098, "HTTPS Server KMIP v1.4", "HTTPSServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * JSON Client KMIP v1.4 (0x00000099).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  JSON_CLIENT_KMIP_V1_4(0x00000099, "JSON Client KMIP v1.4", "JSONClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * JSON Server KMIP v1.4 (0x0000009A).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  JSON_SERVER_KMIP_V1_4(0x0000009A, "JSON Server KMIP v1.4", "JSONServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * XML Client KMIP v1.4 (0x0000009B).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  XML_CLIENT_KMIP_V1_4(0x0000009B, "XML Client KMIP v1.4", "XMLClientKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * XML Server KMIP v1.4 (0x0000009C).
   *
   * <p>Since KMIP 1.4; removed in KMIP 2.0 (listed as Reserved).
   */
  XML_SERVER_KMIP_V1_4(0x0000009C, "XML Server KMIP v1.4", "XMLServerKMIPV1_4", KmipVersion.V1_4, KmipVersion.V2_0),

  /**
   * Complete Server Basic (0x00000104).
   *
   * <p>Since KMIP 2.0.
   */
  COMPLETE_SERVER_BASIC(0x00000104, "Complete Server Basic", "CompleteServerBasic", KmipVersion.V2_0, null),

  /**
   * Complete Server TLS v1.2 (0x00000105).
   *
   * <p>Since KMIP 2.0.
   */
  COMPLETE_SERVER_TLS_V1_2(0x00000105, "Complete Server TLS v1.2", "CompleteServerTLSV1_2", KmipVersion.V2_0, null),

  /**
   * Tape Library Client (0x00000106).
   *
   * <p>Since KMIP 2.0.
   */
  TAPE_LIBRARY_CLIENT(0x00000106, "Tape Library Client", "TapeLibraryClient", KmipVersion.V2_0, null),

  /**
   * Tape Library Server (0x00000107).
   *
   * <p>Since KMIP 2.0.
   */
  TAPE_LIBRARY_SERVER(0x00000107, "Tape Library Server", "TapeLibraryServer", KmipVersion.V2_0, null),

  /**
   * Symmetric Key Lifecycle Client (0x00000108).
   *
   * <p>Since KMIP 2.0.
   */
  SYMMETRIC_KEY_LIFECYCLE_CLIENT(0x00000108, "Symmetric Key Lifecycle Client", "SymmetricKeyLifecycleClient", KmipVersion.V2_0, null),

  /**
   * Symmetric Key Lifecycle Server (0x00000109).
   *
   * <p>Since KMIP 2.0.
   */
  SYMMETRIC_KEY_LIFECYCLE_SERVER(0x00000109, "Symmetric Key Lifecycle Server", "SymmetricKeyLifecycleServer", KmipVersion.V2_0, null),

  /**
   * Asymmetric Key Lifecycle Client (0x0000010A).
   *
   * <p>Since KMIP 2.0.
   */
  ASYMMETRIC_KEY_LIFECYCLE_CLIENT(0x0000010A, "Asymmetric Key Lifecycle Client", "AsymmetricKeyLifecycleClient", KmipVersion.V2_0, null),

  /**
   * Asymmetric Key Lifecycle Server (0x0000010B).
   *
   * <p>Since KMIP 2.0.
   */
  ASYMMETRIC_KEY_LIFECYCLE_SERVER(0x0000010B, "Asymmetric Key Lifecycle Server", "AsymmetricKeyLifecycleServer", KmipVersion.V2_0, null),

  /**
   * Basic Cryptographic Client (0x0000010C).
   *
   * <p>Since KMIP 2.0.
   */
  BASIC_CRYPTOGRAPHIC_CLIENT(0x0000010C, "Basic Cryptographic Client", "BasicCryptographicClient", KmipVersion.V2_0, null),

  /**
   * Basic Cryptographic Server (0x0000010D).
   *
   * <p>Since KMIP 2.0.
   */
  BASIC_CRYPTOGRAPHIC_SERVER(0x0000010D, "Basic Cryptographic Server", "BasicCryptographicServer", KmipVersion.V2_0, null),

  /**
   * Advanced Cryptographic Client (0x0000010E).
   *
   * <p>Since KMIP 2.0.
   */
  ADVANCED_CRYPTOGRAPHIC_CLIENT(0x0000010E, "Advanced Cryptographic Client", "AdvancedCryptographicClient", KmipVersion.V2_0, null),

  /**
   * Advanced Cryptographic Server (0x0000010F).
   *
   * <p>Since KMIP 2.0.
   */
  ADVANCED_CRYPTOGRAPHIC_SERVER(0x0000010F, "Advanced Cryptographic Server", "AdvancedCryptographicServer", KmipVersion.V2_0, null),

  /**
   * RNG Cryptographic Client (0x00000110).
   *
   * <p>Since KMIP 2.0.
   */
  RNG_CRYPTOGRAPHIC_CLIENT(0x00000110, "RNG Cryptographic Client", "RNGCryptographicClient", KmipVersion.V2_0, null),

  /**
   * RNG Cryptographic Server (0x00000111).
   *
   * <p>Since KMIP 2.0.
   */
  RNG_CRYPTOGRAPHIC_SERVER(0x00000111, "RNG Cryptographic Server", "RNGCryptographicServer", KmipVersion.V2_0, null),

  /**
   * Basic Symmetric Key Foundry Client (0x00000112).
   *
   * <p>Since KMIP 2.0.
   */
  BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT(0x00000112, "Basic Symmetric Key Foundry Client", "BasicSymmetricKeyFoundryClient", KmipVersion.V2_0, null),

  /**
   * Intermediate Symmetric Key Foundry Client (0x00000113).
   *
   * <p>Since KMIP 2.0.
   */
  INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT(0x00000113, "Intermediate Symmetric Key Foundry Client", "IntermediateSymmetricKeyFoundryClient", KmipVersion.V2_0, null),

  /**
   * Advanced Symmetric Key Foundry Client (0x00000114).
   *
   * <p>Since KMIP 2.0.
   */
  ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT(0x00000114, "Advanced Symmetric Key Foundry Client", "AdvancedSymmetricKeyFoundryClient", KmipVersion.V2_0, null),

  /**
   * Symmetric Key Foundry Server (0x00000115).
   *
   * <p>Since KMIP 2.0.
   */
  SYMMETRIC_KEY_FOUNDRY_SERVER(0x00000115, "Symmetric Key Foundry Server", "SymmetricKeyFoundryServer", KmipVersion.V2_0, null),

  /**
   * Opaque Managed Object Store Client (0x00000116).
   *
   * <p>Since KMIP 2.0.
   */
  OPAQUE_MANAGED_OBJECT_STORE_CLIENT(0x00000116, "Opaque Managed Object Store Client", "OpaqueManagedObjectStoreClient", KmipVersion.V2_0, null),

  /**
   * Opaque Managed Object Store Server (0x00000117).
   *
   * <p>Since KMIP 2.0.
   */
  OPAQUE_MANAGED_OBJECT_STORE_SERVER(0x00000117, "Opaque Managed Object Store Server", "OpaqueManagedObjectStoreServer", KmipVersion.V2_0, null),

  /**
   * Storage Array with Self Encrypting Drive Client (0x0000011C).
   *
   * <p>Since KMIP 2.0.
   */
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT(0x0000011C, "Storage Array with Self Encrypting Drive Client", "StorageArrayWithSelfEncryptingDriveClient", KmipVersion.V2_0, null),

  /**
   * Storage Array with Self Encrypting Drive Server (0x0000011D).
   *
   * <p>Since KMIP 2.0.
   */
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER(0x0000011D, "Storage Array with Self Encrypting Drive Server", "StorageArrayWithSelfEncryptingDriveServer", KmipVersion.V2_0, null),

  /**
   * HTTPS Client (0x0000011E).
   *
   * <p>Since KMIP 2.0.
   */
  HTTPS_CLIENT(0x0000011E, "HTTPS Client", "HTTPSClient", KmipVersion.V2_0, null),

  /**
   * HTTPS Server (0x0000011F).
   *
   * <p>Since KMIP 2.0.
   */
  HTTPS_SERVER(0x0000011F, "HTTPS Server", "HTTPSServer", KmipVersion.V2_0, null),

  /**
   * JSON Client (0x00000120).
   *
   * <p>Since KMIP 2.0.
   */
  JSON_CLIENT(0x00000120, "JSON Client", "JSONClient", KmipVersion.V2_0, null),

  /**
   * JSON Server (0x00000121).
   *
   * <p>Since KMIP 2.0.
   */
  JSON_SERVER(0x00000121, "JSON Server", "JSONServer", KmipVersion.V2_0, null),

  /**
   * XML Client (0x00000122).
   *
   * <p>Since KMIP 2.0.
   */
  XML_CLIENT(0x00000122, "XML Client", "XMLClient", KmipVersion.V2_0, null),

  /**
   * XML Server (0x00000123).
   *
   * <p>Since KMIP 2.0.
   */
  XML_SERVER(0x00000123, "XML Server", "XMLServer", KmipVersion.V2_0, null),

  /**
   * AES XTS Client (0x00000124).
   *
   * <p>Since KMIP 2.0.
   */
  AES_XTS_CLIENT(0x00000124, "AES XTS Client", "AESXTSClient", KmipVersion.V2_0, null),

  /**
   * AES XTS Server (0x00000125).
   *
   * <p>Since KMIP 2.0.
   */
  AES_XTS_SERVER(0x00000125, "AES XTS Server", "AESXTSServer", KmipVersion.V2_0, null),

  /**
   * Quantum Safe Client (0x00000126).
   *
   * <p>Since KMIP 2.0.
   */
  QUANTUM_SAFE_CLIENT(0x00000126, "Quantum Safe Client", "QuantumSafeClient", KmipVersion.V2_0, null),

  /**
   * Quantum Safe Server (0x00000127).
   *
   * <p>Since KMIP 2.0.
   */
  QUANTUM_SAFE_SERVER(0x00000127, "Quantum Safe Server", "QuantumSafeServer", KmipVersion.V2_0, null),

  /**
   * PKCS#11 Client (0x00000128).
   *
   * <p>Since KMIP 2.0.
   */
  PKCS_11_CLIENT(0x00000128, "PKCS#11 Client", "PKCS_11Client", KmipVersion.V2_0, null),

  /**
   * PKCS#11 Server (0x00000129).
   *
   * <p>Since KMIP 2.0.
   */
  PKCS_11_SERVER(0x00000129, "PKCS#11 Server", "PKCS_11Server", KmipVersion.V2_0, null),

  /**
   * Baseline Client (0x0000012A).
   *
   * <p>Since KMIP 2.0.
   */
  BASELINE_CLIENT(0x0000012A, "Baseline Client", "BaselineClient", KmipVersion.V2_0, null),

  /**
   * Baseline Server (0x0000012B).
   *
   * <p>Since KMIP 2.0.
   */
  BASELINE_SERVER(0x0000012B, "Baseline Server", "BaselineServer", KmipVersion.V2_0, null),

  /**
   * Complete Server (0x0000012C).
   *
   * <p>Since KMIP 2.0.
   */
  COMPLETE_SERVER(0x0000012C, "Complete Server", "CompleteServer", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  ProfileName(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
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

  /** The name as the specification writes it, e.g. {@code "Baseline Server Basic KMIP v1.2"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "BaselineServerBasicKMIPV1_2"}.
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
  public static ProfileName fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> BASELINE_SERVER_BASIC_KMIP_V1_2;
      case 0x00000002 -> BASELINE_SERVER_TLS_V1_2_KMIP_V1_2;
      case 0x00000003 -> BASELINE_CLIENT_BASIC_KMIP_V1_2;
      case 0x00000004 -> BASELINE_CLIENT_TLS_V1_2_KMIP_V1_2;
      case 0x00000005 -> COMPLETE_SERVER_BASIC_KMIP_V1_2;
      case 0x00000006 -> COMPLETE_SERVER_TLS_V1_2_KMIP_V1_2;
      case 0x00000007 -> TAPE_LIBRARY_CLIENT_KMIP_V1_0;
      case 0x00000008 -> TAPE_LIBRARY_CLIENT_KMIP_V1_1;
      case 0x00000009 -> TAPE_LIBRARY_CLIENT_KMIP_V1_2;
      case 0x0000000A -> TAPE_LIBRARY_SERVER_KMIP_V1_0;
      case 0x0000000B -> TAPE_LIBRARY_SERVER_KMIP_V1_1;
      case 0x0000000C -> TAPE_LIBRARY_SERVER_KMIP_V1_2;
      case 0x0000000D -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_0;
      case 0x0000000E -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_1;
      case 0x0000000F -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_2;
      case 0x00000010 -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0;
      case 0x00000011 -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1;
      case 0x00000012 -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2;
      case 0x00000013 -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_0;
      case 0x00000014 -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_1;
      case 0x00000015 -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_2;
      case 0x00000016 -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0;
      case 0x00000017 -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1;
      case 0x00000018 -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2;
      case 0x00000019 -> BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2;
      case 0x0000001A -> BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_2;
      case 0x0000001B -> ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2;
      case 0x0000001C -> ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_2;
      case 0x0000001D -> RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2;
      case 0x0000001E -> RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_2;
      case 0x0000001F -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0;
      case 0x00000020 -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0;
      case 0x00000021 -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0;
      case 0x00000022 -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1;
      case 0x00000023 -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1;
      case 0x00000024 -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1;
      case 0x00000025 -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2;
      case 0x00000026 -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2;
      case 0x00000027 -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2;
      case 0x00000028 -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_0;
      case 0x00000029 -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_1;
      case 0x0000002A -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_2;
      case 0x0000002B -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_0;
      case 0x0000002C -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_1;
      case 0x0000002D -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_2;
      case 0x0000002E -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_0;
      case 0x0000002F -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_1;
      case 0x00000030 -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_2;
      case 0x00000031 -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_0;
      case 0x00000032 -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_1;
      case 0x00000033 -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_2;
      case 0x00000034 -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_0;
      case 0x00000035 -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_1;
      case 0x00000036 -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_2;
      case 0x00000037 -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_0;
      case 0x00000038 -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_1;
      case 0x00000039 -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_2;
      case 0x0000003A -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_0;
      case 0x0000003B -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_1;
      case 0x0000003C -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_2;
      case 0x0000003D -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_0;
      case 0x0000003E -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_1;
      case 0x0000003F -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_2;
      case 0x00000040 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_0;
      case 0x00000041 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_1;
      case 0x00000042 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_2;
      case 0x00000043 -> HTTPS_CLIENT_KMIP_V1_0;
      case 0x00000044 -> HTTPS_CLIENT_KMIP_V1_1;
      case 0x00000045 -> HTTPS_CLIENT_KMIP_V1_2;
      case 0x00000046 -> HTTPS_SERVER_KMIP_V1_0;
      case 0x00000047 -> HTTPS_SERVER_KMIP_V1_1;
      case 0x00000048 -> HTTPS_SERVER_KMIP_V1_2;
      case 0x00000049 -> JSON_CLIENT_KMIP_V1_0;
      case 0x0000004A -> JSON_CLIENT_KMIP_V1_1;
      case 0x0000004B -> JSON_CLIENT_KMIP_V1_2;
      case 0x0000004C -> JSON_SERVER_KMIP_V1_0;
      case 0x0000004D -> JSON_SERVER_KMIP_V1_1;
      case 0x0000004E -> JSON_SERVER_KMIP_V1_2;
      case 0x0000004F -> XML_CLIENT_KMIP_V1_0;
      case 0x00000050 -> XML_CLIENT_KMIP_V1_1;
      case 0x00000051 -> XML_CLIENT_KMIP_V1_2;
      case 0x00000052 -> XML_SERVER_KMIP_V1_0;
      case 0x00000053 -> XML_SERVER_KMIP_V1_1;
      case 0x00000054 -> XML_SERVER_KMIP_V1_2;
      case 0x00000055 -> BASELINE_SERVER_BASIC_KMIP_V1_3;
      case 0x00000056 -> BASELINE_SERVER_TLS_V1_2_KMIP_V1_3;
      case 0x00000057 -> BASELINE_CLIENT_BASIC_KMIP_V1_3;
      case 0x00000058 -> BASELINE_CLIENT_TLS_V1_2_KMIP_V1_3;
      case 0x00000059 -> COMPLETE_SERVER_BASIC_KMIP_V1_3;
      case 0x0000005A -> COMPLETE_SERVER_TLS_V1_2_KMIP_V1_3;
      case 0x0000005B -> TAPE_LIBRARY_CLIENT_KMIP_V1_3;
      case 0x0000005C -> TAPE_LIBRARY_SERVER_KMIP_V1_3;
      case 0x0000005D -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_3;
      case 0x0000005E -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3;
      case 0x0000005F -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_3;
      case 0x00000060 -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3;
      case 0x00000061 -> BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3;
      case 0x00000062 -> BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_3;
      case 0x00000063 -> ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3;
      case 0x00000064 -> ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_3;
      case 0x00000065 -> RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3;
      case 0x00000066 -> RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_3;
      case 0x00000067 -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3;
      case 0x00000068 -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3;
      case 0x00000069 -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3;
      case 0x0000006A -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_3;
      case 0x0000006B -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_3;
      case 0x0000006C -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_3;
      case 0x0000006D -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_3;
      case 0x0000006E -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_3;
      case 0x0000006F -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_3;
      case 0x00000070 -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_3;
      case 0x00000071 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_3;
      case 0x00000072 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_3;
      case 0x00000073 -> HTTPS_CLIENT_KMIP_V1_3;
      case 0x00000074 -> HTTPS_SERVER_KMIP_V1_3;
      case 0x00000075 -> JSON_CLIENT_KMIP_V1_3;
      case 0x00000076 -> JSON_SERVER_KMIP_V1_3;
      case 0x00000077 -> XML_CLIENT_KMIP_V1_3;
      case 0x00000078 -> XML_SERVER_KMIP_V1_3;
      case 0x00000079 -> BASELINE_SERVER_BASIC_KMIP_V1_4;
      case 0x0000007A -> BASELINE_SERVER_TLS_V1_2_KMIP_V1_4;
      case 0x0000007B -> BASELINE_CLIENT_BASIC_KMIP_V1_4;
      case 0x0000007C -> BASELINE_CLIENT_TLS_V1_2_KMIP_V1_4;
      case 0x0000007D -> COMPLETE_SERVER_BASIC_KMIP_V1_4;
      case 0x0000007E -> COMPLETE_SERVER_TLS_V1_2_KMIP_V1_4;
      case 0x0000007F -> TAPE_LIBRARY_CLIENT_KMIP_V1_4;
      case 0x00000080 -> TAPE_LIBRARY_SERVER_KMIP_V1_4;
      case 0x00000081 -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_4;
      case 0x00000082 -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4;
      case 0x00000083 -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_4;
      case 0x00000084 -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4;
      case 0x00000085 -> BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4;
      case 0x00000086 -> BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_4;
      case 0x00000087 -> ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4;
      case 0x00000088 -> ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_4;
      case 0x00000089 -> RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4;
      case 0x0000008A -> RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_4;
      case 0x0000008B -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4;
      case 0x0000008C -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4;
      case 0x0000008D -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4;
      case 0x0000008E -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_4;
      case 0x0000008F -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_4;
      case 0x00000090 -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_4;
      case 0x00000091 -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_4;
      case 0x00000092 -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_4;
      case 0x00000093 -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_4;
      case 0x00000094 -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_4;
      case 0x00000095 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_4;
      case 0x00000096 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_4;
      case 0x00000097 -> HTTPS_CLIENT_KMIP_V1_4;
      case 0x00000098 -> HTTPS_SERVER_KMIP_V1_4;
      case 0x00000099 -> JSON_CLIENT_KMIP_V1_4;
      case 0x0000009A -> JSON_SERVER_KMIP_V1_4;
      case 0x0000009B -> XML_CLIENT_KMIP_V1_4;
      case 0x0000009C -> XML_SERVER_KMIP_V1_4;
      case 0x00000104 -> COMPLETE_SERVER_BASIC;
      case 0x00000105 -> COMPLETE_SERVER_TLS_V1_2;
      case 0x00000106 -> TAPE_LIBRARY_CLIENT;
      case 0x00000107 -> TAPE_LIBRARY_SERVER;
      case 0x00000108 -> SYMMETRIC_KEY_LIFECYCLE_CLIENT;
      case 0x00000109 -> SYMMETRIC_KEY_LIFECYCLE_SERVER;
      case 0x0000010A -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT;
      case 0x0000010B -> ASYMMETRIC_KEY_LIFECYCLE_SERVER;
      case 0x0000010C -> BASIC_CRYPTOGRAPHIC_CLIENT;
      case 0x0000010D -> BASIC_CRYPTOGRAPHIC_SERVER;
      case 0x0000010E -> ADVANCED_CRYPTOGRAPHIC_CLIENT;
      case 0x0000010F -> ADVANCED_CRYPTOGRAPHIC_SERVER;
      case 0x00000110 -> RNG_CRYPTOGRAPHIC_CLIENT;
      case 0x00000111 -> RNG_CRYPTOGRAPHIC_SERVER;
      case 0x00000112 -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT;
      case 0x00000113 -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT;
      case 0x00000114 -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT;
      case 0x00000115 -> SYMMETRIC_KEY_FOUNDRY_SERVER;
      case 0x00000116 -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT;
      case 0x00000117 -> OPAQUE_MANAGED_OBJECT_STORE_SERVER;
      case 0x0000011C -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT;
      case 0x0000011D -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER;
      case 0x0000011E -> HTTPS_CLIENT;
      case 0x0000011F -> HTTPS_SERVER;
      case 0x00000120 -> JSON_CLIENT;
      case 0x00000121 -> JSON_SERVER;
      case 0x00000122 -> XML_CLIENT;
      case 0x00000123 -> XML_SERVER;
      case 0x00000124 -> AES_XTS_CLIENT;
      case 0x00000125 -> AES_XTS_SERVER;
      case 0x00000126 -> QUANTUM_SAFE_CLIENT;
      case 0x00000127 -> QUANTUM_SAFE_SERVER;
      case 0x00000128 -> PKCS_11_CLIENT;
      case 0x00000129 -> PKCS_11_SERVER;
      case 0x0000012A -> BASELINE_CLIENT;
      case 0x0000012B -> BASELINE_SERVER;
      case 0x0000012C -> COMPLETE_SERVER;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "BaselineServerBasicKMIPV1_2"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static ProfileName fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "BaselineServerBasicKMIPV1_2" -> BASELINE_SERVER_BASIC_KMIP_V1_2;
      case "BaselineServerTLSV1_2KMIPV1_2" -> BASELINE_SERVER_TLS_V1_2_KMIP_V1_2;
      case "BaselineClientBasicKMIPV1_2" -> BASELINE_CLIENT_BASIC_KMIP_V1_2;
      case "BaselineClientTLSV1_2KMIPV1_2" -> BASELINE_CLIENT_TLS_V1_2_KMIP_V1_2;
      case "CompleteServerBasicKMIPV1_2" -> COMPLETE_SERVER_BASIC_KMIP_V1_2;
      case "CompleteServerTLSV1_2KMIPV1_2" -> COMPLETE_SERVER_TLS_V1_2_KMIP_V1_2;
      case "TapeLibraryClientKMIPV1_0" -> TAPE_LIBRARY_CLIENT_KMIP_V1_0;
      case "TapeLibraryClientKMIPV1_1" -> TAPE_LIBRARY_CLIENT_KMIP_V1_1;
      case "TapeLibraryClientKMIPV1_2" -> TAPE_LIBRARY_CLIENT_KMIP_V1_2;
      case "TapeLibraryServerKMIPV1_0" -> TAPE_LIBRARY_SERVER_KMIP_V1_0;
      case "TapeLibraryServerKMIPV1_1" -> TAPE_LIBRARY_SERVER_KMIP_V1_1;
      case "TapeLibraryServerKMIPV1_2" -> TAPE_LIBRARY_SERVER_KMIP_V1_2;
      case "SymmetricKeyLifecycleClientKMIPV1_0" -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_0;
      case "SymmetricKeyLifecycleClientKMIPV1_1" -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_1;
      case "SymmetricKeyLifecycleClientKMIPV1_2" -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_2;
      case "SymmetricKeyLifecycleServerKMIPV1_0" -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0;
      case "SymmetricKeyLifecycleServerKMIPV1_1" -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1;
      case "SymmetricKeyLifecycleServerKMIPV1_2" -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2;
      case "AsymmetricKeyLifecycleClientKMIPV1_0" -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_0;
      case "AsymmetricKeyLifecycleClientKMIPV1_1" -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_1;
      case "AsymmetricKeyLifecycleClientKMIPV1_2" -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_2;
      case "AsymmetricKeyLifecycleServerKMIPV1_0" -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0;
      case "AsymmetricKeyLifecycleServerKMIPV1_1" -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1;
      case "AsymmetricKeyLifecycleServerKMIPV1_2" -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2;
      case "BasicCryptographicClientKMIPV1_2" -> BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2;
      case "BasicCryptographicServerKMIPV1_2" -> BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_2;
      case "AdvancedCryptographicClientKMIPV1_2" -> ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2;
      case "AdvancedCryptographicServerKMIPV1_2" -> ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_2;
      case "RNGCryptographicClientKMIPV1_2" -> RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2;
      case "RNGCryptographicServerKMIPV1_2" -> RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_2;
      case "BasicSymmetricKeyFoundryClientKMIPV1_0" -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0;
      case "IntermediateSymmetricKeyFoundryClientKMIPV1_0" -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0;
      case "AdvancedSymmetricKeyFoundryClientKMIPV1_0" -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0;
      case "BasicSymmetricKeyFoundryClientKMIPV1_1" -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1;
      case "IntermediateSymmetricKeyFoundryClientKMIPV1_1" -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1;
      case "AdvancedSymmetricKeyFoundryClientKMIPV1_1" -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1;
      case "BasicSymmetricKeyFoundryClientKMIPV1_2" -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2;
      case "IntermediateSymmetricKeyFoundryClientKMIPV1_2" -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2;
      case "AdvancedSymmetricKeyFoundryClientKMIPV1_2" -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2;
      case "SymmetricKeyFoundryServerKMIPV1_0" -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_0;
      case "SymmetricKeyFoundryServerKMIPV1_1" -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_1;
      case "SymmetricKeyFoundryServerKMIPV1_2" -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_2;
      case "OpaqueManagedObjectStoreClientKMIPV1_0" -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_0;
      case "OpaqueManagedObjectStoreClientKMIPV1_1" -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_1;
      case "OpaqueManagedObjectStoreClientKMIPV1_2" -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_2;
      case "OpaqueManagedObjectStoreServerKMIPV1_0" -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_0;
      case "OpaqueManagedObjectStoreServerKMIPV1_1" -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_1;
      case "OpaqueManagedObjectStoreServerKMIPV1_2" -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_2;
      case "SuiteBMinLOS_128ClientKMIPV1_0" -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_0;
      case "SuiteBMinLOS_128ClientKMIPV1_1" -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_1;
      case "SuiteBMinLOS_128ClientKMIPV1_2" -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_2;
      case "SuiteBMinLOS_128ServerKMIPV1_0" -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_0;
      case "SuiteBMinLOS_128ServerKMIPV1_1" -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_1;
      case "SuiteBMinLOS_128ServerKMIPV1_2" -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_2;
      case "SuiteBMinLOS_192ClientKMIPV1_0" -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_0;
      case "SuiteBMinLOS_192ClientKMIPV1_1" -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_1;
      case "SuiteBMinLOS_192ClientKMIPV1_2" -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_2;
      case "SuiteBMinLOS_192ServerKMIPV1_0" -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_0;
      case "SuiteBMinLOS_192ServerKMIPV1_1" -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_1;
      case "SuiteBMinLOS_192ServerKMIPV1_2" -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_2;
      case "StorageArrayWithSelfEncryptingDriveClientKMIPV1_0" -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_0;
      case "StorageArrayWithSelfEncryptingDriveClientKMIPV1_1" -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_1;
      case "StorageArrayWithSelfEncryptingDriveClientKMIPV1_2" -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_2;
      case "StorageArrayWithSelfEncryptingDriveServerKMIPV1_0" -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_0;
      case "StorageArrayWithSelfEncryptingDriveServerKMIPV1_1" -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_1;
      case "StorageArrayWithSelfEncryptingDriveServerKMIPV1_2" -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_2;
      case "HTTPSClientKMIPV1_0" -> HTTPS_CLIENT_KMIP_V1_0;
      case "HTTPSClientKMIPV1_1" -> HTTPS_CLIENT_KMIP_V1_1;
      case "HTTPSClientKMIPV1_2" -> HTTPS_CLIENT_KMIP_V1_2;
      case "HTTPSServerKMIPV1_0" -> HTTPS_SERVER_KMIP_V1_0;
      case "HTTPSServerKMIPV1_1" -> HTTPS_SERVER_KMIP_V1_1;
      case "HTTPSServerKMIPV1_2" -> HTTPS_SERVER_KMIP_V1_2;
      case "JSONClientKMIPV1_0" -> JSON_CLIENT_KMIP_V1_0;
      case "JSONClientKMIPV1_1" -> JSON_CLIENT_KMIP_V1_1;
      case "JSONClientKMIPV1_2" -> JSON_CLIENT_KMIP_V1_2;
      case "JSONServerKMIPV1_0" -> JSON_SERVER_KMIP_V1_0;
      case "JSONServerKMIPV1_1" -> JSON_SERVER_KMIP_V1_1;
      case "JSONServerKMIPV1_2" -> JSON_SERVER_KMIP_V1_2;
      case "XMLClientKMIPV1_0" -> XML_CLIENT_KMIP_V1_0;
      case "XMLClientKMIPV1_1" -> XML_CLIENT_KMIP_V1_1;
      case "XMLClientKMIPV1_2" -> XML_CLIENT_KMIP_V1_2;
      case "XMLServerKMIPV1_0" -> XML_SERVER_KMIP_V1_0;
      case "XMLServerKMIPV1_1" -> XML_SERVER_KMIP_V1_1;
      case "XMLServerKMIPV1_2" -> XML_SERVER_KMIP_V1_2;
      case "BaselineServerBasicKMIPV1_3" -> BASELINE_SERVER_BASIC_KMIP_V1_3;
      case "BaselineServerTLSV1_2KMIPV1_3" -> BASELINE_SERVER_TLS_V1_2_KMIP_V1_3;
      case "BaselineClientBasicKMIPV1_3" -> BASELINE_CLIENT_BASIC_KMIP_V1_3;
      case "BaselineClientTLSV1_2KMIPV1_3" -> BASELINE_CLIENT_TLS_V1_2_KMIP_V1_3;
      case "CompleteServerBasicKMIPV1_3" -> COMPLETE_SERVER_BASIC_KMIP_V1_3;
      case "CompleteServerTLSV1_2KMIPV1_3" -> COMPLETE_SERVER_TLS_V1_2_KMIP_V1_3;
      case "TapeLibraryClientKMIPV1_3" -> TAPE_LIBRARY_CLIENT_KMIP_V1_3;
      case "TapeLibraryServerKMIPV1_3" -> TAPE_LIBRARY_SERVER_KMIP_V1_3;
      case "SymmetricKeyLifecycleClientKMIPV1_3" -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_3;
      case "SymmetricKeyLifecycleServerKMIPV1_3" -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3;
      case "AsymmetricKeyLifecycleClientKMIPV1_3" -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_3;
      case "AsymmetricKeyLifecycleServerKMIPV1_3" -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3;
      case "BasicCryptographicClientKMIPV1_3" -> BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3;
      case "BasicCryptographicServerKMIPV1_3" -> BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_3;
      case "AdvancedCryptographicClientKMIPV1_3" -> ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3;
      case "AdvancedCryptographicServerKMIPV1_3" -> ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_3;
      case "RNGCryptographicClientKMIPV1_3" -> RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3;
      case "RNGCryptographicServerKMIPV1_3" -> RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_3;
      case "BasicSymmetricKeyFoundryClientKMIPV1_3" -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3;
      case "IntermediateSymmetricKeyFoundryClientKMIPV1_3" -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3;
      case "AdvancedSymmetricKeyFoundryClientKMIPV1_3" -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3;
      case "SymmetricKeyFoundryServerKMIPV1_3" -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_3;
      case "OpaqueManagedObjectStoreClientKMIPV1_3" -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_3;
      case "OpaqueManagedObjectStoreServerKMIPV1_3" -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_3;
      case "SuiteBMinLOS_128ClientKMIPV1_3" -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_3;
      case "SuiteBMinLOS_128ServerKMIPV1_3" -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_3;
      case "SuiteBMinLOS_192ClientKMIPV1_3" -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_3;
      case "SuiteBMinLOS_192ServerKMIPV1_3" -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_3;
      case "StorageArrayWithSelfEncryptingDriveClientKMIPV1_3" -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_3;
      case "StorageArrayWithSelfEncryptingDriveServerKMIPV1_3" -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_3;
      case "HTTPSClientKMIPV1_3" -> HTTPS_CLIENT_KMIP_V1_3;
      case "HTTPSServerKMIPV1_3" -> HTTPS_SERVER_KMIP_V1_3;
      case "JSONClientKMIPV1_3" -> JSON_CLIENT_KMIP_V1_3;
      case "JSONServerKMIPV1_3" -> JSON_SERVER_KMIP_V1_3;
      case "XMLClientKMIPV1_3" -> XML_CLIENT_KMIP_V1_3;
      case "XMLServerKMIPV1_3" -> XML_SERVER_KMIP_V1_3;
      case "BaselineServerBasicKMIPV1_4" -> BASELINE_SERVER_BASIC_KMIP_V1_4;
      case "BaselineServerTLSV1_2KMIPV1_4" -> BASELINE_SERVER_TLS_V1_2_KMIP_V1_4;
      case "BaselineClientBasicKMIPV1_4" -> BASELINE_CLIENT_BASIC_KMIP_V1_4;
      case "BaselineClientTLSV1_2KMIPV1_4" -> BASELINE_CLIENT_TLS_V1_2_KMIP_V1_4;
      case "CompleteServerBasicKMIPV1_4" -> COMPLETE_SERVER_BASIC_KMIP_V1_4;
      case "CompleteServerTLSV1_2KMIPV1_4" -> COMPLETE_SERVER_TLS_V1_2_KMIP_V1_4;
      case "TapeLibraryClientKMIPV1_4" -> TAPE_LIBRARY_CLIENT_KMIP_V1_4;
      case "TapeLibraryServerKMIPV1_4" -> TAPE_LIBRARY_SERVER_KMIP_V1_4;
      case "SymmetricKeyLifecycleClientKMIPV1_4" -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_4;
      case "SymmetricKeyLifecycleServerKMIPV1_4" -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4;
      case "AsymmetricKeyLifecycleClientKMIPV1_4" -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_4;
      case "AsymmetricKeyLifecycleServerKMIPV1_4" -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4;
      case "BasicCryptographicClientKMIPV1_4" -> BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4;
      case "BasicCryptographicServerKMIPV1_4" -> BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_4;
      case "AdvancedCryptographicClientKMIPV1_4" -> ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4;
      case "AdvancedCryptographicServerKMIPV1_4" -> ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_4;
      case "RNGCryptographicClientKMIPV1_4" -> RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4;
      case "RNGCryptographicServerKMIPV1_4" -> RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_4;
      case "BasicSymmetricKeyFoundryClientKMIPV1_4" -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4;
      case "IntermediateSymmetricKeyFoundryClientKMIPV1_4" -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4;
      case "AdvancedSymmetricKeyFoundryClientKMIPV1_4" -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4;
      case "SymmetricKeyFoundryServerKMIPV1_4" -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_4;
      case "OpaqueManagedObjectStoreClientKMIPV1_4" -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_4;
      case "OpaqueManagedObjectStoreServerKMIPV1_4" -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_4;
      case "SuiteBMinLOS_128ClientKMIPV1_4" -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_4;
      case "SuiteBMinLOS_128ServerKMIPV1_4" -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_4;
      case "SuiteBMinLOS_192ClientKMIPV1_4" -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_4;
      case "SuiteBMinLOS_192ServerKMIPV1_4" -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_4;
      case "StorageArrayWithSelfEncryptingDriveClientKMIPV1_4" -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_4;
      case "StorageArrayWithSelfEncryptingDriveServerKMIPV1_4" -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_4;
      case "HTTPSClientKMIPV1_4" -> HTTPS_CLIENT_KMIP_V1_4;
      case "HTTPSServerKMIPV1_4" -> HTTPS_SERVER_KMIP_V1_4;
      case "JSONClientKMIPV1_4" -> JSON_CLIENT_KMIP_V1_4;
      case "JSONServerKMIPV1_4" -> JSON_SERVER_KMIP_V1_4;
      case "XMLClientKMIPV1_4" -> XML_CLIENT_KMIP_V1_4;
      case "XMLServerKMIPV1_4" -> XML_SERVER_KMIP_V1_4;
      case "CompleteServerBasic" -> COMPLETE_SERVER_BASIC;
      case "CompleteServerTLSV1_2" -> COMPLETE_SERVER_TLS_V1_2;
      case "TapeLibraryClient" -> TAPE_LIBRARY_CLIENT;
      case "TapeLibraryServer" -> TAPE_LIBRARY_SERVER;
      case "SymmetricKeyLifecycleClient" -> SYMMETRIC_KEY_LIFECYCLE_CLIENT;
      case "SymmetricKeyLifecycleServer" -> SYMMETRIC_KEY_LIFECYCLE_SERVER;
      case "AsymmetricKeyLifecycleClient" -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT;
      case "AsymmetricKeyLifecycleServer" -> ASYMMETRIC_KEY_LIFECYCLE_SERVER;
      case "BasicCryptographicClient" -> BASIC_CRYPTOGRAPHIC_CLIENT;
      case "BasicCryptographicServer" -> BASIC_CRYPTOGRAPHIC_SERVER;
      case "AdvancedCryptographicClient" -> ADVANCED_CRYPTOGRAPHIC_CLIENT;
      case "AdvancedCryptographicServer" -> ADVANCED_CRYPTOGRAPHIC_SERVER;
      case "RNGCryptographicClient" -> RNG_CRYPTOGRAPHIC_CLIENT;
      case "RNGCryptographicServer" -> RNG_CRYPTOGRAPHIC_SERVER;
      case "BasicSymmetricKeyFoundryClient" -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT;
      case "IntermediateSymmetricKeyFoundryClient" -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT;
      case "AdvancedSymmetricKeyFoundryClient" -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT;
      case "SymmetricKeyFoundryServer" -> SYMMETRIC_KEY_FOUNDRY_SERVER;
      case "OpaqueManagedObjectStoreClient" -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT;
      case "OpaqueManagedObjectStoreServer" -> OPAQUE_MANAGED_OBJECT_STORE_SERVER;
      case "StorageArrayWithSelfEncryptingDriveClient" -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT;
      case "StorageArrayWithSelfEncryptingDriveServer" -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER;
      case "HTTPSClient" -> HTTPS_CLIENT;
      case "HTTPSServer" -> HTTPS_SERVER;
      case "JSONClient" -> JSON_CLIENT;
      case "JSONServer" -> JSON_SERVER;
      case "XMLClient" -> XML_CLIENT;
      case "XMLServer" -> XML_SERVER;
      case "AESXTSClient" -> AES_XTS_CLIENT;
      case "AESXTSServer" -> AES_XTS_SERVER;
      case "QuantumSafeClient" -> QUANTUM_SAFE_CLIENT;
      case "QuantumSafeServer" -> QUANTUM_SAFE_SERVER;
      case "PKCS_11Client" -> PKCS_11_CLIENT;
      case "PKCS_11Server" -> PKCS_11_SERVER;
      case "BaselineClient" -> BASELINE_CLIENT;
      case "BaselineServer" -> BASELINE_SERVER;
      case "CompleteServer" -> COMPLETE_SERVER;
      case null, default -> null;
    };
  }
}
