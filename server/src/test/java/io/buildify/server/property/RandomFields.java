package io.buildify.server.property;

import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/** Random custom fields of every column type, with the constraints each type can carry. */
final class RandomFields {
    static final List<FieldType> TYPES = List.of(FieldType.STRING, FieldType.TEXT, FieldType.EMAIL, FieldType.PHONE,
            FieldType.INTEGER, FieldType.BIGINTEGER, FieldType.DECIMAL, FieldType.CURRENCY, FieldType.BOOLEAN,
            FieldType.DATE, FieldType.DATETIME, FieldType.TIME, FieldType.JSON, FieldType.UUID,
            FieldType.SINGLE_SELECT, FieldType.MULTIPLE_SELECT, FieldType.LOOKUP);

    private final Random random;
    private final String lookupTarget;

    RandomFields(Random random, String lookupTarget) {
        this.random = random;
        this.lookupTarget = lookupTarget;
    }

    FieldDefinition field(String name) {
        FieldDefinition field = ofType(FieldDefinition.of(name, FieldType.STRING), pick(TYPES));
        return field.withRequired(chance(4)).withUnique(chance(5)).withIndexed(chance(4));
    }

    /** {@code field} turned into {@code type}, its type-specific settings chosen again. */
    FieldDefinition ofType(FieldDefinition field, FieldType type) {
        FieldDefinition plain = field.withType(type).withLength(null, null).withRange(null, null)
                .withPrecision(null, null).withAllowedValues(List.of()).withDefaultValue(null).withLookupEntity(null);
        return switch (type) {
            case STRING -> plain.withLength(chance(3) ? 1 + random.nextInt(3) : null, 20 + random.nextInt(200));
            case DECIMAL -> plain.withPrecision(8 + random.nextInt(8), 1 + random.nextInt(4));
            case INTEGER, BIGINTEGER -> chance(2) ? plain.withRange(BigDecimal.valueOf(-random.nextInt(50)),
                    BigDecimal.valueOf(50 + random.nextInt(50))) : plain;
            case SINGLE_SELECT -> plain.withAllowedValues(List.of("new", "open", "done").subList(0,
                    2 + random.nextInt(2)));
            case MULTIPLE_SELECT -> plain.withAllowedValues(List.of("red", "green", "blue"));
            case LOOKUP -> plain.withLookupEntity(lookupTarget);
            default -> plain;
        };
    }

    /** A default that fits the field, or null where none is offered. */
    String defaultFor(FieldDefinition field) {
        return switch (field.type()) {
            case STRING, TEXT -> "dflt";
            case EMAIL -> "a@b.org";
            case PHONE -> "555";
            case INTEGER, BIGINTEGER -> "7";
            case DECIMAL, CURRENCY -> "1.5";
            case BOOLEAN -> random.nextBoolean() ? "true" : "false";
            case DATE -> chance(2) ? "now" : "2024-01-02";
            case DATETIME -> "2024-01-02T03:04:05Z";
            case TIME -> "12:30";
            case JSON -> "{\"a\":1}";
            case UUID -> "7d444840-9dc0-11d1-b245-5ffdce74fad2";
            case SINGLE_SELECT -> field.allowedValues().get(0);
            case MULTIPLE_SELECT -> "[\"red\"]";
            default -> null;
        };
    }

    boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
