package dev.clavis.hsm;

import java.time.Instant;

/**
 * The result of {@link KeyProtection#health()}.
 *
 * @param healthy whether a probe seal and unseal under the current KEK succeeded
 * @param kind the implementation, {@code "software"} or {@code "pkcs11"}
 * @param currentKekVersion the current KEK version, or 0 when unknown
 * @param detail a human-readable line: what was checked, or why it failed
 * @param checkedAt when the check ran
 */
public record KeyProtectionHealth(boolean healthy, String kind, int currentKekVersion, String detail,
        Instant checkedAt) {
}
