package dev.clavis.hsm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.channels.FileChannel;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.util.Base64;
import java.util.Set;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The embedded default: the KEK versions live in a PKCS#12 keystore, {@code <data-dir>/kek.p12}
 * (mode 0600), protected by a passphrase from {@value KeyProtectionConfig#KEK_PASSPHRASE_ENV} or
 * {@code --kek-passphrase-file}. On a first start with neither, a random passphrase is written to
 * {@code <data-dir>/kek.pass} (0600) with a warning; later starts read it from there when nothing
 * else is given.
 *
 * <p>This is not an HSM: the KEK is in this process's memory while it runs, and "resident" keys
 * are entries of the same keystore (encrypted with the passphrase, PBES2 with AES-256) used in
 * process through the JDK providers.
 */
public final class SoftwareKeyProtection extends KeyStoreKeyProtection {

    public static final String KEYSTORE_FILE = "kek.p12";
    public static final String GENERATED_PASSPHRASE_FILE = "kek.pass";

    private static final System.Logger LOG = System.getLogger(SoftwareKeyProtection.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final KeyStore.PasswordProtection protection;

    private SoftwareKeyProtection(KeyStore keyStore, Path file, KeyStore.PasswordProtection protection,
            KeyProtectionConfig config) {
        super(keyStore, null, "", config);
        this.file = file;
        this.protection = protection;
    }

    /** Opens (or on first start creates) the keystore in {@code config.dataDir()}; see the class comment. */
    public static SoftwareKeyProtection open(KeyProtectionConfig config) {
        SelfTest.require(null);
        Path dir = config.dataDir();
        Path file = dir.resolve(KEYSTORE_FILE);
        Path generated = dir.resolve(GENERATED_PASSPHRASE_FILE);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    "data directory: " + dir + " cannot be created (expected: a writable directory)", e);
        }
        boolean exists = Files.exists(file);
        char[] passphrase = Secrets.read(config.environment(), KeyProtectionConfig.KEK_PASSPHRASE_ENV,
                config.kekPassphraseFile(), "--kek-passphrase-file");
        if (passphrase == null && Files.exists(generated)) {
            passphrase = Secrets.readFile(generated, GENERATED_PASSPHRASE_FILE);
            LOG.log(System.Logger.Level.WARNING, "KEK passphrase read from " + generated
                    + ", generated on first start: production must supply its own through "
                    + KeyProtectionConfig.KEK_PASSPHRASE_ENV + " or --kek-passphrase-file");
        }
        if (passphrase == null && exists) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION, "KEK keystore " + file
                    + ": no passphrase (expected: " + KeyProtectionConfig.KEK_PASSPHRASE_ENV
                    + " or --kek-passphrase-file)");
        }
        if (passphrase == null) {
            passphrase = generatePassphrase(generated);
        }
        KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(passphrase);
        Secrets.wipe(passphrase);
        SoftwareKeyProtection opened = null;
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            if (exists) {
                try (InputStream in = Files.newInputStream(file)) {
                    keyStore.load(in, protection.getPassword());
                } catch (IOException e) {
                    if (e.getCause() instanceof UnrecoverableKeyException) {
                        throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION, "KEK keystore "
                                + file + ": wrong passphrase (expected: the passphrase it was created with, from "
                                + KeyProtectionConfig.KEK_PASSPHRASE_ENV + " or --kek-passphrase-file"
                                + (Files.exists(generated) ? "; " + generated + " holds the one generated on first start"
                                        : "") + ")");
                    }
                    throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION, "KEK keystore "
                            + file + ": unreadable: " + describe(e) + " (expected: a PKCS#12 file)", e);
                }
            } else {
                keyStore.load(null, null);
            }
            opened = new SoftwareKeyProtection(keyStore, file, protection, config);
            opened.start();
            return opened;
        } catch (GeneralSecurityException | IOException e) {
            protectionDestroy(protection);
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    "KEK keystore " + file + ": " + describe(e), e);
        } catch (RuntimeException e) {
            if (opened != null) {
                opened.close();
            } else {
                protectionDestroy(protection);
            }
            throw e;
        }
    }

    private static char[] generatePassphrase(Path generated) {
        byte[] random = new byte[32];
        SecureRandom drbg = SelfTest.newDrbg("clavis-kek-passphrase");
        drbg.nextBytes(random);
        byte[] encoded = Base64.getUrlEncoder().withoutPadding().encode(random);
        Secrets.wipe(random);
        try {
            try (FileChannel channel = FileChannel.open(generated, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), ownerOnly())) {
                channel.write(java.nio.ByteBuffer.wrap(encoded));
                channel.write(java.nio.ByteBuffer.wrap("\n".getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            LOG.log(System.Logger.Level.WARNING, "no KEK passphrase given: generated one into " + generated
                    + " (mode 0600). This is for trying Clavis only: production must supply its own passphrase "
                    + "through " + KeyProtectionConfig.KEK_PASSPHRASE_ENV + " or --kek-passphrase-file, kept apart "
                    + "from the data directory");
            return Secrets.decode(encoded, encoded.length, GENERATED_PASSPHRASE_FILE);
        } catch (FileAlreadyExistsException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    generated + ": appeared during start-up (expected: one server per data directory)");
        } catch (IOException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    generated + ": cannot be written: " + describe(e), e);
        } finally {
            Secrets.wipe(encoded);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        try {
            if (Files.getFileStore(Path.of(".")).supportsFileAttributeView("posix")) {
                return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
            }
        } catch (IOException e) {
            // Fall through: no attribute.
        }
        return new FileAttribute<?>[0];
    }

    private static void protectionDestroy(KeyStore.PasswordProtection protection) {
        try {
            protection.destroy();
        } catch (javax.security.auth.DestroyFailedException e) {
            // PasswordProtection.destroy wipes its copy; it does not fail.
        }
    }

    @Override
    public String kind() {
        return "software";
    }

    /** The keystore file. */
    public Path file() {
        return file;
    }

    @Override
    KeyStore.ProtectionParameter entryProtection() {
        return protection;
    }

    @Override
    char[] password() {
        return protection.getPassword();
    }

    @Override
    SecretKey newKek(SecureRandom random) throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256, random);
        return generator.generateKey();
    }

    @Override
    void checkKek(String alias, SecretKey kek) {
        if (!"AES".equalsIgnoreCase(kek.getAlgorithm())) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    "KEK " + alias + ": algorithm " + kek.getAlgorithm() + " (expected: AES)");
        }
    }

    /** Writes the keystore to a 0600 temporary file, forces it to disk, and moves it over the old one. */
    @Override
    void persist() throws IOException, GeneralSecurityException {
        Path dir = file.getParent();
        Path tmp = Files.createTempFile(dir, KEYSTORE_FILE, ".tmp", ownerOnly());
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                keyStore.store(out, protection.getPassword());
            }
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    void release() {
        protectionDestroy(protection);
    }

    @Override
    public String toString() {
        return "SoftwareKeyProtection[" + file + ", KEK v" + currentKekVersion() + "]";
    }
}
