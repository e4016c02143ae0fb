package dev.clavis.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * An inclusive date range for Locate (KMIP 2.1 §6.1.28): objects whose date is inside the range or
 * at one of its limits match. A single date in the request is the range {@code [d, d]}.
 */
public record DateRange(Instant from, Instant to) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("date range: " + from + " .. " + to + " (expected: from <= to)");
        }
    }

    /** The range holding exactly one instant. */
    public static DateRange at(Instant instant) {
        return new DateRange(instant, instant);
    }
}
