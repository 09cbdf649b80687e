package io.buildify.app.entitywizard;

import io.buildify.app.util.LoadGuard;
import io.buildify.app.util.Texts;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.Names;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The property editor of the selected custom field. Which settings apply depends on the type
 * ({@link #showsMaxLengthProperty()} …); changing the type clears the settings the new type does not use, so no
 * stale max length is left on a decimal. Text settings edit live and are saved by {@link #commit()}; the type, the
 * checkboxes, the numbers and the lookup target save at once.
 *
 * <p>The "more" properties (help text, placeholder, prefix/suffix, min length, value range, default, read-only)
 * follow the same paths; input type, position and validation rules are in {@link #form()}.
 */
public final class FieldEditorViewModel {
    public static final List<FieldType> FIELD_TYPES = List.of(FieldType.values());

    private final EntityDocument document;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<FieldType> type = new SimpleObjectProperty<>(this, "type", FieldType.STRING);
    private final ObjectProperty<Integer> maxLength = new SimpleObjectProperty<>(this, "maxLength");
    private final ObjectProperty<Integer> precision = new SimpleObjectProperty<>(this, "precision");
    private final ObjectProperty<Integer> scale = new SimpleObjectProperty<>(this, "scale");
    private final StringProperty allowedValues = new SimpleStringProperty(this, "allowedValues", "");
    private final ObjectProperty<String> lookupEntity = new SimpleObjectProperty<>(this, "lookupEntity");
    private final BooleanProperty required = new SimpleBooleanProperty(this, "required");
    private final BooleanProperty unique = new SimpleBooleanProperty(this, "unique");
    private final BooleanProperty indexed = new SimpleBooleanProperty(this, "indexed");
    private final StringProperty helpText = new SimpleStringProperty(this, "helpText", "");
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder", "");
    private final StringProperty prefix = new SimpleStringProperty(this, "prefix", "");
    private final StringProperty suffix = new SimpleStringProperty(this, "suffix", "");
    private final ObjectProperty<Integer> minLength = new SimpleObjectProperty<>(this, "minLength");
    private final StringProperty minValue = new SimpleStringProperty(this, "minValue", "");
    private final StringProperty maxValue = new SimpleStringProperty(this, "maxValue", "");
    private final StringProperty defaultValue = new SimpleStringProperty(this, "defaultValue", "");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly");
    private final BooleanBinding showsMaxLength = typeIs(FieldType::hasMaxLength);
    private final BooleanBinding showsPrecision = typeIs(t -> t == FieldType.DECIMAL);
    private final BooleanBinding showsAllowedValues = typeIs(FieldType::hasAllowedValues);
    private final BooleanBinding showsLookup = typeIs(t -> t == FieldType.LOOKUP);
    /** Min length: every text type (the validator checks it against the type's length). */
    private final BooleanBinding showsTextRules = typeIs(FieldType::isText);
    private final BooleanBinding showsRange = typeIs(FieldType::isNumeric);
    private final FieldFormViewModel form;
    private final LoadGuard guard = new LoadGuard();
    private String fieldId;

    FieldEditorViewModel(EntityDocument document) {
        this.document = Objects.requireNonNull(document, "document");
        this.form = new FieldFormViewModel(document);
        guard.onEdit(name, now -> live(f -> renamed(f, now)));
        onText(label, FieldDefinition::withLabel);
        onText(description, (f, v) -> f.withDescription(v.isBlank() ? null : v));
        onText(allowedValues, (f, v) -> f.withAllowedValues(parseValues(v)));
        onDiscrete(type, FieldEditorViewModel::retyped);
        onDiscrete(maxLength, (f, v) -> f.withLength(f.minLength(), v));
        onDiscrete(precision, (f, v) -> f.withPrecision(v, f.decimalPlaces()));
        onDiscrete(scale, (f, v) -> f.withPrecision(f.precision(), v));
        onDiscrete(lookupEntity, FieldDefinition::withLookupEntity);
        onDiscrete(required, FieldDefinition::withRequired);
        onDiscrete(unique, FieldDefinition::withUnique);
        onDiscrete(indexed, FieldDefinition::withIndexed);
        onText(helpText, (f, v) -> f.withHelpText(Texts.blankToNull(v)));
        onText(placeholder, (f, v) -> f.withPlaceholder(Texts.blankToNull(v)));
        onText(prefix, (f, v) -> f.withAffixes(Texts.blankToNull(v), f.suffix()));
        onText(suffix, (f, v) -> f.withAffixes(f.prefix(), Texts.blankToNull(v)));
        onDiscrete(minLength, (f, v) -> f.withLength(v, f.maxLength()));
        onText(minValue, (f, v) -> f.withRange(FieldEdits.parseNumber(v), f.maxValue()));
        onText(maxValue, (f, v) -> f.withRange(f.minValue(), FieldEdits.parseNumber(v)));
        onText(defaultValue, (f, v) -> f.withDefaultValue(v.isEmpty() ? null : v));
        onDiscrete(readOnly, FieldDefinition::withReadOnly);
    }

    /** Saves pending text edits (Enter / focus loss in the view). */
    public void commit() {
        document.commit();
    }

    void select(String newFieldId) {
        document.commit();
        fieldId = newFieldId;
        form.select(newFieldId);
        refresh();
    }

    /** Reloads the editor from the live definition (after undo, or an edit elsewhere). */
    void refresh() {
        Optional<FieldDefinition> field = current();
        active.set(field.isPresent());
        field.ifPresent(this::load);
        form.refresh();
    }

    /** Input type, position and validation rules of the selected field. */
    public FieldFormViewModel form() {
        return form;
    }

    static FieldDefinition renamed(FieldDefinition f, String newName) {
        FieldDefinition next = f.withName(newName);
        return f.label().equals(Names.labelOf(f.name())) ? next.withLabel(Names.labelOf(newName)) : next;
    }

    /** The field with the new type and without the settings that type does not use. */
    static FieldDefinition retyped(FieldDefinition f, FieldType newType) {
        if (newType == null || newType == f.type()) {
            return f;
        }
        FieldDefinition next = f.withType(newType);
        if (!newType.isText()) {
            next = next.withLength(null, null);
        } else if (!newType.hasMaxLength()) {
            next = next.withLength(f.minLength(), null);
        }
        if (newType != FieldType.DECIMAL) {
            next = next.withPrecision(null, null);
        }
        if (!newType.isNumeric()) {
            next = next.withRange(null, null);
        }
        if (!newType.hasAllowedValues()) {
            next = next.withAllowedValues(List.of());
        }
        if (newType != FieldType.LOOKUP) {
            next = next.withLookupEntity(null);
        }
        next = next.withValidationRules(RuleKind.keepApplicable(next.validationRules(), newType));
        return next.withDefaultValue(null).withInputType(null);
    }

    static List<String> parseValues(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    private void load(FieldDefinition f) {
        guard.load(() -> {
            name.set(f.name());
            label.set(f.label());
            description.set(f.description() == null ? "" : f.description());
            type.set(f.type());
            maxLength.set(f.maxLength());
            precision.set(f.precision());
            scale.set(f.decimalPlaces());
            // Keep what the user is typing (e.g. a trailing new line) when it still means the same values.
            if (!parseValues(allowedValues.get()).equals(f.allowedValues())) {
                allowedValues.set(String.join("\n", f.allowedValues()));
            }
            lookupEntity.set(f.lookupEntity());
            required.set(f.required());
            unique.set(f.unique());
            indexed.set(f.indexed());
            loadText(helpText, f.helpText(), Texts::blankToNull);
            loadText(placeholder, f.placeholder(), Texts::blankToNull);
            loadText(prefix, f.prefix(), Texts::blankToNull);
            loadText(suffix, f.suffix(), Texts::blankToNull);
            minLength.set(f.minLength());
            loadNumber(minValue, f.minValue());
            loadNumber(maxValue, f.maxValue());
            loadText(defaultValue, f.defaultValue(), v -> v.isEmpty() ? null : v);
            readOnly.set(f.readOnly());
        });
    }

    /** Keeps what the user is typing (e.g. trailing blanks) while it still means the stored value. */
    private static void loadText(StringProperty property, String stored, Function<String, String> meaning) {
        if (!Objects.equals(meaning.apply(property.get()), stored)) {
            property.set(stored == null ? "" : stored);
        }
    }

    private static void loadNumber(StringProperty property, BigDecimal stored) {
        BigDecimal typed = FieldEdits.parseNumber(property.get());
        boolean same = typed == null ? stored == null && property.get().isBlank()
                : stored != null && typed.compareTo(stored) == 0;
        if (!same) {
            property.set(stored == null ? "" : stored.toPlainString());
        }
    }

    private Optional<FieldDefinition> current() {
        return fieldId == null ? Optional.empty() : document.definition().field(fieldId);
    }

    private void onText(StringProperty property, BiFunction<FieldDefinition, String, FieldDefinition> apply) {
        guard.onEdit(property, now -> live(f -> apply.apply(f, now == null ? "" : now)));
    }

    private <T> void onDiscrete(Property<T> property, BiFunction<FieldDefinition, T, FieldDefinition> apply) {
        guard.onEdit(property, now -> {
            live(f -> apply.apply(f, now));
            document.commit();
        });
    }

    private void live(UnaryOperator<FieldDefinition> change) {
        if (guard.isLoading()) {
            return;
        }
        current().ifPresent(f -> document.edit(d -> d.withFieldReplaced(change.apply(f))));
    }

    private BooleanBinding typeIs(Predicate<FieldType> test) {
        return Bindings.createBooleanBinding(() -> type.get() != null && test.test(type.get()), type);
    }

    /** True while a field is selected; the view hides the editor otherwise. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<FieldType> typeProperty() {
        return type;
    }

    public ObjectProperty<Integer> maxLengthProperty() {
        return maxLength;
    }

    public ObjectProperty<Integer> precisionProperty() {
        return precision;
    }

    public ObjectProperty<Integer> scaleProperty() {
        return scale;
    }

    /** Allowed values of a select, one per line. */
    public StringProperty allowedValuesProperty() {
        return allowedValues;
    }

    public ObjectProperty<String> lookupEntityProperty() {
        return lookupEntity;
    }

    public BooleanProperty requiredProperty() {
        return required;
    }

    public BooleanProperty uniqueProperty() {
        return unique;
    }

    public BooleanProperty indexedProperty() {
        return indexed;
    }

    public BooleanBinding showsMaxLengthProperty() {
        return showsMaxLength;
    }

    public BooleanBinding showsPrecisionProperty() {
        return showsPrecision;
    }

    public BooleanBinding showsAllowedValuesProperty() {
        return showsAllowedValues;
    }

    public BooleanBinding showsLookupProperty() {
        return showsLookup;
    }

    public StringProperty helpTextProperty() {
        return helpText;
    }

    public StringProperty placeholderProperty() {
        return placeholder;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public StringProperty suffixProperty() {
        return suffix;
    }

    public ObjectProperty<Integer> minLengthProperty() {
        return minLength;
    }

    /** Min value as typed; saved as a number, left out while it is not one. */
    public StringProperty minValueProperty() {
        return minValue;
    }

    public StringProperty maxValueProperty() {
        return maxValue;
    }

    /** Default value as text in the form the validator checks (e.g. "true", "2024-12-31", "now"); empty for none. */
    public StringProperty defaultValueProperty() {
        return defaultValue;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public BooleanBinding showsTextRulesProperty() {
        return showsTextRules;
    }

    public BooleanBinding showsRangeProperty() {
        return showsRange;
    }
}
