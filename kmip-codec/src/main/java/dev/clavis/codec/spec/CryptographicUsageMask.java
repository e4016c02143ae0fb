// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

package dev.clavis.codec.spec;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The KMIP bit mask Cryptographic Usage Mask.
 *
 * <p>Since KMIP 1.0. Spec: 2.1 §12.1 Cryptographic Usage Mask.
 *
 * <p>Mask values travel as an Integer holding the OR of the bits; the XML and JSON
 * encodings may write them as a list of {@link #xmlName() names}.
 */
public enum CryptographicUsageMask {
  /**
   * Sign (0x00000001).
   *
   * <p>Since KMIP 1.0.
   */
  SIGN(0x00000001, "Sign", "Sign", KmipVersion.V1_0, null),

  /**
   * Verify (0x00000002).
   *
   * <p>Since KMIP 1.0.
   */
  VERIFY(0x00000002, "Verify", "Verify", KmipVersion.V1_0, null),

  /**
   * Encrypt (0x00000004).
   *
   * <p>Since KMIP 1.0.
   */
  ENCRYPT(0x00000004, "Encrypt", "Encrypt", KmipVersion.V1_0, null),

  /**
   * Decrypt (0x00000008).
   *
   * <p>Since KMIP 1.0.
   */
  DECRYPT(0x00000008, "Decrypt", "Decrypt", KmipVersion.V1_0, null),

  /**
   * Wrap Key (0x00000010).
   *
   * <p>Since KMIP 1.0.
   */
  WRAP_KEY(0x00000010, "Wrap Key", "WrapKey", KmipVersion.V1_0, null),

  /**
   * Unwrap Key (0x00000020).
   *
   * <p>Since KMIP 1.0.
   */
  UNWRAP_KEY(0x00000020, "Unwrap Key", "UnwrapKey", KmipVersion.V1_0, null),

  /**
   * Export (0x00000040).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: listed as (Reserved) from 2.0.
   */
  EXPORT(0x00000040, "Export", "Export", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * MAC Generate (0x00000080).
   *
   * <p>Since KMIP 1.0.
   */
  MAC_GENERATE(0x00000080, "MAC Generate", "MACGenerate", KmipVersion.V1_0, null),

  /**
   * MAC Verify (0x00000100).
   *
   * <p>Since KMIP 1.0.
   */
  MAC_VERIFY(0x00000100, "MAC Verify", "MACVerify", KmipVersion.V1_0, null),

  /**
   * Derive Key (0x00000200).
   *
   * <p>Since KMIP 1.0.
   */
  DERIVE_KEY(0x00000200, "Derive Key", "DeriveKey", KmipVersion.V1_0, null),

  /**
   * Content Commitment (Non Repudiation) (0x00000400).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: listed as (Reserved) from 2.0.
   */
  CONTENT_COMMITMENT_NON_REPUDIATION(0x00000400, "Content Commitment (Non Repudiation)", "ContentCommitmentNonRepudiation", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Key Agreement (0x00000800).
   *
   * <p>Since KMIP 1.0.
   */
  KEY_AGREEMENT(0x00000800, "Key Agreement", "KeyAgreement", KmipVersion.V1_0, null),

  /**
   * Certificate Sign (0x00001000).
   *
   * <p>Since KMIP 1.0.
   */
  CERTIFICATE_SIGN(0x00001000, "Certificate Sign", "CertificateSign", KmipVersion.V1_0, null),

  /**
   * CRL Sign (0x00002000).
   *
   * <p>Since KMIP 1.0.
   */
  CRL_SIGN(0x00002000, "CRL Sign", "CRLSign", KmipVersion.V1_0, null),

  /**
   * Generate Cryptogram (0x00004000).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: listed as (Reserved) from 2.0.
   */
  GENERATE_CRYPTOGRAM(0x00004000, "Generate Cryptogram", "GenerateCryptogram", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Validate Cryptogram (0x00008000).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: listed as (Reserved) from 2.0.
   */
  VALIDATE_CRYPTOGRAM(0x00008000, "Validate Cryptogram", "ValidateCryptogram", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Translate Encrypt (0x00010000).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: listed as (Reserved) from 2.0.
   */
  TRANSLATE_ENCRYPT(0x00010000, "Translate Encrypt", "TranslateEncrypt", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Translate Decrypt (0x00020000).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: listed as (Reserved) from 2.0.
   */
  TRANSLATE_DECRYPT(0x00020000, "Translate Decrypt", "TranslateDecrypt", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Translate Wrap (0x00040000).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: listed as (Reserved) from 2.0.
   */
  TRANSLATE_WRAP(0x00040000, "Translate Wrap", "TranslateWrap", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Translate Unwrap (0x00080000).
   *
   * <p>Since KMIP 1.0; removed in KMIP 2.0 (listed as Reserved). Spec note: listed as (Reserved) from 2.0.
   */
  TRANSLATE_UNWRAP(0x00080000, "Translate Unwrap", "TranslateUnwrap", KmipVersion.V1_0, KmipVersion.V2_0),

  /**
   * Authenticate (0x00100000).
   *
   * <p>Since KMIP 2.0.
   */
  AUTHENTICATE(0x00100000, "Authenticate", "Authenticate", KmipVersion.V2_0, null),

  /**
   * Unrestricted (0x00200000).
   *
   * <p>Since KMIP 2.0.
   */
  UNRESTRICTED(0x00200000, "Unrestricted", "Unrestricted", KmipVersion.V2_0, null),

  /**
   * FPE Encrypt (0x00400000).
   *
   * <p>Since KMIP 2.0.
   */
  FPE_ENCRYPT(0x00400000, "FPE Encrypt", "FPEEncrypt", KmipVersion.V2_0, null),

  /**
   * FPE Decrypt (0x00800000).
   *
   * <p>Since KMIP 2.0.
   */
  FPE_DECRYPT(0x00800000, "FPE Decrypt", "FPEDecrypt", KmipVersion.V2_0, null);

  private final int value;
  private final String specName;
  private final String xmlName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  CryptographicUsageMask(int value, String specName, String xmlName, KmipVersion since, KmipVersion removedIn) {
    this.value = value;
    this.specName = specName;
    this.xmlName = xmlName;
    this.since = since;
    this.removedIn = removedIn;
  }

  /** The bit on the wire. */
  public int value() {
    return value;
  }

  /** The name as the specification writes it, e.g. {@code "Sign"}. */
  public String specName() {
    return specName;
  }

  /**
   * The name in the XML and JSON encodings (KMIP Profiles name normalisation), e.g.
   * {@code "Sign"}.
   */
  public String xmlName() {
    return xmlName;
  }

  /** The first protocol version that defines this bit. */
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

  /** Whether {@code version} defines this bit. */
  public boolean definedIn(KmipVersion version) {
    return version.atLeast(since) && (removedIn == null || !version.atLeast(removedIn));
  }

  /** The constant for a wire bit, or {@code null} when the registry defines none. */
  public static CryptographicUsageMask fromValue(int value) {
    return switch (value) {
      case 0x00000001 -> SIGN;
      case 0x00000002 -> VERIFY;
      case 0x00000004 -> ENCRYPT;
      case 0x00000008 -> DECRYPT;
      case 0x00000010 -> WRAP_KEY;
      case 0x00000020 -> UNWRAP_KEY;
      case 0x00000040 -> EXPORT;
      case 0x00000080 -> MAC_GENERATE;
      case 0x00000100 -> MAC_VERIFY;
      case 0x00000200 -> DERIVE_KEY;
      case 0x00000400 -> CONTENT_COMMITMENT_NON_REPUDIATION;
      case 0x00000800 -> KEY_AGREEMENT;
      case 0x00001000 -> CERTIFICATE_SIGN;
      case 0x00002000 -> CRL_SIGN;
      case 0x00004000 -> GENERATE_CRYPTOGRAM;
      case 0x00008000 -> VALIDATE_CRYPTOGRAM;
      case 0x00010000 -> TRANSLATE_ENCRYPT;
      case 0x00020000 -> TRANSLATE_DECRYPT;
      case 0x00040000 -> TRANSLATE_WRAP;
      case 0x00080000 -> TRANSLATE_UNWRAP;
      case 0x00100000 -> AUTHENTICATE;
      case 0x00200000 -> UNRESTRICTED;
      case 0x00400000 -> FPE_ENCRYPT;
      case 0x00800000 -> FPE_DECRYPT;
      default -> null;
    };
  }

  /**
   * The constant for an XML/JSON name such as {@code "Sign"}, or {@code null} when
   * unknown (names are case-sensitive).
   */
  public static CryptographicUsageMask fromXmlName(String xmlName) {
    return switch (xmlName) {
      case "Sign" -> SIGN;
      case "Verify" -> VERIFY;
      case "Encrypt" -> ENCRYPT;
      case "Decrypt" -> DECRYPT;
      case "WrapKey" -> WRAP_KEY;
      case "UnwrapKey" -> UNWRAP_KEY;
      case "Export" -> EXPORT;
      case "MACGenerate" -> MAC_GENERATE;
      case "MACVerify" -> MAC_VERIFY;
      case "DeriveKey" -> DERIVE_KEY;
      case "ContentCommitmentNonRepudiation" -> CONTENT_COMMITMENT_NON_REPUDIATION;
      case "KeyAgreement" -> KEY_AGREEMENT;
      case "CertificateSign" -> CERTIFICATE_SIGN;
      case "CRLSign" -> CRL_SIGN;
      case "GenerateCryptogram" -> GENERATE_CRYPTOGRAM;
      case "ValidateCryptogram" -> VALIDATE_CRYPTOGRAM;
      case "TranslateEncrypt" -> TRANSLATE_ENCRYPT;
      case "TranslateDecrypt" -> TRANSLATE_DECRYPT;
      case "TranslateWrap" -> TRANSLATE_WRAP;
      case "TranslateUnwrap" -> TRANSLATE_UNWRAP;
      case "Authenticate" -> AUTHENTICATE;
      case "Unrestricted" -> UNRESTRICTED;
      case "FPEEncrypt" -> FPE_ENCRYPT;
      case "FPEDecrypt" -> FPE_DECRYPT;
      case null, default -> null;
    };
  }

  /** The OR of the bits of {@code flags}. */
  public static int bits(Collection<CryptographicUsageMask> flags) {
    int bits = 0;
    for (CryptographicUsageMask f : flags) {
      bits |= f.value;
    }
    return bits;
  }

  /**
   * The flags set in {@code bits}; bits the registry does not define are ignored (see
   * {@link #undefinedBits}).
   */
  public static Set<CryptographicUsageMask> from(int bits) {
    Set<CryptographicUsageMask> flags = EnumSet.noneOf(CryptographicUsageMask.class);
    for (CryptographicUsageMask f : values()) {
      if ((bits & f.value) != 0) {
        flags.add(f);
      }
    }
    return flags;
  }

  /**
   * The bits of {@code bits} that no constant defines (extensions, or values from a later
   * version); 0 when every bit is known.
   */
  public static int undefinedBits(int bits) {
    int known = 0;
    for (CryptographicUsageMask f : values()) {
      known |= f.value;
    }
    return bits & ~known;
  }
}
