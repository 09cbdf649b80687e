package io.buildify.app.main;

import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.entitywizard.EntityDocument;
import io.buildify.app.eroverview.ErOverviewViewModel;
import io.buildify.app.entitywizard.EntityWizardViewModel;
import io.buildify.app.entitywizard.WizardStep;
import io.buildify.app.explorer.ArchiveEntityViewModel;
import io.buildify.app.explorer.EntityListItem;
import io.buildify.app.explorer.ProjectExplorerViewModel;
import io.buildify.app.history.MigrationHistoryViewModel;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.projectfiles.ProjectFilesViewModel;
import io.buildify.app.publishqueue.PendingPublishesViewModel;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.app.workflow.WorkflowDesignerViewModel;
import io.buildify.app.workflow.WorkflowListItem;
import io.buildify.app.workflow.WorkflowListViewModel;
import io.buildify.app.workflow.WorkflowProject;
import io.buildify.core.bpmn.BpmnImportResult;
import io.buildify.core.bpmn.BpmnImporter;
import io.buildify.core.model.Ids;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.EntityDefinition;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Objects;
import java.util.Optional;

/**
 * The main window: explorer on the left, the wizard of the selected entity in the centre, toolbar actions and the
 * status bar texts. Selecting another entity saves the current one and opens a wizard on the other; a selection
 * that only blinks to nothing while the explorer reloads does not close the wizard.
 */
public final class MainViewModel {
    static final String NEW_ENTITY_NAME = "new_entity";

    private final ProjectSession project;
    private final ServerConnection server;
    private final TaskRunner runner;
    private final ProjectExplorerViewModel explorer;
    private final ArchiveEntityViewModel archiving;
    private final ReadOnlyObjectWrapper<EntityWizardViewModel> wizard = new ReadOnlyObjectWrapper<>(this, "wizard");
    /** Mirrors of the open document's flags, re-bound when another entity opens. */
    private final EditorStatus status = new EditorStatus();
    /** Null when the window has no workflow drafts (the 3-argument constructor): the Workflows tab is hidden. */
    private final WorkflowProject workflows;
    private final WorkflowListViewModel workflowList;
    private final ReadOnlyObjectWrapper<WorkflowDesignerViewModel> designer =
            new ReadOnlyObjectWrapper<>(this, "designer");
    private ProjectFilesViewModel projectFiles;
    private PendingPublishesViewModel pendingPublishes;
    private ErOverviewViewModel erOverview;

    public MainViewModel(ProjectSession project, ServerConnection server, TaskRunner runner) {
        this(project, null, server, runner);
    }

    /** The main window with entity drafts and workflow drafts (the app); {@code workflows} may be null. */
    public MainViewModel(ProjectSession project, WorkflowProject workflows, ServerConnection server,
                         TaskRunner runner) {
        this.workflows = workflows;
        this.workflowList = workflows == null ? null : new WorkflowListViewModel(workflows);
        if (workflowList != null) {
            workflowList.selectedProperty().addListener((obs, old, now) -> openWorkflow(now));
        }
        designer.addListener((obs, old, now) -> followWorkflow(now));
        this.project = Objects.requireNonNull(project, "project");
        this.server = Objects.requireNonNull(server, "server");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.explorer = new ProjectExplorerViewModel(project);
        this.archiving = new ArchiveEntityViewModel(project, server, runner, this::removeDraft);
        explorer.selectedProperty().addListener((obs, old, now) -> open(now));
        wizard.addListener((obs, old, now) -> status.follow(now == null ? null : now.document()));
    }

    /** Creates a draft named {@code new_entity} (or {@code new_entity_2}, …), saves it and opens it at step 1. */
    public EntityDefinition newEntity() {
        EntityDefinition definition = EntityDefinition.of(project.freeName(NEW_ENTITY_NAME));
        project.save(definition);
        explorer.select(definition.id());
        return definition;
    }

    /** Deletes the selected draft-only entity (closing its wizard); a published one is archived instead. */
    public boolean deleteSelected() {
        Optional<EntityDraft> draft = selectedDraft();
        if (draft.isEmpty() || archiving.isPublished(draft.get().definition().id())) {
            return false;
        }
        removeDraft(draft.get().definition().id());
        return true;
    }

