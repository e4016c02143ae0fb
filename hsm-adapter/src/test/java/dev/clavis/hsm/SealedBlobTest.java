package dev.clavis.hsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The blob record, the associated data layout and the configuration's checks. */
class SealedBlobTest {

    static byte[] blob(int version, int plaintextBytes) {
        byte[] b = new byte[SealedBlob.MIN_BYTES + plaintextBytes];
        b[0] = 1;
        b[1] = (byte) (version >>> 24);
        b[2] = (byte) (version >>> 16);
        b[3] = (byte) (version >>> 8);
        b[4] = (byte) version;
        return b;
    }

    @Test
    void versionIsReadFromTheHeaderAndMustAgree() {
        SealedBlob blob = SealedBlob.of(blob(258, 32));
        assertThat(blob.kekVersion()).isEqualTo(258);
        assertThat(blob.plaintextByteCount()).isEqualTo(32);
        assertThatThrownBy(() -> new SealedBlob(3, blob(258, 0)))
                .hasMessage("sealed blob KEK version: 3 (expected: 258, the version in its header)");
        assertThatThrownBy(() -> SealedBlob.of(null)).hasMessage("sealed blob length: null (expected: >= 33)");
    }

    @Test
    void bytesAreCopiedInAndOut() {
        byte[] raw = blob(1, 4);
        SealedBlob blob = SealedBlob.of(raw);
        raw[20] = 9;
        blob.bytes()[21] = 9;
        assertThat(blob.bytes()).isEqualTo(blob(1, 4));
        assertThat(blob).isEqualTo(SealedBlob.of(blob(1, 4))).hasSameHashCodeAs(SealedBlob.of(blob(1, 4)));
    }

    @Test
    void toStringShowsNoBytes() {
        byte[] raw = blob(7, 32);
        java.util.Arrays.fill(raw, 5, raw.length, (byte) 0xab);
        assertThat(SealedBlob.of(raw).toString()).isEqualTo("SealedBlob[format=1, kekVersion=7, byteCount=65]")
                .doesNotContain("ab").doesNotContain("-85");
    }

    @Test
    void associatedDataIsLengthPrefixed() {
        assertThat(HexFormat.of().formatHex(KeyStoreKeyProtection.aad("ab", "c", 2)))
                .isEqualTo("01" + "00000002" + "6162" + "00000001" + "63" + "00000002");
        assertThat(KeyStoreKeyProtection.aad("a", "bc", 2)).isNotEqualTo(KeyStoreKeyProtection.aad("ab", "c", 2));
    }

    @Test
    void configurationChecksAndRedactsTheEnvironment() {
        KeyProtectionConfig config = KeyProtectionConfig.software(Path.of("/data"))
                .environment(Map.of(KeyProtectionConfig.KEK_PASSPHRASE_ENV, "very secret words")).build();
        assertThat(config.toString()).doesNotContain("very secret words").contains("1 variables, not shown");
        assertThatThrownBy(() -> KeyProtectionConfig.pkcs11(Path.of("/data")).build())
                .hasMessageContaining("PKCS#11 configuration: none (expected: either --pkcs11-config");
        assertThatThrownBy(() -> KeyProtectionConfig.pkcs11(Path.of("/data")).pkcs11Config(Path.of("a.cfg"))
                .pkcs11Library(Path.of("lib.so"), "t").build()).hasMessageContaining("both");
        assertThatThrownBy(() -> KeyProtectionConfig.software(Path.of("/data")).sessionPoolSize(0).build())
                .hasMessage("session pool size: 0 (expected: >= 1)");
        assertThatThrownBy(() -> KeyProtectionConfig.software(Path.of("/data"))
                .sessionAcquireTimeout(Duration.ZERO).build()).hasMessageContaining("(expected: > 0)");
    }
}
