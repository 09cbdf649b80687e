package io.buildify.core.model;

import java.util.List;
import java.util.Objects;

/** A workflow (SPEC §2): header, the entity it applies to (by name), trigger, states and transitions. */
public record WorkflowDefinition(
        String id,
        String name,
        String label,
        String description,
        String category,
        String entityName,
        WorkflowTrigger trigger,
        List<WorkflowState> states,
        List<WorkflowTransition> transitions) {

    public WorkflowDefinition {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        label = label == null ? "" : label;
        trigger = trigger == null ? WorkflowTrigger.manual() : trigger;
        states = Lists.copy(states);
        transitions = Lists.copy(transitions);
    }

    public static WorkflowDefinition of(String name, String entityName) {
        return new WorkflowDefinition(Ids.newId(), name, Names.labelOf(name), null, null, entityName,
                WorkflowTrigger.manual(), List.of(), List.of());
    }
}
