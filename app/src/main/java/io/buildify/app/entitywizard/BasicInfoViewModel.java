package io.buildify.app.entitywizard;

import io.buildify.app.util.LoadGuard;
import io.buildify.app.util.Texts;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.EntityOptions;
import io.buildify.core.model.EntityType;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.Names;
import io.buildify.core.model.SortOrder;
import io.buildify.core.model.SystemField;
import io.buildify.core.model.SystemFields;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Step 1 "Basic info". Text properties edit the live definition on every change and are saved by {@link #commit()}
 * (the view calls it on Enter and focus loss); the entity type, the option checkboxes and records per page save at
 * once. Label, plural label and table name follow the technical name for as long as they still equal the value
 * derived from the previous name, i.e. until the user edits them.
 */
public final class BasicInfoViewModel {
    public static final List<EntityType> ENTITY_TYPES = List.of(EntityType.values());
    public static final List<SortOrder> SORT_ORDERS = List.of(SortOrder.values());
    /** Icon choices: Ikonli Material Design 2 literals, stored as they are in the definition's {@code icon}. */
    public static final List<String> ICONS = List.of("mdi2t-table", "mdi2a-account", "mdi2a-account-group",
            "mdi2o-office-building", "mdi2b-briefcase", "mdi2c-cart", "mdi2c-cash", "mdi2f-file-document",
            "mdi2t-tag", "mdi2c-calendar", "mdi2p-package-variant", "mdi2m-map-marker");

    /** The first choice of the primary and sort field lists: no field (shown as "(none)"). */
    public static final String NONE = "";

    private final EntityDocument document;
    private final ServerNameCheck nameCheck;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty pluralLabel = new SimpleStringProperty(this, "pluralLabel", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final StringProperty tableName = new SimpleStringProperty(this, "tableName", "");
    private final ObjectProperty<EntityType> entityType = new SimpleObjectProperty<>(this, "entityType");
    private final BooleanProperty audited = new SimpleBooleanProperty(this, "audited");
    private final BooleanProperty versioned = new SimpleBooleanProperty(this, "versioned");
    private final BooleanProperty softDelete = new SimpleBooleanProperty(this, "softDelete");
    private final BooleanProperty attachments = new SimpleBooleanProperty(this, "attachments");
    private final BooleanProperty comments = new SimpleBooleanProperty(this, "comments");
    private final ObjectProperty<Integer> recordsPerPage = new SimpleObjectProperty<>(this, "recordsPerPage");
    private final ObjectProperty<String> icon = new SimpleObjectProperty<>(this, "icon");
    private final ObjectProperty<String> primaryField = new SimpleObjectProperty<>(this, "primaryField");
    private final ObjectProperty<String> sortField = new SimpleObjectProperty<>(this, "sortField");
    private final ObjectProperty<SortOrder> sortOrder = new SimpleObjectProperty<>(this, "sortOrder");
    private final ObservableList<String> primaryFieldChoices = FXCollections.observableArrayList();
    private final ObservableList<String> sortFieldChoices = FXCollections.observableArrayList();
    /** Properties loaded from the definition do not count as edits. */
    private final LoadGuard loads = new LoadGuard();

    public BasicInfoViewModel(EntityDocument document) {
        this(document, null);
    }

    /** With a check of the name against the server ({@code nameCheck} may be null: no such check). */
    public BasicInfoViewModel(EntityDocument document, ServerNameCheck nameCheck) {
        this.document = Objects.requireNonNull(document, "document");
        this.nameCheck = nameCheck;
        load(document.definition());
        document.definitionProperty().addListener((obs, old, now) -> load(now));

        loads.onEdit(name, now -> document.edit(d -> renamed(d, now)));
        onText(label, EntityDefinition::withLabel);
        onText(pluralLabel, EntityDefinition::withPluralLabel);
        onText(description, (d, v) -> d.withDescription(Texts.blankToNull(v)));
        onText(category, (d, v) -> d.withCategory(Texts.blankToNull(v)));
        onText(tableName, EntityDefinition::withTableName);
        onDiscrete(entityType, EntityDefinition::withEntityType);
        onDiscrete(recordsPerPage, (d, v) -> d.withRecordsPerPage(v == null ? 0 : v));
        onDiscrete(icon, EntityDefinition::withIcon);
        onDiscrete(primaryField, (d, v) -> d.withPrimaryField(Texts.blankToNull(v)));
        onDiscrete(sortField, (d, v) -> d.withDefaultSort(Texts.blankToNull(v), d.defaultSortOrder()));
        onDiscrete(sortOrder, (d, v) -> d.withDefaultSort(d.defaultSortField(), v));
        onDiscrete(audited, (d, v) -> d.withOptions(options(d, v, null, null, null, null)));
        onDiscrete(versioned, (d, v) -> d.withOptions(options(d, null, v, null, null, null)));
        onDiscrete(softDelete, (d, v) -> d.withOptions(options(d, null, null, v, null, null)));
        onDiscrete(attachments, (d, v) -> d.withOptions(options(d, null, null, null, v, null)));
        onDiscrete(comments, (d, v) -> d.withOptions(options(d, null, null, null, null, v)));
    }

    /** Saves pending text edits (the view calls this on Enter and when a field loses focus). */
    public void commit() {
        document.commit();
    }

    public EntityDocument document() {
        return document;
    }

    /** Applies a new technical name and lets the still-derived names follow it. */
    static EntityDefinition renamed(EntityDefinition d, String newName) {
        String oldName = d.name();
        EntityDefinition next = d.withName(newName);
        if (d.tableName().equals(Names.tableNameOf(oldName))) {
            next = next.withTableName(Names.tableNameOf(newName));
        }
        if (d.label().equals(Names.labelOf(oldName))) {
            next = next.withLabel(Names.labelOf(newName));
        }
        if (d.pluralLabel() == null || d.pluralLabel().equals(pluralOf(oldName))) {
            next = next.withPluralLabel(pluralOf(newName));
        }
        return next;
    }

    /** The default plural label, as {@link EntityDefinition#of} derives it. */
    static String pluralOf(String name) {
        String label = Names.labelOf(name);
        return label.isEmpty() ? "" : label + "s";
    }

    private void load(EntityDefinition d) {
        loads.load(() -> {
            name.set(d.name());
            label.set(d.label());
            pluralLabel.set(nullToEmpty(d.pluralLabel()));
            description.set(nullToEmpty(d.description()));
            category.set(nullToEmpty(d.category()));
            tableName.set(d.tableName());
            entityType.set(d.entityType());
            recordsPerPage.set(d.recordsPerPage());
            // Choices first: a combo box keeps its value only while the value is among its items.
            List<String> custom = d.fields().stream().map(FieldDefinition::name).filter(n -> !n.isBlank()).toList();
            updateChoices(primaryFieldChoices, Stream.concat(Stream.of(NONE), custom.stream()).toList());
            updateChoices(sortFieldChoices, Stream.of(Stream.of(NONE), SystemFields.of(d).stream()
                    .map(SystemField::name), custom.stream()).flatMap(x -> x).toList());
            icon.set(d.icon());
            primaryField.set(d.primaryField() == null ? NONE : d.primaryField());
            sortField.set(d.defaultSortField() == null ? NONE : d.defaultSortField());
            sortOrder.set(d.defaultSortOrder());
            EntityOptions o = d.options();
            audited.set(o.audited());
            versioned.set(o.versioned());
            softDelete.set(o.softDelete());
            attachments.set(o.attachments());
            comments.set(o.comments());
        });
    }

    /** Replaces the choices only when they differ: replacing equal items blanks a combo box showing one of them. */
    private static void updateChoices(ObservableList<String> choices, List<String> next) {
        if (!choices.equals(next)) {
            choices.setAll(next);
        }
    }

    private void onText(StringProperty property, BiFunction<EntityDefinition, String, EntityDefinition> apply) {
        loads.onEdit(property, now -> document.edit(d -> apply.apply(d, nullToEmpty(now))));
    }

    private <T> void onDiscrete(Property<T> property, BiFunction<EntityDefinition, T, EntityDefinition> apply) {
        loads.onEdit(property, now -> document.editAndCommit(d -> apply.apply(d, now)));
    }

    private static EntityOptions options(EntityDefinition d, Boolean audited, Boolean versioned, Boolean softDelete,
                                         Boolean attachments, Boolean comments) {
        EntityOptions o = d.options();
        return new EntityOptions(
                audited != null ? audited : o.audited(),
                versioned != null ? versioned : o.versioned(),
                softDelete != null ? softDelete : o.softDelete(),
                attachments != null ? attachments : o.attachments(),
                comments != null ? comments : o.comments());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty pluralLabelProperty() {
        return pluralLabel;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty tableNameProperty() {
        return tableName;
    }

    public ObjectProperty<EntityType> entityTypeProperty() {
        return entityType;
    }

    public ObjectProperty<Integer> recordsPerPageProperty() {
        return recordsPerPage;
    }

    /** Ikonli literal of the entity's icon, null for none. */
    public ObjectProperty<String> iconProperty() {
        return icon;
    }

    /** The custom field that titles a record (lists, lookups), {@link #NONE} for none. */
    public ObjectProperty<String> primaryFieldProperty() {
        return primaryField;
    }

    public ObjectProperty<String> sortFieldProperty() {
        return sortField;
    }

    public ObjectProperty<SortOrder> sortOrderProperty() {
        return sortOrder;
    }

    /** The server check of the technical name; empty when this step was made without one. */
    public java.util.Optional<ServerNameCheck> nameCheck() {
        return java.util.Optional.ofNullable(nameCheck);
    }

    /** {@link #NONE}, then the custom fields, for the primary field. */
    public ObservableList<String> primaryFieldChoices() {
        return primaryFieldChoices;
    }

    /** {@link #NONE}, then the system and custom fields, for the default sort. */
    public ObservableList<String> sortFieldChoices() {
        return sortFieldChoices;
    }

    public BooleanProperty auditedProperty() {
        return audited;
    }

    public BooleanProperty versionedProperty() {
        return versioned;
    }

    public BooleanProperty softDeleteProperty() {
        return softDelete;
    }

    public BooleanProperty attachmentsProperty() {
        return attachments;
    }

    public BooleanProperty commentsProperty() {
        return comments;
    }
}
