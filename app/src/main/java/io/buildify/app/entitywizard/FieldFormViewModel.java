package io.buildify.app.entitywizard;

import io.buildify.app.util.LoadGuard;
import io.buildify.app.util.Texts;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.ValidationRule;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * How the selected field appears in generated forms, part of the property editor: the input type (among those of
 * its type), its position in the form (display order, 1-based; moving renumbers all fields, like a drag), and its
 * validation rules as a list (see {@link RuleKind}). Input type, position, adding and removing rules save at
 * once; a rule's value and message edit live and are saved on commit, like other text.
 */
public final class FieldFormViewModel {
    /** The first input type choice: the type's usual input (stored as null). */
    public static final String DEFAULT_INPUT = "";

    private final EntityDocument document;
    private final ObjectProperty<String> inputType = new SimpleObjectProperty<>(this, "inputType", DEFAULT_INPUT);
    private final ObservableList<String> inputTypeChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> position = new SimpleObjectProperty<>(this, "position", 1);
    private final ReadOnlyIntegerWrapper fieldCount = new ReadOnlyIntegerWrapper(this, "fieldCount", 1);
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    private final ObservableList<RuleKind> addableKinds = FXCollections.observableArrayList();
    // One wrapper each: a wrapper holds its listeners weakly, so a fresh one per call would lose them.
    private final ObservableList<RuleRow> readOnlyRules = FXCollections.unmodifiableObservableList(rules);
    private final ObservableList<RuleKind> readOnlyKinds = FXCollections.unmodifiableObservableList(addableKinds);
    private String fieldId;
    /** Showing a field's values does not count as an edit. */
    private final LoadGuard loads = new LoadGuard();

    FieldFormViewModel(EntityDocument document) {
        this.document = Objects.requireNonNull(document, "document");
        loads.onEdit(inputType, now -> change(f -> f.withInputType(Texts.blankToNull(now)), true));
        loads.onEdit(position, this::moveTo);
    }

    void select(String newFieldId) {
        fieldId = newFieldId;
        rules.clear();
        refresh();
    }

    void refresh() {
        current().ifPresent(this::load);
    }

    /** Appends a rule of the kind (value still empty); saved at once. */
    public void addRule(RuleKind kind) {
        Objects.requireNonNull(kind, "kind");
        change(f -> {
            List<ValidationRule> next = new ArrayList<>(f.validationRules());
            next.add(new ValidationRule(kind.code(), "", null));
            return f.withValidationRules(next);
        }, true);
    }

    /** Removes the rule; saved at once. */
    public void removeRule(RuleRow row) {
        change(f -> {
            List<ValidationRule> next = new ArrayList<>(f.validationRules());
            if (row.index < next.size()) {
                next.remove(row.index);
            }
            return f.withValidationRules(next);
        }, true);
    }

    public void commit() {
        document.commit();
    }

    private void moveTo(Integer wanted) {
        if (wanted == null || fieldId == null) {
            return;
        }
        List<FieldDefinition> fields = document.definition().fields();
        int from = indexOfField(fields);
        int to = Math.max(0, Math.min(fields.size() - 1, wanted - 1));
        if (from >= 0 && from != to) {
            document.editAndCommit(d -> d.withFieldMoved(from, to));
        }
    }

    private int indexOfField(List<FieldDefinition> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).id().equals(fieldId)) {
                return i;
            }
        }
        return -1;
    }

    private void load(FieldDefinition f) {
        loads.load(() -> {
            List<String> choices = Stream.concat(Stream.of(DEFAULT_INPUT),
                    InputTypes.forType(f.type()).stream()).toList();
            if (!inputTypeChoices.equals(choices)) {
                inputTypeChoices.setAll(choices);
            }
            inputType.set(f.inputType() == null ? DEFAULT_INPUT : f.inputType());
            List<FieldDefinition> fields = document.definition().fields();
            fieldCount.set(Math.max(1, fields.size()));
            position.set(indexOfField(fields) + 1);
            List<RuleKind> kinds = RuleKind.forType(f.type());
            if (!addableKinds.equals(kinds)) {
                addableKinds.setAll(kinds);
            }
            loadRules(f.validationRules());
        });
    }

    /** Rebuilds the rows only when rules were added, removed or changed kind, so typing keeps its row. */
    private void loadRules(List<ValidationRule> stored) {
        List<String> codes = stored.stream().map(r -> r == null ? "" : String.valueOf(r.type())).toList();
        if (!codes.equals(rules.stream().map(RuleRow::code).toList())) {
            List<RuleRow> rows = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                rows.add(new RuleRow(i, codes.get(i)));
            }
            rules.setAll(rows);
        }
        for (RuleRow row : rules) {
            ValidationRule rule = stored.get(row.index);
            String value = rule == null || rule.value() == null ? "" : rule.value();
            String message = rule == null || rule.message() == null ? "" : rule.message();
            if (!row.value.get().equals(value)) {
                row.value.set(value);
            }
            if (!Objects.equals(Texts.blankToNull(row.message.get()), Texts.blankToNull(message))) {
                row.message.set(message);
            }
        }
    }

    private void change(UnaryOperator<FieldDefinition> edit, boolean save) {
        if (loads.isLoading()) {
            return;
        }
        current().ifPresent(f -> document.edit(d -> d.withFieldReplaced(edit.apply(f))));
        if (save) {
            document.commit();
        }
    }

    private Optional<FieldDefinition> current() {
        return fieldId == null ? Optional.empty() : document.definition().field(fieldId);
    }

    /** One validation rule of the field: its kind (empty for a kind this editor does not know), value, message. */
    public final class RuleRow {
        private final int index;
        private final String code;
        private final StringProperty value = new SimpleStringProperty(this, "value", "");
        private final StringProperty message = new SimpleStringProperty(this, "message", "");

        RuleRow(int index, String code) {
            this.index = index;
            this.code = code;
            value.addListener((obs, old, now) -> edit(r -> new ValidationRule(r.type(), now, r.message())));
            message.addListener((obs, old, now) -> edit(r -> new ValidationRule(r.type(), r.value(),
                    Texts.blankToNull(now))));
        }

        private void edit(UnaryOperator<ValidationRule> change) {
            change(f -> {
                List<ValidationRule> next = new ArrayList<>(f.validationRules());
                if (index < next.size() && next.get(index) != null) {
                    next.set(index, change.apply(next.get(index)));
                }
                return f.withValidationRules(next);
            }, false);
        }

        public int index() {
            return index;
        }

        public String code() {
            return code;
        }

        public Optional<RuleKind> kind() {
            return RuleKind.of(code);
        }

        /** What the rule checks against (a pattern, a date); unused by the formats. */
        public StringProperty valueProperty() {
            return value;
        }

        /** What the user is told when a value breaks the rule; empty for the default message. */
        public StringProperty messageProperty() {
            return message;
        }
    }

    /** {@link #DEFAULT_INPUT} or an input type code of {@link #inputTypeChoices()}. */
    public ObjectProperty<String> inputTypeProperty() {
        return inputType;
    }

    public ObservableList<String> inputTypeChoices() {
        return inputTypeChoices;
    }

    /** 1-based place in the form; setting it moves the field (saved at once). */
    public ObjectProperty<Integer> positionProperty() {
        return position;
    }

    public ReadOnlyIntegerProperty fieldCountProperty() {
        return fieldCount.getReadOnlyProperty();
    }

    public ObservableList<RuleRow> rules() {
        return readOnlyRules;
    }

    /** The rule kinds that fit the field's type, for the "Add rule" menu. */
    public ObservableList<RuleKind> addableKinds() {
        return readOnlyKinds;
    }
}
