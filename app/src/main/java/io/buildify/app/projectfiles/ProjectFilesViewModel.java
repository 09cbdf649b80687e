package io.buildify.app.projectfiles;

import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.drafts.WorkflowDraft;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.workflow.WorkflowProject;
import io.buildify.core.json.DefinitionFileException;
import io.buildify.core.json.DefinitionFiles;
import io.buildify.core.json.DefinitionKind;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.Ids;
import io.buildify.core.model.Project;
import io.buildify.core.model.WorkflowDefinition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * File ▸ Export / Import of {@code *.buildify.json} files (SPEC §3, {@code docs/project-files.md}): the whole
 * project (every entity and workflow draft) or one entity. Import reads and checks the whole file before it
 * changes anything, so a broken, truncated or newer-version file is refused with its line and column and the
 * drafts stay as they were. A definition whose name (or id) a draft already has is put to the
 * {@link ImportConflictResolver}: replace, rename or skip.
 */
public final class ProjectFilesViewModel {
    /** The file name ending the file chooser filters on. */
    public static final String EXTENSION = ".buildify.json";

    private final ProjectSession entities;
    private final WorkflowProject workflows;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private RecentProjects recent;

    /** @param workflows the workflow drafts, or null for a window without them (only entities travel then) */
    public ProjectFilesViewModel(ProjectSession entities, WorkflowProject workflows) {
        this.entities = Objects.requireNonNull(entities, "entities");
        this.workflows = workflows;
    }

    /** Remembers every file imported or exported from now on for File ▸ Open recent. */
    public void setRecentProjects(RecentProjects recent) {
        this.recent = Objects.requireNonNull(recent, "recent");
    }

    /** The recent files, newest first; empty without a {@link RecentProjects}. */
    public List<Path> recentFiles() {
        return recent == null ? List.of() : recent.list();
    }

    /**
     * Imports a file of the recent list again. One that no longer exists is taken off the list and refused with a
     * message saying so.
     */
    public Optional<ImportReport> openRecent(Path file, ImportConflictResolver resolver) {
        if (!Files.isRegularFile(file)) {
            if (recent != null) {
                recent.remove(file);
            }
            failed(file + " no longer exists (moved or deleted); it was removed from the recent projects.");
            return Optional.empty();
        }
        return importFile(file, resolver);
    }

    /** Empties File ▸ Open recent. */
    public void clearRecent() {
        if (recent != null) {
            recent.clear();
        }
    }

    private void remember(Path file) {
        if (recent != null) {
            recent.add(file);
        }
    }

    /** The project as it would be exported: every draft's current definition, named after the file. */
    public Project currentProject(String name) {
        List<WorkflowDefinition> flows = workflows == null ? List.of()
                : workflows.list().stream().map(WorkflowDraft::definition).toList();
        return new Project(name, entities.list().stream().map(EntityDraft::definition).toList(), flows)
                .canonical();
    }

    /** Writes every draft to {@code file}; returns false (and says why in {@link #messageProperty()}) on failure. */
    public boolean exportProject(Path file) {
        Objects.requireNonNull(file, "file");
        Project project = currentProject(baseNameOf(file));
        try {
            DefinitionFiles.write(file, project);
        } catch (IOException e) {
            return failed("Cannot write " + file + ": " + e.getMessage());
        }
        remember(file);
        return done("Exported " + project.entities().size() + " entities and " + project.workflows().size()
                + " workflows to " + file.getFileName() + "." + damagedLeftOut());
    }

    /** Said after an export, so a draft that cannot be read is never left out silently. */
    private String damagedLeftOut() {
        int damaged = entities.damaged().size() + (workflows == null ? 0 : workflows.damaged().size());
        return damaged == 0 ? "" : " " + damaged + (damaged == 1 ? " damaged draft was" : " damaged drafts were")
                + " left out: see Damaged drafts below the explorer.";
    }

    /** Writes one entity draft to {@code file}. */
    public boolean exportEntity(String entityId, Path file) {
        Objects.requireNonNull(file, "file");
        Optional<EntityDraft> draft = entities.find(Objects.requireNonNull(entityId, "entityId"));
        if (draft.isEmpty()) {
            return failed("There is no entity draft " + entityId + " to export.");
        }
        try {
            DefinitionFiles.write(file, draft.get().definition());
        } catch (IOException e) {
            return failed("Cannot write " + file + ": " + e.getMessage());
        }
        remember(file);
        return done("Exported '" + draft.get().definition().name() + "' to " + file.getFileName() + ".");
    }

