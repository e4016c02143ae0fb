package dev.clavis.hsm;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.SecureRandom;
import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.security.auth.login.LoginException;
import org.bouncycastle.crypto.AsymmetricBlockCipher;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.encodings.OAEPEncoding;

/**
 * Key protection in a PKCS#11 token through SunPKCS11 (SoftHSM2 in tests, any vendor HSM in
 * production). The KEK versions are AES-256 token keys labelled {@code clavis-kek-v<N>} with
 * {@code CKA_SENSITIVE=true} and {@code CKA_EXTRACTABLE=false}; sealing and unsealing run inside
 * the token. Resident keys are token objects labelled {@code clavis-key-…} (key pairs with a
 * self-signed certificate, as SunPKCS11's KeyStore needs one to find a private key).
 *
 * <p>Configured by a SunPKCS11 configuration file ({@code --pkcs11-config}), or by a library and a
 * token label ({@code --pkcs11-library}, {@code --pkcs11-token-label}): SunPKCS11 has no label
 * keyword, so the label is resolved to its slot with {@code C_GetTokenInfo}, which needs the JVM
 * option {@code --add-exports jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED} (the
 * {@code clavis} launcher sets it). Either way the attribute templates that make every generated
 * secret and private key sensitive and non-extractable are appended to the configuration, and a KEK
 * found extractable is refused.
 *
 * <p>SunPKCS11 keeps its own session pool; operations here are bounded by
 * {@link KeyProtectionConfig#sessionPoolSize()} permits acquired within
 * {@link KeyProtectionConfig#sessionAcquireTimeout()}.
 */
public final class Pkcs11KeyProtection extends KeyStoreKeyProtection {

    public static final String LABEL_PREFIX = "clavis-";

    static final String SENSITIVE_TEMPLATES = """

            # Appended by Clavis: every secret and private key made or imported is sensitive and
            # never leaves the token.
            attributes(*, CKO_SECRET_KEY, *) = {
              CKA_SENSITIVE = true
              CKA_EXTRACTABLE = false
            }
            attributes(*, CKO_PRIVATE_KEY, *) = {
              CKA_SENSITIVE = true
              CKA_EXTRACTABLE = false
            }
            """;
    static final String WRAPPER_EXPORT = "--add-exports jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED";

    /** PKCS#11 v2.40 §5.4, C_Initialize flags: the library may use the OS locking primitives. */
    static final long CKF_OS_LOCKING_OK = 0x00000002L;

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final String description;

    private Pkcs11KeyProtection(KeyStore keyStore, Provider provider, String description, KeyProtectionConfig config) {
        super(keyStore, provider, LABEL_PREFIX, config);
        this.description = description;
    }

