package io.buildify.core.workflow;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.SystemFields;
import io.buildify.core.model.TriggerType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowTrigger;

import java.util.function.Consumer;

/**
 * The trigger: a scheduled one needs a valid schedule (cron or interval), an on-field-change one needs the fields it
 * watches (fields of the entity); conditions are checked with the other conditions ({@link ConditionRules}).
 * Markers are workflow-level (element id "").
 */
final class TriggerRules {
    private TriggerRules() {
    }

    static void check(WorkflowDefinition workflow, EntityDefinition entity, Consumer<WorkflowMarker> out) {
        WorkflowTrigger trigger = workflow.trigger();
        if (trigger.type() == TriggerType.SCHEDULED) {
            Schedules.problem(trigger.schedule()).ifPresent(p -> out.accept(
                    WorkflowMarker.error("", "invalid_schedule", "Trigger schedule: " + p)));
        }
        if (trigger.type() == TriggerType.ON_FIELD_CHANGE) {
            if (trigger.fields().isEmpty()) {
                out.accept(WorkflowMarker.error("", "trigger_without_fields",
                        "Trigger: 'on field change' watches no field; pick the fields whose change starts it"));
            }
            for (String field : trigger.fields()) {
                if (entity != null && entity.fieldNamed(field).isEmpty()
                        && !SystemFields.RESERVED_NAMES.contains(field)) {
                    out.accept(WorkflowMarker.error("", "bad_trigger_field", "Trigger: entity '" + entity.name()
                            + "' has no field '" + field + "'"));
                }
            }
        }
        if (trigger.type() != TriggerType.MANUAL && isBlank(workflow.entityName())) {
            out.accept(WorkflowMarker.error("", "trigger_without_entity", "Trigger: an automatic or scheduled "
                    + "workflow needs the entity it applies to"));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
