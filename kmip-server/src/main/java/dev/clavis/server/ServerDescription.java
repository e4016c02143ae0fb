package dev.clavis.server;

import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.ClientRegistrationMethod;
import dev.clavis.codec.spec.DestroyAction;
import dev.clavis.codec.spec.DrbgAlgorithm;
import dev.clavis.codec.spec.HashingAlgorithm;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ProfileName;
import dev.clavis.codec.spec.ProtectionStorageMask;
import dev.clavis.codec.spec.RngAlgorithm;
import dev.clavis.codec.spec.RngMode;
import dev.clavis.codec.spec.ShreddingAlgorithm;
import dev.clavis.codec.spec.Tag;
import dev.clavis.codec.spec.UnwrapMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What this server says about itself in a Query response (KMIP 1.4 §4.25 and §2.1.18–§2.1.21,
 * KMIP 2.1 §6.1.40 and §7): its random number generators, the profiles it conforms to, its
 * capabilities, client registration, defaults and storage protection. Every value states what the
 * code does; none is copied from a reference server. The codec leaves out, for the request's
 * version, any field or enumeration value the version does not define.
 */
final class ServerDescription {

  /**
   * A profile claim: the Profile Name and, for the KMIP 2.x names, the profile document's version
   * (Profile Version, KMIP 2.1 §7.32); {@code 0/0} for the 1.x names, whose version is in the name.
   */
  record ProfileClaim(ProfileName name, int major, int minor) {}

  /**
   * The server profiles claimed: those whose mandatory OASIS test cases all pass against this
   * server (the conformance matrix, docs/conformance.md). Symmetric and Asymmetric Key Lifecycle
   * (1.0–1.4 and 2.1), Opaque Managed Object Store (1.0–1.4, 2.0, 2.1), RNG Cryptographic (1.3,
   * 1.4, 2.0, 2.1), Suite B minLOS_128/192 (1.3, 1.4), Storage Array with Self Encrypting Drive
   * (1.4, 2.0, 2.1), AES XTS (2.0, 2.1). Not claimed, as some of their mandatory cases still fail
   * or have no test files: Baseline, Complete, Tape Library, Symmetric Key Foundry, Basic and
   * Advanced Cryptographic, Quantum Safe, PKCS#11, and the 2.0 lifecycle profiles. The HTTPS, JSON
   * and XML profiles are not claimed either: the HTTPS listener is off by default
   * ({@code server.https-port}) and this answer does not depend on the configuration.
   */
  static final List<ProfileClaim> PROFILES = List.of(
      claim(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0),
      claim(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1),
      claim(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2),
      claim(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3),
      claim(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4),
      claim(ProfileName.ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0),
      claim(ProfileName.ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1),
      claim(ProfileName.ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2),
      claim(ProfileName.ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3),
      claim(ProfileName.ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4),
      claim(ProfileName.OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_0),
      claim(ProfileName.OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_1),
      claim(ProfileName.OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_2),
      claim(ProfileName.OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_3),
      claim(ProfileName.OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_4),
      claim(ProfileName.RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_3),
      claim(ProfileName.RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_4),
      claim(ProfileName.SUITE_B_MINLOS_128_SERVER_KMIP_V1_3),
      claim(ProfileName.SUITE_B_MINLOS_128_SERVER_KMIP_V1_4),
      claim(ProfileName.SUITE_B_MINLOS_192_SERVER_KMIP_V1_3),
      claim(ProfileName.SUITE_B_MINLOS_192_SERVER_KMIP_V1_4),
      claim(ProfileName.STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_4),
      new ProfileClaim(ProfileName.RNG_CRYPTOGRAPHIC_SERVER, 2, 0),
      new ProfileClaim(ProfileName.STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER, 2, 0),
      new ProfileClaim(ProfileName.AES_XTS_SERVER, 2, 0),
      new ProfileClaim(ProfileName.OPAQUE_MANAGED_OBJECT_STORE_SERVER, 2, 0),
      new ProfileClaim(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER, 2, 1),
      new ProfileClaim(ProfileName.ASYMMETRIC_KEY_LIFECYCLE_SERVER, 2, 1),
      new ProfileClaim(ProfileName.OPAQUE_MANAGED_OBJECT_STORE_SERVER, 2, 1),
      new ProfileClaim(ProfileName.RNG_CRYPTOGRAPHIC_SERVER, 2, 1),
      new ProfileClaim(ProfileName.STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER, 2, 1),
      new ProfileClaim(ProfileName.AES_XTS_SERVER, 2, 1));

  /**
   * Client registration: clients are authenticated by a certificate from the CA the operator
   * configures (or the development PKI) and given rights with {@code clavis grant}, outside KMIP;
   * none of the KMIP-specific methods applies, so the method is Unspecified.
   */
  static final List<ClientRegistrationMethod> CLIENT_REGISTRATION = List.of(ClientRegistrationMethod.UNSPECIFIED);

  private ServerDescription() {}

  private static ProfileClaim claim(ProfileName name) {
    return new ProfileClaim(name, 0, 0);
  }

