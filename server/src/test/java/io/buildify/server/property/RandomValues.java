package io.buildify.server.property;

import io.buildify.core.model.FieldDefinition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Random values (in PostgreSQL's text input form) that fit a field as defined now: its type, length, range,
 * precision and allowed values. Texts sometimes look like numbers, booleans or dates and numbers are often whole,
 * so later type changes sometimes convert every row and sometimes meet rows the pre-checks must count.
 */
final class RandomValues {
    private static final List<String> LOOKALIKES = List.of("42", "7", "true", "2024-01-02", "12.5", "-3");

    private final Random random;

    RandomValues(Random random) {
        this.random = random;
    }

    /** A value for {@code field}, or null (never for a required one); lookups are filled by {@link TableRows}. */
    String of(FieldDefinition field) {
        if (!field.required() && random.nextInt(5) == 0) {
            return null;
        }
        int n = random.nextInt(1000);
        return switch (field.type()) {
            case STRING -> text(field.minLength() == null ? 1 : field.minLength(),
                    field.maxLength() == null ? 20 : field.maxLength());
            case TEXT -> text(1, 40) + " " + text(1, 40);
            case EMAIL -> "u" + n + "@example.org";
            case PHONE -> "555-" + n;
            case INTEGER, BIGINTEGER -> String.valueOf(whole(field));
            case DECIMAL, CURRENCY, PERCENTAGE -> decimal(field);
            case BOOLEAN -> String.valueOf(random.nextBoolean());
            case DATE -> "2024-%02d-%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28));
            case DATETIME -> "2024-03-%02d 10:%02d:05+00".formatted(1 + random.nextInt(28), random.nextInt(60));
            case TIME -> "%02d:%02d:00".formatted(random.nextInt(24), random.nextInt(60));
            case JSON -> "{\"k\": " + n + "}";
            case UUID -> new UUID(random.nextLong(), random.nextLong()).toString();
            case SINGLE_SELECT -> pick(field.allowedValues());
            case MULTIPLE_SELECT -> "{" + pick(field.allowedValues()) + (random.nextBoolean() ? ","
                    + pick(field.allowedValues()) : "") + "}";
            default -> null;
        };
    }

    private String text(int min, int max) {
        if (random.nextInt(3) == 0) {
            String lookalike = pick(LOOKALIKES);
            if (lookalike.length() >= min && lookalike.length() <= max) {
                return lookalike;
            }
        }
        int length = Math.max(min, Math.min(max, 3 + random.nextInt(8)));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private long whole(FieldDefinition field) {
        long min = field.minValue() == null ? -1000 : field.minValue().longValue();
        long max = field.maxValue() == null ? 1000 : field.maxValue().longValue();
        return min + random.nextInt((int) (max - min + 1));
    }

    private String decimal(FieldDefinition field) {
        BigDecimal whole = BigDecimal.valueOf(random.nextInt(1000));
        if (random.nextBoolean()) {
            return whole.toPlainString(); // whole numbers survive a change to INTEGER
        }
        return whole.add(BigDecimal.valueOf(1 + random.nextInt(9), 1)).toPlainString();
    }

    private String pick(List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}
