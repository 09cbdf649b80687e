package io.buildify.app.entitywizard;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.Names;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.validation.RelationshipNames;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The property editor of the selected relationship. The foreign key column (one-to-many, one-to-one) and the
 * junction table (many-to-many) may stay blank: the planner then derives them ({@link RelationshipNames}), and
 * {@link #derivedNameProperty()} shows the derived value as the prompt. The name follows the target entity
 * ("orders" for a one-to-many to {@code order}) until the user edits it.
 */
public final class RelationshipEditorViewModel {
    public static final List<RelationshipKind> KINDS = List.of(RelationshipKind.values());
    public static final List<ReferentialAction> ACTIONS = List.of(ReferentialAction.values());

    private final EntityDocument document;
    private final ItemBinder<RelationshipDefinition> binder;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final ObjectProperty<RelationshipKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<String> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty foreignKeyColumn = new SimpleStringProperty(this, "foreignKeyColumn", "");
    private final StringProperty junctionTable = new SimpleStringProperty(this, "junctionTable", "");
    private final ObjectProperty<ReferentialAction> onDelete = new SimpleObjectProperty<>(this, "onDelete");
    private final ObjectProperty<ReferentialAction> onUpdate = new SimpleObjectProperty<>(this, "onUpdate");
    private final BooleanProperty required = new SimpleBooleanProperty(this, "required");
    private final ReadOnlyStringWrapper derivedName = new ReadOnlyStringWrapper(this, "derivedName", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final BooleanBinding manyToMany = Bindings.createBooleanBinding(
            () -> kind.get() == RelationshipKind.MANY_TO_MANY, kind);
    private String relationshipId;

    RelationshipEditorViewModel(EntityDocument document) {
        this.document = Objects.requireNonNull(document, "document");
        this.binder = new ItemBinder<>(document, this::current, EntityDefinition::withRelationshipReplaced);
        name.addListener((obs, old, now) -> binder.edit(r -> renamed(r, now)));
        binder.text(label, RelationshipDefinition::withLabel);
        binder.text(foreignKeyColumn, (r, v) -> r.withForeignKeyColumn(v.isBlank() ? null : v));
        binder.text(junctionTable, (r, v) -> r.withJunctionTable(v.isBlank() ? null : v));
        binder.discrete(kind, RelationshipEditorViewModel::rekinded);
        binder.discrete(target, RelationshipEditorViewModel::retargeted);
        binder.discrete(onDelete, RelationshipDefinition::withOnDelete);
        binder.discrete(onUpdate, RelationshipDefinition::withOnUpdate);
        binder.discrete(required, RelationshipDefinition::withRequired);
    }

    /** Saves pending text edits (Enter / focus loss in the view). */
    public void commit() {
        document.commit();
    }

    void select(String newRelationshipId) {
        document.commit();
        relationshipId = newRelationshipId;
        refresh();
    }

    /** Reloads the editor from the live definition (after undo, or an edit elsewhere). */
    void refresh() {
        Optional<RelationshipDefinition> relationship = current();
        active.set(relationship.isPresent());
        relationship.ifPresent(r -> binder.load(() -> load(r)));
    }

    /** The name proposed for a relationship of {@code kind} to {@code target}: "orders", "profile". */
    static String suggestedName(RelationshipKind kind, String target) {
        if (target == null || target.isBlank()) {
            return "";
        }
        return kind == RelationshipKind.ONE_TO_ONE ? target : pluralOf(target);
    }

    static String pluralOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return word + "es";
        }
        if (lower.length() > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    static RelationshipDefinition renamed(RelationshipDefinition r, String newName) {
        RelationshipDefinition next = r.withName(newName);
        return Objects.equals(r.label(), Names.labelOf(r.name())) ? next.withLabel(Names.labelOf(newName)) : next;
    }

    /** A new target; the name follows while it is still the suggestion for the old target (or a placeholder). */
    static RelationshipDefinition retargeted(RelationshipDefinition r, String newTarget) {
        RelationshipDefinition next = r.withTargetEntity(newTarget);
        return followsSuggestion(r) ? renamed(next, suggestedName(r.kind(), newTarget)) : next;
    }

    /** A new kind; the name follows as for a new target, and SET NULL goes where a junction table forbids it. */
    static RelationshipDefinition rekinded(RelationshipDefinition r, RelationshipKind newKind) {
        if (newKind == null || newKind == r.kind()) {
            return r;
        }
        RelationshipDefinition next = r.withKind(newKind);
        if (followsSuggestion(r) && r.targetEntity() != null) {
            next = renamed(next, suggestedName(newKind, r.targetEntity()));
        }
        // A column name chosen for one kind rarely fits the other side's table: let the planner derive it again.
        return next.withForeignKeyColumn(null).withJunctionTable(null);
    }

    private static boolean followsSuggestion(RelationshipDefinition r) {
        return r.name() == null || r.name().isBlank() || r.name().matches("relationship(_\\d+)?")
                || r.name().equals(suggestedName(r.kind(), r.targetEntity()));
    }

    private void load(RelationshipDefinition r) {
        name.set(r.name());
        label.set(r.label() == null ? "" : r.label());
        kind.set(r.kind());
        target.set(r.targetEntity());
        foreignKeyColumn.set(r.foreignKeyColumn() == null ? "" : r.foreignKeyColumn());
        junctionTable.set(r.junctionTable() == null ? "" : r.junctionTable());
        onDelete.set(r.onDelete());
        onUpdate.set(r.onUpdate());
        required.set(r.required());
        describe(r);
    }

    private void describe(RelationshipDefinition r) {
        EntityDefinition source = document.definition();
        String targetName = r.targetEntity() == null || r.targetEntity().isBlank() ? "?" : r.targetEntity();
        switch (r.kind()) {
            case ONE_TO_MANY -> {
                String column = RelationshipNames.oneToManyColumn(source, r.withForeignKeyColumn(null));
                derivedName.set(column);
                explanation.set("One " + source.name() + " has many " + targetName + " rows: the column "
                        + RelationshipNames.oneToManyColumn(source, r) + " on table " + targetName
                        + " points at " + source.name() + ".");
            }
            case ONE_TO_ONE -> {
                derivedName.set(RelationshipNames.oneToOneColumn(r.withForeignKeyColumn(null)));
                explanation.set("Each " + source.name() + " has at most one " + targetName + ": the unique column "
                        + RelationshipNames.oneToOneColumn(r) + " on table " + source.tableName() + " points at it.");
            }
            case MANY_TO_MANY -> {
                String junction = RelationshipNames.junctionTable(source, r);
                derivedName.set(RelationshipNames.junctionTable(source, r.withJunctionTable(null)));
                explanation.set("Many " + source.name() + " rows relate to many " + targetName + " rows through the "
                        + "junction table " + junction + " (" + RelationshipNames.junctionSourceColumn(source) + ", "
                        + RelationshipNames.junctionTargetColumn(source, r) + ").");
            }
        }
    }

    private Optional<RelationshipDefinition> current() {
        return relationshipId == null ? Optional.empty() : document.definition().relationship(relationshipId);
    }

    /** True while a relationship is selected; the view hides the editor otherwise. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<RelationshipKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> targetProperty() {
        return target;
    }

    public StringProperty foreignKeyColumnProperty() {
        return foreignKeyColumn;
    }

    public StringProperty junctionTableProperty() {
        return junctionTable;
    }

    public ObjectProperty<ReferentialAction> onDeleteProperty() {
        return onDelete;
    }

    public ObjectProperty<ReferentialAction> onUpdateProperty() {
        return onUpdate;
    }

    public BooleanProperty requiredProperty() {
        return required;
    }

    /** True for many-to-many (a junction table), false for the kinds with a foreign key column. */
    public BooleanBinding manyToManyProperty() {
        return manyToMany;
    }

    /** What the planner derives when the column/junction table is left blank; the view shows it as the prompt. */
    public ReadOnlyStringProperty derivedNameProperty() {
        return derivedName.getReadOnlyProperty();
    }

    /** One sentence saying what the relationship creates in the database. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }
}