    /** Configures SunPKCS11, logs in, finds or creates the KEK, and runs the self-tests. */
    public static Pkcs11KeyProtection open(KeyProtectionConfig config) {
        SelfTest.require(null);
        String description;
        String text;
        if (config.pkcs11Config() != null) {
            Path file = config.pkcs11Config();
            description = "PKCS#11 config " + file;
            text = readConfig(file);
        } else {
            Path library = config.pkcs11Library();
            requireLibrary(library);
            long slot = slotOf(library, config.pkcs11TokenLabel());
            description = "PKCS#11 token '" + config.pkcs11TokenLabel() + "' (slot " + slot + ") in " + library;
            text = "name = Clavis" + INSTANCES.incrementAndGet() + "\nlibrary = " + library + "\nslot = " + slot + "\n";
        }
        Provider provider = configure(text + SENSITIVE_TEMPLATES, description);
        char[] pin = Secrets.read(config.environment(), KeyProtectionConfig.PKCS11_PIN_ENV,
                config.pkcs11PinFile(), "--pkcs11-pin-file");
        if (pin == null) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION, description
                    + ": no PIN (expected: " + KeyProtectionConfig.PKCS11_PIN_ENV + " or --pkcs11-pin-file)");
        }
        KeyStore keyStore;
        try {
            keyStore = KeyStore.getInstance("PKCS11", provider);
            keyStore.load(null, pin);
        } catch (IOException e) {
            String chain = describe(e);
            boolean badPin = chain.contains("CKR_PIN_INCORRECT") || chain.contains("CKR_PIN_LEN_RANGE")
                    || e.getCause() instanceof LoginException;
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION, description
                    + (badPin ? ": login refused, wrong PIN (expected: the user PIN from "
                            + KeyProtectionConfig.PKCS11_PIN_ENV + " or --pkcs11-pin-file)"
                            : ": login failed: " + chain + " (expected: a present, initialised token)"), e);
        } catch (GeneralSecurityException | ProviderException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    description + ": keystore unavailable: " + describe(e), e);
        } finally {
            Secrets.wipe(pin);
        }
        Pkcs11KeyProtection opened = new Pkcs11KeyProtection(keyStore, provider, description, config);
        try {
            SelfTest.require(provider);
            opened.start();
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private static String readConfig(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    "--pkcs11-config: " + file + " not found (expected: a SunPKCS11 configuration file)");
        }
        try {
            if (Files.size(file) > 64 * 1024) {
                throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                        "--pkcs11-config: " + file + " larger than 64 KiB (expected: a SunPKCS11 configuration file)");
            }
            return Files.readString(file, StandardCharsets.UTF_8) + "\n";
        } catch (IOException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    "--pkcs11-config: " + file + " unreadable: " + describe(e), e);
        }
    }

    private static void requireLibrary(Path library) {
        if (!Files.isRegularFile(library)) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION, "--pkcs11-library: "
                    + library + " not found (expected: a PKCS#11 module, e.g. /usr/lib/softhsm/libsofthsm2.so)");
        }
    }

    private static Provider configure(String text, String description) {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    description + ": SunPKCS11 provider absent (expected: a JDK with jdk.crypto.cryptoki)");
        }
        try {
            return base.configure("--" + text);
        } catch (ProviderException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    description + ": SunPKCS11 refused it: " + describe(e)
                            + " (expected: a loadable library and a present token)", e);
        }
    }

    /**
     * Finds the slot whose token carries {@code label} (trailing blanks ignored, as PKCS#11 pads
     * labels to 32 characters).
     */
    static long slotOf(Path library, String label) {
        try {
            Class<?> pkcs11 = Class.forName("sun.security.pkcs11.wrapper.PKCS11");
            Class<?> initArgs = Class.forName("sun.security.pkcs11.wrapper.CK_C_INITIALIZE_ARGS");
            Method getInstance = pkcs11.getMethod("getInstance", String.class, String.class, initArgs, boolean.class);
            // Initialise as SunPKCS11 does, with CKF_OS_LOCKING_OK: SunPKCS11 reuses this module
            // instance, and a library initialised without it may assume one thread only (SoftHSM2
            // then crashes under concurrent sessions).
            Object args = initArgs.getConstructor().newInstance();
            initArgs.getField("flags").setLong(args, CKF_OS_LOCKING_OK);
            Object module = getInstance.invoke(null, library.toString(), "C_GetFunctionList", args, false);
            long[] slots = (long[]) pkcs11.getMethod("C_GetSlotList", boolean.class).invoke(module, true);
            Method tokenInfo = pkcs11.getMethod("C_GetTokenInfo", long.class);
            List<String> seen = new ArrayList<>();
            for (long slot : slots) {
                Object info;
                try {
                    info = tokenInfo.invoke(module, slot);
                } catch (InvocationTargetException e) {
                    continue; // a token removed or broken meanwhile: not the one asked for
                }
                String tokenLabel = new String((char[]) info.getClass().getField("label").get(info)).stripTrailing();
                if (tokenLabel.equals(label)) {
                    return slot;
                }
                if (!tokenLabel.isEmpty()) {
                    seen.add(tokenLabel);
                }
            }
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION, "--pkcs11-token-label: '"
                    + label + "' not found in " + library + " (expected: one of " + seen + ")");
        } catch (IllegalAccessException | IllegalArgumentException | InstantiationException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    "--pkcs11-token-label: cannot read token labels (expected: the JVM option " + WRAPPER_EXPORT
                            + ", or --pkcs11-config with a slot)", e);
        } catch (ClassNotFoundException | NoSuchMethodException | NoSuchFieldException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    "--pkcs11-token-label: this JDK's SunPKCS11 wrapper differs: " + describe(e)
                            + " (expected: --pkcs11-config with a slot)", e);
        } catch (InvocationTargetException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION, "--pkcs11-library: "
                    + library + ": cannot list its tokens: " + describe(e.getCause())
                    + " (expected: a loadable PKCS#11 module with its tokens present)", e.getCause());
        }
    }

    @Override
    public String kind() {
        return "pkcs11";
    }

    @Override
    KeyStore.ProtectionParameter entryProtection() {
        return null;
    }

    @Override
    char[] password() {
        return null;
    }

    @Override
    SecretKey newKek(SecureRandom random) throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES", provider);
        generator.init(256);
        return generator.generateKey();
    }

    @Override
    void checkKek(String alias, SecretKey kek) {
        byte[] encoded = kek.getEncoded();
        if (encoded != null) {
            Secrets.wipe(encoded);
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION, "KEK " + alias
                    + ": extractable from the token (expected: CKA_SENSITIVE=true, CKA_EXTRACTABLE=false)");
        }
    }

    @Override
    void persist() {
        // Token objects are durable as soon as they are created.
    }

    /**
     * SunPKCS11 offers no OAEP cipher for SoftHSM2: decrypt with raw RSA ({@code CKM_RSA_X_509}) in
     * the token and remove the OAEP encoding (SHA-256, MGF1-SHA-256, empty label) here.
     */
    @Override
    byte[] rsaDecrypt(CipherAlgorithm algorithm, PrivateKey key, int modulusBits, byte[] data)
            throws GeneralSecurityException {
        if (algorithm != CipherAlgorithm.RSA_OAEP_SHA256) {
            return super.rsaDecrypt(algorithm, key, modulusBits, data);
        }
        Cipher raw = cipher("RSA/ECB/NoPadding");
        raw.init(Cipher.DECRYPT_MODE, key);
        int modulusBytes = (modulusBits + 7) / 8;
        OAEPEncoding oaep = new OAEPEncoding(new TokenRsa(raw, modulusBytes), SHA256Digest.newInstance(),
                SHA256Digest.newInstance(), null);
        oaep.init(false, null);
        try {
            return oaep.processBlock(data, 0, data.length);
        } catch (InvalidCipherTextException e) {
            throw new javax.crypto.BadPaddingException("RSA-OAEP decrypt: bad padding (expected: OAEP SHA-256)");
        }
    }

    /** Raw RSA decryption in the token, shaped as Bouncy Castle's block cipher for OAEP decoding. */
    private static final class TokenRsa implements AsymmetricBlockCipher {
        private final Cipher raw;
        private final int modulusBytes;

        TokenRsa(Cipher raw, int modulusBytes) {
            this.raw = raw;
            this.modulusBytes = modulusBytes;
        }

        @Override
        public void init(boolean forEncryption, CipherParameters param) {
            if (forEncryption) {
                throw new UnsupportedOperationException("token RSA: decryption only");
            }
        }

        @Override
        public int getInputBlockSize() {
            return modulusBytes;
        }

        /** As Bouncy Castle's RSA engine when decrypting: the encoded message without its 0x00 byte. */
        @Override
        public int getOutputBlockSize() {
            return modulusBytes - 1;
        }

        @Override
        public byte[] processBlock(byte[] in, int inOff, int len) throws InvalidCipherTextException {
            byte[] out;
            try {
                out = raw.doFinal(in, inOff, len);
            } catch (GeneralSecurityException e) {
                throw new InvalidCipherTextException("token RSA decrypt failed: " + e.getClass().getSimpleName());
            }
            if (out.length < modulusBytes) {
                return out; // leading zero bytes already dropped: OAEP decoding right-aligns it
            }
            // Drop the leading byte; OAEP decoding rejects the block when it was not zero.
            byte[] block = java.util.Arrays.copyOfRange(out, 1, out.length);
            boolean leadingZero = out[0] == 0;
            Secrets.wipe(out);
            if (!leadingZero) {
                Secrets.wipe(block);
                throw new InvalidCipherTextException("RSA-OAEP: encoded message does not start with 0x00");
            }
            return block;
        }
    }

    @Override
    void release() {
        if (provider instanceof AuthProvider auth) {
            try {
                auth.logout();
            } catch (LoginException | ProviderException e) {
                // Already logged out or token gone: nothing more to release.
            }
        }
    }

    @Override
    public String toString() {
        return "Pkcs11KeyProtection[" + description + ", KEK v" + currentKekVersion() + "]";
    }
}
