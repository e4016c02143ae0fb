package dev.clavis.hsm;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Sealed key material, as stored: self-describing bytes plus the KEK version they were sealed
 * under (also stored in its own column so rotation can count blobs per version).
 *
 * <pre>
 * offset  size  field
 *      0     1  format        0x01 = AES-256-GCM, 96-bit nonce, 128-bit tag
 *      1     4  KEK version   unsigned big-endian, &ge; 1
 *      5    12  nonce         random, from the DRBG
 *     17     n  ciphertext    same length as the plaintext
 *   17+n    16  tag           GCM authentication tag
 * </pre>
 *
 * The associated data is {@code format ‖ len(uid) ‖ uid ‖ len(type) ‖ type ‖ version}, lengths as
 * 4-byte big-endian counts of UTF-8 bytes ({@code docs/adr/0003-key-sealing.md}).
 *
 * <p>{@link #toString()} prints the format, version and length only.
 *
 * @param kekVersion the KEK version, equal to the one in {@code bytes}
 * @param bytes the blob; copied in and out
 */
public record SealedBlob(int kekVersion, byte[] bytes) {

    /** The only format so far: AES-256-GCM with a 12-byte nonce and a 16-byte tag. */
    public static final byte FORMAT_AES256_GCM = 0x01;
    static final int HEADER_BYTES = 1 + 4 + 12;
    static final int TAG_BYTES = 16;
    /** The smallest well-formed blob (empty plaintext). */
    public static final int MIN_BYTES = HEADER_BYTES + TAG_BYTES;

    public SealedBlob {
        if (bytes == null) {
            throw new IllegalArgumentException("sealed blob: null (expected: bytes)");
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException(
                    "sealed blob length: " + bytes.length + " (expected: >= " + MIN_BYTES + ")");
        }
        if (bytes[0] != FORMAT_AES256_GCM) {
            throw new IllegalArgumentException("sealed blob format: 0x"
                    + HexFormat.of().toHexDigits(bytes[0]) + " (expected: 0x01)");
        }
        int inBytes = versionOf(bytes);
        if (kekVersion != inBytes) {
            throw new IllegalArgumentException("sealed blob KEK version: " + kekVersion
                    + " (expected: " + inBytes + ", the version in its header)");
        }
        bytes = bytes.clone();
    }

    /** Wraps stored bytes, reading the KEK version from their header. */
    public static SealedBlob of(byte[] bytes) {
        if (bytes == null || bytes.length < 5) {
            throw new IllegalArgumentException("sealed blob length: "
                    + (bytes == null ? "null" : bytes.length) + " (expected: >= " + MIN_BYTES + ")");
        }
        return new SealedBlob(versionOf(bytes), bytes);
    }

    private static int versionOf(byte[] bytes) {
        return ((bytes[1] & 0xff) << 24) | ((bytes[2] & 0xff) << 16) | ((bytes[3] & 0xff) << 8)
                | (bytes[4] & 0xff);
    }

    /** A copy of the blob. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The blob length in bytes. */
    public int byteCount() {
        return bytes.length;
    }

    /** The sealed plaintext's length in bytes. */
    public int plaintextByteCount() {
        return bytes.length - MIN_BYTES;
    }

    /** The blob without copying, for this package's cipher calls only. */
    byte[] raw() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedBlob other && other.kekVersion == kekVersion
                && Arrays.equals(other.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * kekVersion + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SealedBlob[format=1, kekVersion=" + kekVersion + ", byteCount=" + bytes.length + "]";
    }
}
