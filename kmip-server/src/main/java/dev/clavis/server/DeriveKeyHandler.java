package dev.clavis.server;

import dev.clavis.codec.Attributes;
import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.DeriveKeyRequestPayload;
import dev.clavis.codec.DeriveKeyResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.Link;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.BlockCipherMode;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.DerivationMethod;
import dev.clavis.codec.spec.HashingAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.LinkType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.Tag;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import javax.crypto.KeyAgreement;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Derive Key (KMIP 1.4 §4.6, KMIP 2.1 §6.1.14): derives a Symmetric Key or Secret Data object
 * from the base objects named in the request — each Active and with Derive Key in its
 * Cryptographic Usage Mask (else Wrong Key Lifecycle State / Incompatible Cryptographic Usage
 * Mask) — and registers it with the requested attributes. Cryptographic Length is required (and
 * Cryptographic Algorithm for a key); a length the method cannot give is Invalid Field.
 *
 * <p>Methods ({@link KeyDerivation}): PBKDF2 (the base object is the password; Salt and Iteration
 * Count required; HMAC-SHA-1 unless a Hashing Algorithm is given); HASH (the digest of the base
 * object's material; no Derivation Data); HMAC (keyed with the base object, over the Derivation
 * Data; the hash from the parameters, the key's HMAC algorithm or its Cryptographic Parameters);
 * ENCRYPT (the Derivation Data encrypted under the base key with the Cryptographic Parameters; a
 * missing CBC IV is all zeros, KMIP 1.4 Table 182 "empty IV is assumed"); NIST800-108-C/F/DPI
 * (HMAC or, for an AES PRF, CMAC); HKDF (2.0, Salt and Derivation Data as info); Asymmetric Key
 * (1.4: ECDH of the first object, a private key, with the second, a public key; the raw shared
 * secret, truncated). AWS Signature Version 4 is Operation Not Supported.
 *
 * <p>Links: each base object gets a Derived Key Link to the new object, which gets a Derivation
 * Base Object Link to each base object. Sets the ID Placeholder to the new object (never reads
 * it: "the current value of the ID Placeholder SHALL NOT be used").
 */
final class DeriveKeyHandler implements OperationHandler<DeriveKeyRequestPayload> {

  private static final Provider BC = new BouncyCastleProvider();

  /** The largest derived object served, in bits. */
  static final int MAX_LENGTH_BITS = 8192;

  @Override
  public Class<DeriveKeyRequestPayload> requestType() {
    return DeriveKeyRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(DeriveKeyRequestPayload request, RequestContext ctx) {
    if (request.uniqueIdentifiers().isEmpty()) {
      throw CryptoKeys.missing("Unique Identifier", "the base object(s); the ID Placeholder is not used by Derive Key");
    }
    Attributes attributes = AttributeRules.forCreation(request.attributes(), ctx);
    int length = CreateHandler.length(attributes);
    CryptographicAlgorithm alg = null;
    if (request.objectType() == ObjectType.SYMMETRIC_KEY) {
      alg = CreateHandler.algorithm(attributes);
      if (alg == CryptographicAlgorithm.AES && length != 128 && length != 192 && length != 256) {
        throw new KmipException(ResultReason.INVALID_FIELD,
            "Cryptographic Length: " + length + " (expected: 128, 192 or 256 for AES)");
      }
    } else if (request.objectType() != ObjectType.SECRET_DATA) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Object Type: " + request.objectType().specName()
          + " (expected: Symmetric Key or Secret Data for Derive Key)");
    }
    if (length <= 0 || length % 8 != 0 || length > MAX_LENGTH_BITS) {
      throw new KmipException(ResultReason.INVALID_FIELD,
          "Cryptographic Length: " + length + " (expected: 8.." + MAX_LENGTH_BITS + " in whole bytes)");
    }
    List<LoadedObject> bases = new ArrayList<>();
    for (String uid : request.uniqueIdentifiers()) {
      bases.add(CryptoKeys.usable(ctx, uid, CryptographicUsageMask.DERIVE_KEY, "Derive Key"));
    }
    byte[] derived = derive(ctx, request.derivationMethod(), request.derivationParameters(), bases, length / 8);
    ManagedObject object = request.objectType() == ObjectType.SYMMETRIC_KEY
        ? new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, derived, alg, length))
        : new SecretData(SecretDataType.SEED, KeyBlock.of(KeyFormatType.OPAQUE, derived, null, null));
    String newUid = ctx.services.store().newUid();
    LinkedHashSet<String> baseUids = new LinkedHashSet<>();
    bases.forEach(b -> baseUids.add(b.uid()));
    try {
      Attributes a = attributes;
      for (String b : baseUids) {
        a = a.with(new Link(LinkType.DERIVATION_BASE_OBJECT_LINK, b).toAttribute());
      }
      ctx.objects().create(newUid, object, a);
    } finally {
      object.wipe();
    }
    for (String b : baseUids) {
      LoadedObject o = ctx.objects().loadForUpdate(b);
      ctx.objects().update(o, o.attributes().with(new Link(LinkType.DERIVED_KEY_LINK, newUid).toAttribute()));
    }
    ctx.idPlaceholder(newUid);
    return new DeriveKeyResponsePayload(newUid, null);
  }

  /** The derived bytes, exactly {@code lengthBytes} of them; the caller owns them. */
  private static byte[] derive(RequestContext ctx, DerivationMethod method, TtlvItem.Structure params,
      List<LoadedObject> bases, int lengthBytes) {
    LoadedObject base = bases.get(0);
    byte[] iv = bytes(params, Tag.INITIALIZATION_VECTOR);
    byte[] data = derivationData(params);
    byte[] salt = bytes(params, Tag.SALT);
    TtlvItem.Structure requestedParameters = params.find(Tag.CRYPTOGRAPHIC_PARAMETERS, TtlvItem.Structure.class)
        .orElse(null);
    if (method != DerivationMethod.ASYMMETRIC_KEY && bases.size() > 1) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Unique Identifier: " + bases.size()
          + " objects (expected: one base object for " + method.specName() + ")");
    }
    switch (method) {
      case PBKDF2 -> {
        if (data != null) {
          throw new KmipException(ResultReason.INVALID_FIELD,
              "Derivation Data: given (expected: none for PBKDF2, whose password is the base object)");
        }
        if (salt == null) {
          throw CryptoKeys.missing("Salt", "present for PBKDF2");
        }
        Integer iterations = params.find(Tag.ITERATION_COUNT, TtlvItem.Int.class).map(TtlvItem.Int::value)
            .orElseThrow(() -> CryptoKeys.missing("Iteration Count", "present for PBKDF2"));
        CryptographicParameters p = CryptographicParameters.fromTtlv(requestedParameters);
        HashingAlgorithm h = p == null ? null : p.hashingAlgorithm();
        byte[] password = secret(ctx, base);
        try {
          return KeyDerivation.pbkdf2(password, salt, iterations, h, lengthBytes);
        } finally {
          CryptoKeys.wipe(password);
        }
      }
      case HASH -> {
        if (data != null) {
          throw new KmipException(ResultReason.INVALID_FIELD,
              "Derivation Data: given (expected: none for HASH, which hashes the base object)");
        }
        HashingAlgorithm h = CryptoKeys.parameters(requestedParameters, base).hashingAlgorithm();
        if (h == null) {
          throw CryptoKeys.missing("Hashing Algorithm", "in the Cryptographic Parameters for HASH");
        }
        byte[] k = secret(ctx, base);
        try {
          return KeyDerivation.hash(k, h, lengthBytes);
        } finally {
          CryptoKeys.wipe(k);
        }
      }
      case HMAC -> {
        requireData(data, method);
        CryptographicParameters p = CryptoKeys.parameters(requestedParameters, base);
        HashingAlgorithm h = p.hashingAlgorithm() != null ? p.hashingAlgorithm() : KeyDerivation.hmacHash(p.cryptographicAlgorithm());
        if (h == null) {
          throw CryptoKeys.missing("Hashing Algorithm",
              "in the Cryptographic Parameters, or an HMAC Cryptographic Algorithm on the key, for HMAC");
        }
        byte[] k = secret(ctx, base);
        try {
          return KeyDerivation.hmac(k, data, h, lengthBytes);
        } finally {
          CryptoKeys.wipe(k);
        }
      }
      case ENCRYPT -> {
        requireData(data, method);
        CryptographicParameters p = CryptoKeys.parameters(requestedParameters, base);
        if (iv == null && p.blockCipherMode() == BlockCipherMode.CBC) {
          iv = new byte[p.cryptographicAlgorithm() == CryptographicAlgorithm.DES3 ? 8 : 16];
        } else if (iv == null && p.blockCipherMode() != null && p.blockCipherMode() != BlockCipherMode.ECB) {
          throw CryptoKeys.missing("Initialization Vector", "present for ENCRYPT in " + p.blockCipherMode().specName() + " mode");
        }
        ManagedObject key = ctx.objects().material(base);
        try {
          Ciphers.Encrypted e = Ciphers.encrypt(ctx, key, p, data, iv, null);
          return KeyDerivation.truncate(e.data(), lengthBytes, "ENCRYPT");
        } finally {
          key.wipe();
        }
      }
      case NIST800_108_C, NIST800_108_F, NIST800_108_DPI -> {
        requireData(data, method);
        CryptographicParameters p = CryptoKeys.parameters(requestedParameters, base);
        boolean cmac = p.cryptographicAlgorithm() == CryptographicAlgorithm.AES && p.hashingAlgorithm() == null;
        HashingAlgorithm h = p.hashingAlgorithm() != null ? p.hashingAlgorithm() : KeyDerivation.hmacHash(p.cryptographicAlgorithm());
        if (!cmac && h == null) {
          throw CryptoKeys.missing("PRF", "a Hashing Algorithm or HMAC Cryptographic Algorithm (HMAC PRF) or AES (CMAC)"
              + " in the Cryptographic Parameters for " + method.specName());
        }
        KeyDerivation.Sp800108Mode mode = switch (method) {
          case NIST800_108_C -> KeyDerivation.Sp800108Mode.COUNTER;
          case NIST800_108_F -> KeyDerivation.Sp800108Mode.FEEDBACK;
          default -> KeyDerivation.Sp800108Mode.DOUBLE_PIPELINE;
        };
        byte[] k = secret(ctx, base);
        try {
          return KeyDerivation.sp800108(mode, k, data, iv, h, cmac, lengthBytes);
        } finally {
          CryptoKeys.wipe(k);
        }
      }
      case HKDF -> {
        CryptographicParameters p = CryptographicParameters.fromTtlv(requestedParameters);
        byte[] k = secret(ctx, base);
        try {
          return KeyDerivation.hkdf(k, salt, data, p == null ? null : p.hashingAlgorithm(), lengthBytes);
        } finally {
          CryptoKeys.wipe(k);
        }
      }
      case ASYMMETRIC_KEY -> {
        return agree(ctx, bases, lengthBytes);
      }
      default -> throw CryptoKeys.unsupportedParameter("Derivation Method", method.specName());
    }
  }

  /**
   * ECDH of the private key (first object) with the public key (second object): the raw shared
   * secret, truncated. Bouncy Castle reads the keys and agrees, so every curve it knows works
   * (the JDK's SunEC has no secp256k1).
   */
  private static byte[] agree(RequestContext ctx, List<LoadedObject> bases, int lengthBytes) {
    if (bases.size() != 2 || bases.get(0).objectType() != ObjectType.PRIVATE_KEY
        || bases.get(1).objectType() != ObjectType.PUBLIC_KEY) {
      throw new KmipException(ResultReason.INVALID_OBJECT_TYPE, "Unique Identifier: " + bases.size()
          + " objects (expected: a private key then a public key for Asymmetric Key derivation)");
    }
    ManagedObject priv = ctx.objects().material(bases.get(0));
    ManagedObject pub = ctx.objects().material(bases.get(1));
    byte[] pkcs8 = null;
    try {
      pkcs8 = KeyFormats.toPkcs8(ManagedObjects.keyBlock(priv));
      KeyFactory kf = KeyFactory.getInstance("EC", BC);
      KeyAgreement ka = KeyAgreement.getInstance("ECDH", BC);
      ka.init(kf.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
      ka.doPhase(kf.generatePublic(new X509EncodedKeySpec(KeyFormats.toSpki(ManagedObjects.keyBlock(pub)))), true);
      return KeyDerivation.truncate(ka.generateSecret(), lengthBytes, "ECDH");
    } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
      if (e instanceof KmipException k) {
        throw k;
      }
      throw new KmipException(ResultReason.CRYPTOGRAPHIC_FAILURE,
          "Derive Key: ECDH " + e.getClass().getSimpleName() + " (expected: EC keys on the same curve)");
    } finally {
      CryptoKeys.wipe(pkcs8);
      priv.wipe();
      pub.wipe();
    }
  }

  private static byte[] secret(RequestContext ctx, LoadedObject o) {
    ManagedObject m = ctx.objects().material(o);
    try {
      return CryptoKeys.secret(m);
    } finally {
      m.wipe();
    }
  }

  private static void requireData(byte[] data, DerivationMethod method) {
    if (data == null) {
      throw CryptoKeys.missing("Derivation Data", "present for " + method.specName());
    }
  }

  private static byte[] bytes(TtlvItem.Structure params, int tag) {
    return params.find(tag, TtlvItem.Bytes.class).map(TtlvItem.Bytes::value).orElse(null);
  }

  /** The Derivation Data; repeated (KMIP 2.x) only for methods that take several, none of those served here. */
  private static byte[] derivationData(TtlvItem.Structure params) {
    List<TtlvItem> all = params.all(Tag.DERIVATION_DATA);
    if (all.size() > 1) {
      throw new KmipException(ResultReason.INVALID_FIELD,
          "Derivation Data: " + all.size() + " instances (expected: one for the methods this server implements)");
    }
    return bytes(params, Tag.DERIVATION_DATA);
  }
}
