package dev.clavis.server;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KeyValue;
import dev.clavis.codec.KeyWrappingData;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.PGPKey;
import dev.clavis.codec.PrivateKey;
import dev.clavis.codec.PublicKey;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SplitKey;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.BlockCipherMode;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.EncodingOption;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import dev.clavis.codec.spec.WrappingMethod;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps a key for Get with a Key Wrapping Specification (KMIP 1.4 §2.1.6 / §4.11, KMIP 2.1 §3.3,
 * §6.1.19): Wrapping Method Encrypt under an Active AES key the client may access (Cryptographic
 * Usage Mask with Wrap Key when the key has a mask), with AES Key Wrap (RFC 3394, Block Cipher Mode
 * NIST Key Wrap, the default) or AES Key Wrap with Padding (RFC 5649). The Encoding Option decides
 * what is wrapped: the Key Value's TTLV encoding (TTLV Encoding, the default) or the key material
 * bytes (No Encoding). MAC/sign methods and other wrapping algorithms are refused with a clear
 * reason.
 */
final class KeyWrapping {

  private KeyWrapping() {}

  static ManagedObject wrap(ManagedObject object, TtlvItem.Structure spec, RequestContext ctx) {
    return wrap(object, spec, ctx, false);
  }

  /**
   * As {@link #wrap(ManagedObject, TtlvItem.Structure, RequestContext)}; {@code structureForm}: a
   * No Encoding result goes as a Key Value structure holding the wrapped Key Material rather than
   * as the Byte String Key Value.
   */
  static ManagedObject wrap(ManagedObject object, TtlvItem.Structure spec, RequestContext ctx, boolean structureForm) {
    KeyBlock kb = ManagedObjects.keyBlock(object);
    if (kb == null || !(kb.keyValue() instanceof KeyValue.Plain plain) || kb.keyWrappingData() != null) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Key Wrapping Specification: given for a "
          + object.objectType().specName() + " (expected: an object with a plaintext Key Block)");
    }
    int method = spec.find(Tag.WRAPPING_METHOD, TtlvItem.Enumeration.class).map(TtlvItem.Enumeration::value)
        .orElseThrow(() -> new KmipException(ResultReason.INVALID_MESSAGE,
            "Key Wrapping Specification: Wrapping Method missing (expected: present)"));
    if (method != WrappingMethod.ENCRYPT.value()) {
      throw new KmipException(ResultReason.FEATURE_NOT_SUPPORTED, "Wrapping Method: 0x" + Integer.toHexString(method)
          + " (expected: Encrypt; MAC/sign wrapping is not supported)");
    }
    TtlvItem.Structure eki = spec.find(Tag.ENCRYPTION_KEY_INFORMATION, TtlvItem.Structure.class)
        .orElseThrow(() -> new KmipException(ResultReason.MISSING_DATA,
            "Key Wrapping Specification: Encryption Key Information missing (expected: present for Encrypt)"));
    String wrappingUid = eki.find(Tag.UNIQUE_IDENTIFIER, TtlvItem.Text.class).map(TtlvItem.Text::value)
        .orElseThrow(() -> new KmipException(ResultReason.MISSING_DATA,
            "Encryption Key Information: Unique Identifier missing (expected: present)"));
    TtlvItem.Structure params = eki.find(Tag.CRYPTOGRAPHIC_PARAMETERS, TtlvItem.Structure.class).orElse(null);
    BlockCipherMode mode = params == null ? null : CryptographicParameters.fromTtlv(params).blockCipherMode();
    if (mode != null && mode != BlockCipherMode.NISTKEYWRAP && mode != BlockCipherMode.AESKEYWRAPPADDING) {
      throw new KmipException(ResultReason.FEATURE_NOT_SUPPORTED, "Block Cipher Mode: " + mode.specName()
          + " (expected: NISTKeyWrap or AESKeyWrapPadding for key wrapping)");
    }
    EncodingOption encoding = spec.find(Tag.ENCODING_OPTION, TtlvItem.Enumeration.class)
        .map(e -> EncodingOption.fromValue(e.value())).orElse(EncodingOption.TTLV_ENCODING);

    LoadedObject wk = activeAesWrappingKey(ctx, wrappingUid);
    int mask = wk.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK).orElse(CryptographicUsageMask.WRAP_KEY.value());
    if ((mask & CryptographicUsageMask.WRAP_KEY.value()) == 0) {
      throw new KmipException(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK, "wrapping key Cryptographic Usage Mask: "
          + mask + " (expected: Wrap Key set)");
    }
    ManagedObject wrappingKey = ctx.objects().material(wk);
    byte[] kek = ManagedObjects.keyBlock(wrappingKey).keyMaterial().bytes();
    byte[] data = encoding == EncodingOption.NO_ENCODING
        ? plain.keyMaterial().bytes()
        : TtlvEncoder.encode(plain.toTtlv(ctx.version));
    try {
      boolean padding = mode == BlockCipherMode.AESKEYWRAPPADDING || data.length % 8 != 0 || data.length < 16;
      Cipher c = Cipher.getInstance(padding ? "AESWrapPad" : "AESWrap");
      c.init(Cipher.WRAP_MODE, new SecretKeySpec(kek, "AES"));
      byte[] wrapped = c.wrap(new SecretKeySpec(data, "AES"));
      KeyWrappingData wd = new KeyWrappingData(WrappingMethod.ENCRYPT,
          new KeyWrappingData.KeyInformation(wrappingUid, params), null, null, null,
          spec.find(Tag.ENCODING_OPTION).isPresent() ? encoding : null);
      // No Encoding wraps the Key Material alone; KMIP 1.4 §2.1.5 speaks of "the Byte String Key
      // Material field in the Key Value structure", and clients send either that structure or the
      // Byte String Key Value. The Byte String is the default; a key the client registered wrapped in
      // the structure form gets that form back (OASIS TC-WRAP-3-14; TC-SENSITIVE-1-14 the default).
      KeyValue value = encoding == EncodingOption.NO_ENCODING && structureForm
          ? KeyValue.Plain.of(dev.clavis.codec.KeyMaterial.of(wrapped))
          : new KeyValue.Wrapped(wrapped);
      KeyBlock out = new KeyBlock(kb.keyFormatType(), null, value, kb.cryptographicAlgorithm(),
          kb.cryptographicLength(), wd);
      return withKeyBlock(object, out);
    } catch (GeneralSecurityException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "key wrap: " + e.getClass().getSimpleName() + " (expected: AES key wrap to succeed)", e);
    } finally {
      Arrays.fill(kek, (byte) 0);
      Arrays.fill(data, (byte) 0);
      wrappingKey.wipe();
    }
  }

  /**
   * Unwraps a key registered wrapped, for Get with Key Wrap Type Not Wrapped (KMIP 1.4 §4.11,
   * KMIP 2.1 §6.1.19): Wrapping Method Encrypt with AES Key Wrap (RFC 3394 / RFC 5649) under the
   * key its Encryption Key Information names, which must be an Active AES key the client may
   * access, with Unwrap Key or Wrap Key in its mask when it has one. An object that is not
   * wrapped is returned as it is. The caller wipes {@code object}.
   */
  static ManagedObject unwrap(ManagedObject object, RequestContext ctx) {
    KeyBlock kb = ManagedObjects.keyBlock(object);
    if (kb == null || kb.keyWrappingData() == null) {
      return object;
    }
    KeyWrappingData wd = kb.keyWrappingData();
    if (wd.wrappingMethod() != WrappingMethod.ENCRYPT || wd.encryptionKeyInformation() == null) {
      throw new KmipException(ResultReason.FEATURE_NOT_SUPPORTED, "Key Wrapping Data: Wrapping Method "
          + wd.wrappingMethod().specName() + " (expected: Encrypt with Encryption Key Information to unwrap)");
    }
    String wrappingUid = wd.encryptionKeyInformation().uniqueIdentifier();
    TtlvItem.Structure params = wd.encryptionKeyInformation().cryptographicParameters();
    BlockCipherMode mode = params == null ? null : CryptographicParameters.fromTtlv(params).blockCipherMode();
    if (mode != null && mode != BlockCipherMode.NISTKEYWRAP && mode != BlockCipherMode.AESKEYWRAPPADDING) {
      throw new KmipException(ResultReason.FEATURE_NOT_SUPPORTED, "Block Cipher Mode: " + mode.specName()
          + " (expected: NISTKeyWrap or AESKeyWrapPadding for key unwrapping)");
    }
    EncodingOption encoding = wd.encodingOption() == null ? EncodingOption.TTLV_ENCODING : wd.encodingOption();
    byte[] wrapped = switch (kb.keyValue()) {
      case KeyValue.Wrapped w -> w.bytes();
      case KeyValue.Plain p -> p.keyMaterial().isTransparent() ? null : p.keyMaterial().bytes();
      case null -> null;
    };
    if (wrapped == null) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Key Value of a wrapped key: not a Byte String "
          + "(expected: the wrapped bytes)");
    }
    LoadedObject wk = activeAesWrappingKey(ctx, wrappingUid);
    int both = CryptographicUsageMask.UNWRAP_KEY.value() | CryptographicUsageMask.WRAP_KEY.value();
    int mask = wk.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK).orElse(both);
    if ((mask & both) == 0) {
      throw new KmipException(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK, "wrapping key Cryptographic Usage Mask: "
          + mask + " (expected: Unwrap Key or Wrap Key set)");
    }
    ManagedObject wrappingKey = ctx.objects().material(wk);
    byte[] kek = ManagedObjects.keyBlock(wrappingKey).keyMaterial().bytes();
    byte[] data = null;
    try {
      boolean padding = mode == BlockCipherMode.AESKEYWRAPPADDING || wrapped.length % 8 != 0;
      Cipher c = Cipher.getInstance(padding ? "AESWrapPad" : "AESWrap");
      c.init(Cipher.UNWRAP_MODE, new SecretKeySpec(kek, "AES"));
      data = c.unwrap(wrapped, "AES", Cipher.SECRET_KEY).getEncoded();
      KeyValue value = encoding == EncodingOption.NO_ENCODING
          ? KeyValue.Plain.of(dev.clavis.codec.KeyMaterial.of(data.clone()))
          : KeyValue.fromTtlv(dev.clavis.codec.TtlvDecoder.decode(data, dev.clavis.codec.TtlvLimits.DEFAULT));
      KeyBlock out = new KeyBlock(kb.keyFormatType(), null, value, kb.cryptographicAlgorithm(), kb.cryptographicLength(), null);
      return withKeyBlock(object, out);
    } catch (GeneralSecurityException | IllegalArgumentException | dev.clavis.codec.TtlvException e) {
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "key unwrap: " + e.getClass().getSimpleName() + " (expected: AES key unwrap under " + wrappingUid + " to succeed)", e);
    } finally {
      Arrays.fill(kek, (byte) 0);
      if (data != null) {
        Arrays.fill(data, (byte) 0);
      }
      wrappingKey.wipe();
    }
  }

  /** {@code object} with its Key Block replaced by {@code out}. */
  private static ManagedObject withKeyBlock(ManagedObject object, KeyBlock out) {
    return switch (object) {
      case SymmetricKey k -> new SymmetricKey(out);
      case PrivateKey k -> new PrivateKey(out);
      case PublicKey k -> new PublicKey(out);
      case SecretData s -> new SecretData(s.secretDataType(), out);
      case SplitKey s -> new SplitKey(s.splitKeyParts(), s.keyPartIdentifier(), s.splitKeyThreshold(),
          s.splitKeyMethod(), s.primeFieldSize(), out);
      case PGPKey p -> new PGPKey(p.pgpKeyVersion(), out);
      default -> throw new IllegalStateException("no key block: " + object.objectType());
    };
  }

  /**
   * The wrapping key of a Key Wrapping Specification or Key Wrapping Data: an Active AES Symmetric
   * Key; one that does not exist (or is not visible) is Wrapping Object Not Found (KMIP 2.1
   * §6.1.19 Get errors; Item Not Found before 2.0).
   */
  private static LoadedObject activeAesWrappingKey(RequestContext ctx, String wrappingUid) {
    LoadedObject wk;
    try {
      wk = ctx.objects().load(wrappingUid);
    } catch (KmipException e) {
      if (e.reason() != ResultReason.OBJECT_NOT_FOUND) {
        throw e;
      }
      throw new KmipException(ResultReason.WRAPPING_OBJECT_NOT_FOUND, "wrapping key " + e.getMessage());
    }
    if (wk.objectType() != ObjectType.SYMMETRIC_KEY
        || wk.attributes().enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM).orElse(-1) != CryptographicAlgorithm.AES.value()) {
      throw new KmipException(ResultReason.INVALID_FIELD, "wrapping key " + wrappingUid
          + ": not an AES Symmetric Key (expected: an AES key for AES Key Wrap)");
    }
    if (wk.state() != State.ACTIVE) {
      throw new KmipException(ResultReason.WRONG_KEY_LIFECYCLE_STATE, "wrapping key State: " + wk.state().specName()
          + " (expected: Active)");
    }
    return wk;
  }
}
