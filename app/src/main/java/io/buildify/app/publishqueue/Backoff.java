package io.buildify.app.publishqueue;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff between attempts to reach the server: {@code first}, twice that, four times, … up to
 * {@code cap}. A laptop back on the network is noticed within the cap, and an absent server is not hammered.
 */
public record Backoff(Duration first, Duration cap) {
    /** 1 s, 2 s, 4 s, … at most one minute. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(cap, "cap");
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= cap, got " + first + " and " + cap);
        }
    }

    /** The wait after {@code failures} failed attempts in a row (1 = the first failure). */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        // 2^62 would overflow long millis long before; the cap is reached after a few dozen failures anyway.
        int doublings = Math.min(failures - 1, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