    /**
     * Imports a project, entity or workflow file. Returns the report, or empty when the file was refused (the
     * reason, with line and column, is in {@link #messageProperty()}) — then nothing was changed.
     */
    public Optional<ImportReport> importFile(Path file, ImportConflictResolver resolver) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(resolver, "resolver");
        Project incoming;
        try {
            incoming = read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            failed("Cannot read " + file + ": " + e.getMessage());
            return Optional.empty();
        } catch (DefinitionFileException e) {
            failed("Cannot import " + file.getFileName() + ": " + e.getMessage());
            return Optional.empty();
        }
        if (!incoming.workflows().isEmpty() && workflows == null) {
            failed("Cannot import " + file.getFileName() + ": this window has no workflow drafts.");
            return Optional.empty();
        }
        ImportReport report = apply(incoming, resolver);
        remember(file);
        done(report.summary());
        return Optional.of(report);
    }

    /** Reads any kind of file as a project (one entity or workflow is a project of one). */
    static Project read(String json) {
        DefinitionKind kind = DefinitionFiles.kindOf(json);
        return switch (kind) {
            case PROJECT -> DefinitionFiles.readProject(json);
            case ENTITY -> new Project("", List.of(DefinitionFiles.readEntity(json)), List.of());
            case WORKFLOW -> new Project("", List.of(), List.of(DefinitionFiles.readWorkflow(json)));
        };
    }

    private ImportReport apply(Project incoming, ImportConflictResolver resolver) {
        List<String> added = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        List<String> renamed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (EntityDefinition entity : incoming.entities()) {
            Optional<EntityDefinition> existing = existingEntity(entity);
            if (existing.isEmpty()) {
                entities.save(entity);
                added.add(entity.name());
                continue;
            }
            switch (resolver.choose(DefinitionKind.ENTITY, entity.name())) {
                case REPLACE -> {
                    entities.save(DefinitionIds.withId(entity, existing.get().id()));
                    replaced.add(entity.name());
                }
                case RENAME -> {
                    EntityDefinition copy = entity.duplicate(entities.freeName(entity.name()));
                    entities.save(copy);
                    renamed.add(entity.name() + " → " + copy.name());
                }
                case SKIP -> skipped.add(entity.name());
            }
        }
        for (WorkflowDefinition workflow : incoming.workflows()) {
            Optional<WorkflowDefinition> existing = existingWorkflow(workflow);
            if (existing.isEmpty()) {
                workflows.save(workflow);
                added.add(workflow.name());
                continue;
            }
            switch (resolver.choose(DefinitionKind.WORKFLOW, workflow.name())) {
                case REPLACE -> {
                    workflows.save(DefinitionIds.withId(workflow, existing.get().id()));
                    replaced.add(workflow.name());
                }
                case RENAME -> {
                    String name = workflows.freeName(workflow.name());
                    workflows.save(DefinitionIds.withId(DefinitionIds.withName(workflow, name), Ids.newId()));
                    renamed.add(workflow.name() + " → " + name);
                }
                case SKIP -> skipped.add(workflow.name());
            }
        }
        return new ImportReport(added, replaced, renamed, skipped);
    }

    /** The draft an imported entity collides with: the one with its name, else the one with its id. */
    private Optional<EntityDefinition> existingEntity(EntityDefinition entity) {
        List<EntityDefinition> all = entities.list().stream().map(EntityDraft::definition).toList();
        return all.stream().filter(d -> d.name().equalsIgnoreCase(entity.name())).findFirst()
                .or(() -> all.stream().filter(d -> d.id().equals(entity.id())).findFirst());
    }

    private Optional<WorkflowDefinition> existingWorkflow(WorkflowDefinition workflow) {
        List<WorkflowDefinition> all = workflows.list().stream().map(WorkflowDraft::definition).toList();
        return all.stream().filter(d -> d.name().equalsIgnoreCase(workflow.name())).findFirst()
                .or(() -> all.stream().filter(d -> d.id().equals(workflow.id())).findFirst());
    }

    /** {@code crm} for {@code crm.buildify.json}. */
    static String baseNameOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(EXTENSION)) {
            return name.substring(0, name.length() - EXTENSION.length());
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private boolean done(String text) {
        message.set(text);
        return true;
    }

    private boolean failed(String text) {
        message.set(text);
        return false;
    }

    /** What the last export or import did, or why it was refused (with line and column for a broken file). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
