package dev.clavis.storage;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New Unique Identifiers (KMIP 2.1 §4.50): UUID version 7 (RFC 9562 §5.7), a 48-bit Unix time in
 * milliseconds followed by 74 random bits from a {@link SecureRandom}.
 *
 * <p>Time-ordered on purpose (docs/adr/0013-h2-group-commit.md, decision 6): every index keyed by
 * the identifier (the primary key, the name, group and attribute tables) then grows at its right
 * edge, so a group of creates changes one leaf page of each instead of one per create, and each
 * H2 chunk is that much smaller. The identifier shows when the object was created, to the
 * millisecond, which the Initial Date attribute tells anyway; the 74 random bits keep it
 * unguessable.
 */
final class Uids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Uids() {
    }

    static String next() {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long millis = System.currentTimeMillis() & 0xFFFF_FFFF_FFFFL;
        // unix_ts_ms (48) | ver = 7 (4) | rand_a (12)
        long high = millis << 16 | 0x7000L | (random[0] & 0x0FL) << 8 | random[1] & 0xFFL;
        // var = 0b10 (2) | rand_b (62)
        long low = 0x8000_0000_0000_0000L | (random[2] & 0x3FL) << 56;
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << 8 * (9 - i);
        }
        return new UUID(high, low).toString();
    }
}
