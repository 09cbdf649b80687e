package io.buildify.core.model;

import java.util.Comparator;
import java.util.List;

/** A whole design: every entity and workflow of one project, as exported to a {@code .buildify.json} file. */
public record Project(String name, List<EntityDefinition> entities, List<WorkflowDefinition> workflows) {

    public Project {
        name = name == null ? "" : name;
        entities = Lists.copy(entities);
        workflows = Lists.copy(workflows);
    }

    /**
     * The same project with entities and workflows sorted by name (then id), so that a file written from it does
     * not change when only the order in which definitions were created differs.
     */
    public Project canonical() {
        return new Project(name,
                entities.stream().sorted(Comparator.comparing(EntityDefinition::name)
                        .thenComparing(EntityDefinition::id)).toList(),
                workflows.stream().sorted(Comparator.comparing(WorkflowDefinition::name)
                        .thenComparing(WorkflowDefinition::id)).toList());
    }
}
