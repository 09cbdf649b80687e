package io.buildify.app.entitywizard;

import io.buildify.core.model.FieldType;

import java.util.List;
import java.util.Map;

/**
 * The form inputs a generated form may use for each field type (SPEC §1.2 "input type"), stored as the field's
 * {@code inputType} code; none means the type's usual input (the first of its list).
 */
public final class InputTypes {
    /** What each code looks like in a generated form, shown beside the code so nobody has to guess. */
    private static final Map<String, String> LOOKS = Map.ofEntries(
            Map.entry("text", "one-line text box"), Map.entry("password", "text shown as dots"),
            Map.entry("color", "colour picker"), Map.entry("autocomplete", "text box with suggestions"),
            Map.entry("textarea", "multi-line text box"), Map.entry("rich_text", "formatted text editor"),
            Map.entry("markdown", "Markdown editor with preview"), Map.entry("code", "monospaced code editor"),
            Map.entry("email", "e-mail address box"), Map.entry("url", "web address box"),
            Map.entry("tel", "phone number box"), Map.entry("number", "number box"),
            Map.entry("stepper", "number with − / + buttons"), Map.entry("slider", "slider between min and max"),
            Map.entry("checkbox", "tick box"), Map.entry("switch", "on/off switch"),
            Map.entry("radio", "one button per choice"), Map.entry("date_picker", "calendar"),
            Map.entry("datetime_picker", "calendar with time"), Map.entry("time_picker", "time of day picker"),
            Map.entry("hidden", "not shown, filled by the system"), Map.entry("dropdown", "drop-down list"),
            Map.entry("segmented", "row of toggle buttons"), Map.entry("checkboxes", "one tick box per choice"),
            Map.entry("multi_select", "list allowing several choices"), Map.entry("tags", "tags typed or picked"),
            Map.entry("search", "search box listing matches"), Map.entry("popup", "pick from a search window"));

    private InputTypes() {
    }

    /** The code with what it looks like, e.g. "segmented — row of toggle buttons"; unknown codes as they are. */
    public static String describe(String code) {
        String look = LOOKS.get(code);
        String name = code.replace('_', ' ');
        return look == null ? name : name + " — " + look;
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
