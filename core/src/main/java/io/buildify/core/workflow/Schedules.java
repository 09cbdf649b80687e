package io.buildify.core.workflow;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schedule of a scheduled trigger: a five-field cron expression (minute hour day-of-month month day-of-week,
 * with {@code *}, lists, ranges and steps, as in crontab) or a simple interval, "every 15 minutes",
 * "every 2 hours", "every day". {@link #problem} says in words what is wrong, or nothing.
 */
public final class Schedules {
    private static final Pattern INTERVAL =
            Pattern.compile("every\\s+(?:(\\d{1,4})\\s+)?(minute|hour|day|week)s?", Pattern.CASE_INSENSITIVE);
    private static final String[] FIELD_NAMES = {"minute", "hour", "day of month", "month", "day of week"};
    private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};
    private static final String EXAMPLE = "write a cron expression such as '0 9 * * 1-5' (minute hour day month "
            + "weekday) or an interval such as 'every 2 hours'";

    private Schedules() {
    }

    public static boolean isInterval(String schedule) {
        return schedule != null && INTERVAL.matcher(schedule.strip()).matches();
    }

    public static Optional<String> problem(String schedule) {
        if (schedule == null || schedule.isBlank()) {
            return Optional.of("no schedule: " + EXAMPLE);
        }
        String text = schedule.strip();
        Matcher interval = INTERVAL.matcher(text);
        if (interval.matches()) {
            return interval.group(1) != null && Integer.parseInt(interval.group(1)) == 0
                    ? Optional.of("an interval must be at least 1 " + interval.group(2).toLowerCase())
                    : Optional.empty();
        }
        String[] fields = text.split("\\s+");
        if (fields.length != 5) {
            return Optional.of("'" + text + "' has " + fields.length + " part" + (fields.length == 1 ? "" : "s")
                    + ", a cron expression has 5: " + EXAMPLE);
        }
        for (int i = 0; i < 5; i++) {
            Optional<String> p = fieldProblem(fields[i], RANGES[i][0], RANGES[i][1]);
            if (p.isPresent()) {
                return Optional.of("cron " + FIELD_NAMES[i] + " '" + fields[i] + "': " + p.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fieldProblem(String field, int min, int max) {
        for (String part : field.split(",", -1)) {
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                String step = part.substring(slash + 1);
                if (!step.matches("\\d{1,2}") || Integer.parseInt(step) == 0) {
                    return Optional.of("the step after '/' must be a number from 1");
                }
                range = part.substring(0, slash);
            }
            if (range.equals("*")) {
                continue;
            }
            String[] ends = range.split("-", -1);
            if (ends.length > 2) {
                return Optional.of("'" + range + "' is not a number or a range");
            }
            for (String end : ends) {
                if (!end.matches("\\d{1,2}") || Integer.parseInt(end) < min || Integer.parseInt(end) > max) {
                    return Optional.of("use numbers from " + min + " to " + max + ", '*', lists (1,2), ranges (1-5)"
                            + " or steps (*/15)");
                }
            }
            if (ends.length == 2 && Integer.parseInt(ends[0]) > Integer.parseInt(ends[1])) {
                return Optional.of("the range " + range + " runs backwards");
            }
        }
        return Optional.empty();
    }
}