  /**
   * The Profile Information structures (KMIP 1.4 §2.1.19, KMIP 2.1 §7.31) for a request of version
   * {@code v}: the names {@code v} defines, and for 2.x names only profile versions up to {@code v}.
   */
  static List<TtlvItem.Structure> profiles(KmipVersion v) {
    List<TtlvItem.Structure> out = new ArrayList<>();
    for (ProfileClaim c : PROFILES) {
      if (!c.name().definedIn(v)) {
        continue;
      }
      if (c.major() == 0) {
        out.add(TtlvItem.structure(Tag.PROFILE_INFORMATION, TtlvItem.enumeration(Tag.PROFILE_NAME, c.name().value())));
      } else if (c.major() < v.major() || c.major() == v.major() && c.minor() <= v.minor()) {
        out.add(TtlvItem.structure(Tag.PROFILE_INFORMATION,
            TtlvItem.enumeration(Tag.PROFILE_NAME, c.name().value()),
            TtlvItem.structure(Tag.PROFILE_VERSION,
                TtlvItem.integer(Tag.PROFILE_VERSION_MAJOR, c.major()),
                TtlvItem.integer(Tag.PROFILE_VERSION_MINOR, c.minor()))));
      }
    }
    return out;
  }

  /**
   * The RNG Parameters (KMIP 1.4 §2.1.18, KMIP 2.1 §7.39) of the generators the server uses: the
   * key protection's SP 800-90A HMAC_DRBG with SHA-256 and prediction resistance (symmetric keys,
   * secret data, IVs, RNG Retrieve; KeyProtection#randomBytes), and the JDK's SP 800-90A DRBG that
   * seeds key pair generation ({@link KeyGeneration#pairRngParameters}).
   */
  static List<TtlvItem.Structure> rngs() {
    return List.of(
        TtlvItem.structure(Tag.RNG_PARAMETERS,
            TtlvItem.enumeration(Tag.RNG_ALGORITHM, RngAlgorithm.DRBG.value()),
            TtlvItem.enumeration(Tag.HASHING_ALGORITHM, HashingAlgorithm.SHA_256.value()),
            TtlvItem.enumeration(Tag.DRBG_ALGORITHM, DrbgAlgorithm.HMAC.value()),
            TtlvItem.bool(Tag.PREDICTION_RESISTANCE, true)),
        KeyGeneration.pairRngParameters(Tag.RNG_PARAMETERS));
  }

  /**
   * The Capability Information (KMIP 1.4 §2.1.21, KMIP 2.1 §7.5): streaming (by-parts Encrypt,
   * Decrypt, Sign, Signature Verify, MAC and Hash with a Correlation Value, CryptoStreams), no asynchronous operations and no
   * attestation, batches with Undo and Continue (BatchProcessor), keys registered wrapped stored as
   * given (Not Processed), Destroy deletes the key material and keeps the metadata, no shredding,
   * one DRBG instance shared by all clients, and no quantum-safe mode (2.x).
   */
  static TtlvItem.Structure capabilities() {
    return TtlvItem.structure(Tag.CAPABILITY_INFORMATION,
        TtlvItem.bool(Tag.STREAMING_CAPABILITY, true),
        TtlvItem.bool(Tag.ASYNCHRONOUS_CAPABILITY, false),
        TtlvItem.bool(Tag.ATTESTATION_CAPABILITY, false),
        TtlvItem.bool(Tag.BATCH_UNDO_CAPABILITY, true),
        TtlvItem.bool(Tag.BATCH_CONTINUE_CAPABILITY, true),
        TtlvItem.enumeration(Tag.UNWRAP_MODE, UnwrapMode.NOT_PROCESSED.value()),
        TtlvItem.enumeration(Tag.DESTROY_ACTION, DestroyAction.KEY_MATERIAL_DELETED.value()),
        TtlvItem.enumeration(Tag.SHREDDING_ALGORITHM, ShreddingAlgorithm.UNSUPPORTED.value()),
        TtlvItem.enumeration(Tag.RNG_MODE, RngMode.SHARED_INSTANTIATION.value()),
        TtlvItem.bool(Tag.QUANTUM_SAFE_CAPABILITY, false));
  }

  /**
   * The Defaults Information (KMIP 2.1 §7.11): the one value Create supplies when the client omits
   * it, a Cryptographic Length of 256 bits for Secret Data (CreateHandler).
   */
  static TtlvItem.Structure defaults() {
    return TtlvItem.structure(Tag.DEFAULTS_INFORMATION,
        TtlvItem.structure(Tag.OBJECT_DEFAULTS,
            TtlvItem.enumeration(Tag.OBJECT_TYPE, ObjectType.SECRET_DATA.value()),
            TtlvItem.structure(Tag.ATTRIBUTES, TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256))));
  }

  /**
   * The Protection Storage Masks (KMIP 2.1 §7.33) the server can satisfy: Software for the
   * software key protection, Hardware for a PKCS#11 token ({@code keyProtectionKind}).
   */
  static TtlvItem.Structure protectionStorageMasks(String keyProtectionKind) {
    ProtectionStorageMask m = "pkcs11".equals(keyProtectionKind) ? ProtectionStorageMask.HARDWARE
        : ProtectionStorageMask.SOFTWARE;
    return TtlvItem.structure(Tag.PROTECTION_STORAGE_MASKS, TtlvItem.integer(Tag.PROTECTION_STORAGE_MASK, m.value()));
  }
}
