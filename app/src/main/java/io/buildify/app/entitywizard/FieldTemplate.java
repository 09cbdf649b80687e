package io.buildify.app.entitywizard;

import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.ValidationRule;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Ready-made fields for speed (the "From template" menu of step 2): a name, a type and the settings a designer
 * would otherwise set by hand. The name gets a suffix when the entity already has a field of that name.
 */
public enum FieldTemplate {
    EMAIL("Email address", "email", FieldType.EMAIL, f -> f.withUnique(true).withPlaceholder("name@example.com")),
    MONEY("Money amount", "amount", FieldType.CURRENCY, f -> f.withRange(BigDecimal.ZERO, null)
            .withAffixes("$", null)),
    STATUS("Status", "status", FieldType.SINGLE_SELECT, f -> f.withAllowedValues(List.of("new", "active", "closed"))
            .withDefaultValue("new").withRequired(true).withIndexed(true)),
    PHONE("Phone number", "phone", FieldType.PHONE, f -> f.withPlaceholder("+1 555 0100")
            .withValidationRules(List.of(new ValidationRule("regex", "^[+0-9 ()-]{5,20}$",
                    "digits, spaces, + - ( ) only")))),
    URL("Web address", "website", FieldType.URL, f -> f.withPlaceholder("https://")),
    NOTES("Notes", "notes", FieldType.TEXT, f -> f.withInputType("textarea"));

    private final String title;
    private final String fieldName;
    private final FieldType type;
    private final UnaryOperator<FieldDefinition> settings;

    FieldTemplate(String title, String fieldName, FieldType type, UnaryOperator<FieldDefinition> settings) {
        this.title = title;
        this.fieldName = fieldName;
        this.type = type;
        this.settings = settings;
    }

    /** The menu text, e.g. "Email address (email)". */
    public String title() {
        return title + "  ·  " + type.code();
    }

    public String fieldName() {
        return fieldName;
    }

    /** A new field from this template, named {@code name}. */
    public FieldDefinition create(String name) {
        return settings.apply(FieldDefinition.of(name, type));
    }
}
