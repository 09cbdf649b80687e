package io.buildify.app.entitywizard;

import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.project.ProjectSession;
import io.buildify.core.migration.KnownEntities;
import io.buildify.core.model.EntityDefinition;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/** The project's drafts as the planner's known entities, read live so a preview sees the latest edits. */
final class DraftEntities implements KnownEntities {
    private final ProjectSession project;

    DraftEntities(ProjectSession project) {
        this.project = Objects.requireNonNull(project, "project");
    }

    @Override
    public Optional<EntityDefinition> find(String name) {
        return drafts().find(name);
    }

    @Override
    public Collection<EntityDefinition> pointingAt(String target) {
        return drafts().pointingAt(target);
    }

    private KnownEntities drafts() {
        return KnownEntities.of(project.list().stream().map(EntityDraft::definition).toList());
    }
}
