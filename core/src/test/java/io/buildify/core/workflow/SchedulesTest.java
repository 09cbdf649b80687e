package io.buildify.core.workflow;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulesTest {
    private static final int CASES = Integer.getInteger("schedules.cases", 500);

    @Test
    void acceptsCronExpressionsAndIntervals() {
        for (String ok : List.of("0 9 * * *", "*/15 * * * *", "0 9 * * 1-5", "0 0 1,15 * *", "30 8-18/2 * 1-12 0",
                "every 15 minutes", "every hour", "Every 2 Hours", "every day", "every 1 week")) {
            assertThat(Schedules.problem(ok)).as(ok).isEmpty();
        }
        assertThat(Schedules.isInterval("every 2 hours")).isTrue();
        assertThat(Schedules.isInterval("0 9 * * *")).isFalse();
    }

    @Test
    void refusesWithAMessageNamingThePart() {
        assertThat(Schedules.problem("")).get().asString().contains("no schedule");
        assertThat(Schedules.problem("0 9 * *")).get().asString().contains("has 4 parts");
        assertThat(Schedules.problem("0 24 * * *")).get().asString().contains("hour '24'");
        assertThat(Schedules.problem("*/0 * * * *")).get().asString().contains("step");
        assertThat(Schedules.problem("0 0 5-1 * *")).get().asString().contains("runs backwards");
        assertThat(Schedules.problem("every 0 minutes")).get().asString().contains("at least 1");
        assertThat(Schedules.problem("0 9 * * mon")).get().asString().contains("day of week 'mon'");
    }

    /** Property-style: any in-range numeric five-field expression is accepted; one field pushed out is refused. */
    @Test
    void randomNumericExpressionsFollowTheRanges() {
        int[][] ranges = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};
        Random random = new Random(42);
        for (int n = 0; n < CASES; n++) {
            String[] parts = new String[5];
            for (int i = 0; i < 5; i++) {
                parts[i] = String.valueOf(ranges[i][0] + random.nextInt(ranges[i][1] - ranges[i][0] + 1));
            }
            assertThat(Schedules.problem(String.join(" ", parts))).as(String.join(" ", parts)).isEmpty();
            int broken = random.nextInt(5);
            parts[broken] = String.valueOf(ranges[broken][1] + 1 + random.nextInt(30));
            assertThat(Schedules.problem(String.join(" ", parts))).as(String.join(" ", parts)).isPresent();
        }
    }
}
