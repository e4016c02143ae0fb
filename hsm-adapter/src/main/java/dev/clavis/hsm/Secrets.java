package dev.clavis.hsm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Reads passphrases and PINs from an environment variable or a file, into {@code char[]} the
 * caller wipes. A secret file readable by others than its owner's group is refused.
 */
final class Secrets {

    static final int MAX_SECRET_BYTES = 4096;

    private Secrets() {
    }

    /**
     * The secret from {@code file} when given, else from {@code envName}, else null. The file wins
     * over the variable so an operator can override an inherited environment.
     */
    static char[] read(Map<String, String> environment, String envName, Path file, String flag) {
        if (file != null) {
            return readFile(file, flag);
        }
        String value = environment.get(envName);
        if (value != null && !value.isEmpty()) {
            // The environment hands out a String that cannot be wiped; copy it and drop the reference.
            return value.toCharArray();
        }
        return null;
    }

    /** Reads a secret file: UTF-8, one trailing newline removed, not world-readable. */
    static char[] readFile(Path file, String flag) {
        if (!Files.isRegularFile(file)) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    flag + ": " + file + " not found (expected: a readable file)");
        }
        requireNotWorldReadable(file, flag);
        byte[] bytes = null;
        try {
            long size = Files.size(file);
            if (size > MAX_SECRET_BYTES) {
                throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                        flag + ": " + file + " is " + size + " bytes (expected: <= " + MAX_SECRET_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
            int end = bytes.length;
            while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
                end--;
            }
            if (end == 0) {
                throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                        flag + ": " + file + " is empty (expected: the secret on its first line)");
            }
            return decode(bytes, end, flag + ": " + file);
        } catch (IOException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    flag + ": " + file + " unreadable: " + e.getClass().getSimpleName(), e);
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    static void requireNotWorldReadable(Path file, String flag) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.OTHERS_READ)
                    || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                        flag + ": " + file + " is accessible to others (expected: mode 0600 or 0640)");
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to check.
        } catch (IOException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    flag + ": " + file + " unreadable: " + e.getClass().getSimpleName(), e);
        }
    }

    static char[] decode(byte[] bytes, int byteCount, String what) {
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, byteCount));
            char[] out = new char[chars.remaining()];
            chars.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.CONFIGURATION,
                    what + ": not UTF-8 (expected: a UTF-8 text line)");
        } finally {
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    static void wipe(byte[] secret) {
        if (secret != null) {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