    /** Archiving published entities (their delete), which removes the draft once the server has archived it. */
    public ArchiveEntityViewModel archiving() {
        return archiving;
    }

    private void removeDraft(String id) {
        EntityWizardViewModel current = wizard.get();
        if (current != null && current.document().entityId().equals(id)) {
            current.dispose();
            wizard.set(null);
        }
        project.delete(id);
    }

    /** Saves the open entity, then copies the selected one as {@code <name>_copy} and opens the copy. */
    public Optional<EntityDefinition> duplicateSelected() {
        commit();
        Optional<EntityDefinition> copy = selectedDraft().map(draft -> draft.definition()
                .duplicate(project.freeName(draft.definition().name() + "_copy")));
        copy.ifPresent(definition -> {
            project.save(definition);
            explorer.select(definition.id());
        });
        return copy;
    }

    private Optional<EntityDraft> selectedDraft() {
        return explorer.selectedEntityId().flatMap(project::find);
    }

    /**
     * The migration history of the selected entity, for a window of its own (dispose it when that closes);
     * empty when no entity is selected.
     */
    public Optional<MigrationHistoryViewModel> historyOfSelected() {
        return explorer.selectedEntityId().map(id -> new MigrationHistoryViewModel(id, project, server, runner));
    }

    /** Opens the Preview &amp; publish step of the open entity, if its earlier steps allow it. */
    public boolean showPublish() {
        EntityWizardViewModel current = wizard.get();
        return current != null && current.goTo(WizardStep.PREVIEW);
    }

    public void undo() {
        if (designer.get() != null) {
            designer.get().undo();
        } else if (wizard.get() != null) {
            wizard.get().document().undo();
        }
    }

    public void redo() {
        if (designer.get() != null) {
            designer.get().redo();
        } else if (wizard.get() != null) {
            wizard.get().document().redo();
        }
    }

    /** Saves pending edits; called before the window closes. */
    public void commit() {
        if (wizard.get() != null) {
            wizard.get().document().commit();
        }
    }

    private void open(EntityListItem item) {
        if (item == null) {
            return;
        }
        EntityWizardViewModel current = wizard.get();
        if (current != null && current.document().entityId().equals(item.entityId())) {
            return;
        }
        if (current != null) {
            current.dispose();
        }
        closeWorkflow();
        wizard.set(project.find(item.entityId()).map(draft -> new EntityWizardViewModel(
                new EntityDocument(project, draft.definition()), project, server, runner)).orElse(null));
    }

    /** Creates an empty workflow draft on the first entity (if any) and opens it in the designer. */
    public WorkflowDefinition newWorkflow() {
        requireWorkflows();
        String entity = project.list().stream().map(d -> d.definition().name()).filter(n -> !n.isBlank())
                .findFirst().orElse(null);
        WorkflowDefinition workflow = WorkflowDefinition.of(workflows.freeName("new_workflow"), entity);
        workflows.save(workflow);
        workflowList.select(workflow.id());
        return workflow;
    }

    /**
     * Imports a BPMN 2.0 file as a new workflow draft and opens it; returns what could not be mapped. A name
     * already used gets a suffix, and the draft gets a new id so an import never overwrites a draft.
     */
    public BpmnImportResult importBpmn(java.nio.file.Path file) {
        requireWorkflows();
        BpmnImportResult result = BpmnImporter.read(file);
        WorkflowDefinition w = result.workflow();
        String name = workflows.freeName(w.name().isBlank() ? "imported_workflow" : w.name());
        WorkflowDefinition copy = new WorkflowDefinition(Ids.newId(), name, w.label(), w.description(),
                w.category(), w.entityName(), w.trigger(), w.states(), w.transitions());
        workflows.save(copy);
        workflowList.select(copy.id());
        return result;
    }

    /** Deletes the open workflow's draft (published versions stay on the server) and closes the designer. */
    public void deleteOpenWorkflow() {
        WorkflowDesignerViewModel open = designer.get();
        if (open != null) {
            closeWorkflow();
            workflowList.selectedProperty().set(null);
            workflows.delete(open.workflowId());
        }
    }

