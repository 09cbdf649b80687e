package io.buildify.app.entitywizard;

import io.buildify.core.model.FieldType;

import java.util.List;

/**
 * The form inputs a generated form may use for each field type (SPEC §1.2 "input type"), stored as the field's
 * {@code inputType} code; none means the type's usual input (the first of its list).
 */
public final class InputTypes {
    private InputTypes() {
    }

    public static List<String> forType(FieldType type) {
        if (type == null) {
            return List.of();
        }
        return switch (type) {
            case STRING -> List.of("text", "password", "color", "autocomplete");
            case TEXT -> List.of("textarea", "rich_text", "markdown", "code");
            case EMAIL -> List.of("email");
            case URL -> List.of("url");
            case PHONE -> List.of("tel");
            case INTEGER, BIGINTEGER -> List.of("number", "stepper", "slider");
            case DECIMAL, CURRENCY, PERCENTAGE -> List.of("number", "slider");
            case BOOLEAN -> List.of("checkbox", "switch", "radio");
            case DATE -> List.of("date_picker", "text");
            case DATETIME -> List.of("datetime_picker", "text");
            case TIME -> List.of("time_picker", "text");
            case JSON -> List.of("code", "textarea");
            case UUID -> List.of("text", "hidden");
            case SINGLE_SELECT -> List.of("dropdown", "radio", "segmented");
            case MULTIPLE_SELECT -> List.of("checkboxes", "multi_select", "tags");
            case LOOKUP -> List.of("dropdown", "search", "popup");
        };
    }
}
