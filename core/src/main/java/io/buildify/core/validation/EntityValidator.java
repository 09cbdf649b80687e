package io.buildify.core.validation;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.SystemField;
import io.buildify.core.model.SystemFields;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an entity definition against the rules of SPEC §1 before it is saved, previewed or published: valid and
 * unique names, required labels, no contradictory limits, defaults that fit, indexes and relationships that refer
 * to real columns. Pure and side-effect free; the wizard calls it on every edit.
 *
 * <p>Problems come back in definition order (entity, fields, relationships, indexes) with a JSON-style path,
 * e.g. {@code fields[2].max_length}.
 */
public final class EntityValidator {
    public static final int MAX_RECORDS_PER_PAGE = 100;

    private EntityValidator() {
    }

    public static List<ValidationProblem> validate(EntityDefinition entity) {
        Objects.requireNonNull(entity, "entity");
        Problems problems = new Problems();
        checkBasics(entity, problems);

        Set<String> columns = new LinkedHashSet<>();
        SystemFields.of(entity).stream().map(SystemField::name).forEach(columns::add);
        Map<String, FieldType> customTypes = new HashMap<>();
        checkFields(entity.fields(), columns, customTypes, problems);
        RelationshipRules.check(entity, columns, problems);
        IndexRules.check(entity.indexes(), entity.tableName(), columns, customTypes, problems);
        checkFieldReferences(entity, columns, problems);
        return problems.list();
    }

    /** True when {@link #validate} finds no errors (warnings allowed). */
    public static boolean isValid(EntityDefinition entity) {
        return validate(entity).stream().noneMatch(ValidationProblem::isError);
    }

    /** Throws {@link InvalidDefinitionException} with every problem when there is at least one error. */
    public static void requireValid(EntityDefinition entity) {
        List<ValidationProblem> problems = validate(entity);
        if (problems.stream().anyMatch(ValidationProblem::isError)) {
            throw new InvalidDefinitionException(problems);
        }
    }

    private static void checkBasics(EntityDefinition entity, Problems problems) {
        if (Problems.isBlank(entity.id())) {
            problems.error("id", "an id is required");
        }
        problems.identifier("name", entity.name());
        problems.identifier("table_name", entity.tableName());
        if (Problems.isBlank(entity.label())) {
            problems.error("label", "a label is required");
        }
        if (Problems.isBlank(entity.pluralLabel())) {
            problems.warning("plural_label", "a plural label is recommended; lists are titled with it");
        }
        if (entity.recordsPerPage() < 1 || entity.recordsPerPage() > MAX_RECORDS_PER_PAGE) {
            problems.error("records_per_page",
                    "records_per_page must be between 1 and " + MAX_RECORDS_PER_PAGE + ", not "
                            + entity.recordsPerPage());
        }
    }

    private static void checkFields(List<FieldDefinition> fields, Set<String> columns,
                                    Map<String, FieldType> customTypes, Problems problems) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition field = fields.get(i);
            String path = "fields[" + i + "]";
            if (!ids.add(field.id())) {
                problems.error(path + ".id", "another field has the id '" + field.id() + "'");
            }
            FieldRules.check(field, path, problems);
            if (SystemFields.RESERVED_NAMES.contains(field.name())) {
                continue; // already reported by FieldRules as a system name
            }
            if (!field.name().isEmpty() && !columns.add(field.name())) {
                problems.error(path + ".name", "another field is already named '" + field.name() + "'");
            } else {
                customTypes.put(field.name(), field.type());
            }
        }
    }

    private static void checkFieldReferences(EntityDefinition entity, Set<String> columns, Problems problems) {
        if (!Problems.isBlank(entity.primaryField()) && !columns.contains(entity.primaryField())) {
            problems.error("primary_field", "there is no field named '" + entity.primaryField() + "'");
        }
        if (!Problems.isBlank(entity.defaultSortField()) && !columns.contains(entity.defaultSortField())) {
            problems.error("default_sort_field", "there is no field named '" + entity.defaultSortField() + "'");
        }
    }
}