    private void openWorkflow(WorkflowListItem item) {
        if (item == null || designer.get() != null && designer.get().workflowId().equals(item.workflowId())) {
            return;
        }
        workflows.find(item.workflowId()).ifPresent(draft -> {
            if (wizard.get() != null) {
                commit();
                wizard.get().dispose();
                wizard.set(null);
            }
            explorer.selectedProperty().set(null);
            designer.set(new WorkflowDesignerViewModel(workflows, draft.definition(),
                    () -> project.list().stream().map(EntityDraft::definition).toList(), server, runner));
        });
    }

    private void closeWorkflow() {
        if (designer.get() != null) {
            designer.set(null);
            if (workflowList != null) {
                workflowList.selectedProperty().set(null);
            }
        }
    }

    private void requireWorkflows() {
        if (workflows == null) {
            throw new IllegalStateException("this window was opened without workflow drafts");
        }
    }

    /** Status bar and undo buttons follow the designer while a workflow is open, else the entity wizard. */
    private void followWorkflow(WorkflowDesignerViewModel now) {
        if (now != null) {
            status.follow(now);
        } else {
            status.follow(wizard.get() == null ? null : wizard.get().document());
        }
    }

    /** The undo button's tooltip: what undo would take back ("Undo Rename state 'review'"). */
    public javafx.beans.property.ReadOnlyStringProperty undoTextProperty() {
        return status.undoText();
    }

    public javafx.beans.property.ReadOnlyStringProperty redoTextProperty() {
        return status.redoText();
    }

    /** True when this window has workflow drafts (the Workflows tab shows). */
    public boolean hasWorkflows() {
        return workflows != null;
    }

    /** The Workflows tab; null when {@link #hasWorkflows()} is false. */
    public WorkflowListViewModel workflowList() {
        return workflowList;
    }

    /** The open workflow designer, or null while an entity (or nothing) is open. */
    public ReadOnlyObjectProperty<WorkflowDesignerViewModel> designerProperty() {
        return designer.getReadOnlyProperty();
    }

    public ProjectExplorerViewModel explorer() {
        return explorer;
    }

    /** The ER overview of all entities; double-clicking one there opens it here (closing an open workflow). */
    public ErOverviewViewModel erOverview() {
        if (erOverview == null) {
            erOverview = new ErOverviewViewModel(project, this::openEntity);
        }
        return erOverview;
    }

    /** Opens the entity in the wizard, as selecting it in the explorer does; the search is cleared if it hides it. */
    public void openEntity(String entityId) {
        commit();
        closeWorkflow();
        explorer.searchTextProperty().set("");
        explorer.select(entityId);
    }

    /** File ▸ Export / Import of {@code *.buildify.json} files (entities, and workflows when the window has them). */
    public ProjectFilesViewModel projectFiles() {
        if (projectFiles == null) {
            projectFiles = new ProjectFilesViewModel(project, workflows);
        }
        return projectFiles;
    }

    /** Shows the publish queue (the app sets it; tests may not); the explorer and the workflow list follow it. */
    public void setPendingPublishes(PendingPublishesViewModel queue) {
        this.pendingPublishes = Objects.requireNonNull(queue, "queue");
        queue.publishedCountProperty().addListener((obs, old, now) -> {
            explorer.refresh();
            if (workflows != null) {
                workflows.changedElsewhere(); // a queued workflow publish went through: its list entry says so
            }
        });
    }

    /** The publish queue's ViewModel, when this window has one. */
    public Optional<PendingPublishesViewModel> pendingPublishes() {
        return Optional.ofNullable(pendingPublishes);
    }

    public ServerConnection server() {
        return server;
    }

    public ReadOnlyObjectProperty<EntityWizardViewModel> wizardProperty() {
        return wizard.getReadOnlyProperty();
    }

    /** "All changes saved", "Saving…" while a text edit waits to be saved, or the save error. */
    public StringBinding saveStatusProperty() {
        return status.saveStatus();
    }

    public BooleanBinding canUndoProperty() {
        return status.canUndo();
    }

    public BooleanBinding canRedoProperty() {
        return status.canRedo();
    }
}
