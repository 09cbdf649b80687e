package io.buildify.app.workflow;

import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.canvas.Diagram;
import io.buildify.canvas.Marker;
import io.buildify.canvas.command.CommandStack;
import io.buildify.core.bpmn.BpmnExporter;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.validation.ValidationProblem.Severity;
import io.buildify.core.workflow.WorkflowMarker;
import io.buildify.core.workflow.WorkflowValidator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The workflow designer screen: one {@link WorkflowDocument}, saved to the draft store after every undoable unit
 * through the command stack's change listener, validated at the same moment (markers by element id for the
 * canvas, all markers for the problems list), plus the panels' ViewModels (header, properties, simulation,
 * publish), which follow {@link #revisionProperty()} rather than calling each other.
 */
public final class WorkflowDesignerViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowDesignerViewModel.class);

    private final WorkflowProject project;
    private final Supplier<List<EntityDefinition>> entities;
    private final WorkflowDocument document;
    private final ObservableMap<String, List<Marker>> markers = FXCollections.observableHashMap();
    private final ObservableList<WorkflowMarker> problems = FXCollections.observableArrayList();
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError", "");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final HeaderViewModel header;
    private final StatePropertiesViewModel stateProperties;
    private final ActionsViewModel actions;
    private final EscalationViewModel escalation;
    private final TriggerViewModel trigger;
    private final TransitionPropertiesViewModel transitionProperties;
    private final SimulationViewModel simulation;
    private final WorkflowPublishViewModel publish;
    private final WorkflowContextActions contextActions;

    /**
     * @param entities the project's entity drafts, asked afresh whenever the workflow is validated (the entity
     *                 the workflow applies to may change meanwhile)
     */
    public WorkflowDesignerViewModel(WorkflowProject project, WorkflowDefinition initial,
                                     Supplier<List<EntityDefinition>> entities, ServerConnection server,
                                     TaskRunner runner) {
        this.project = Objects.requireNonNull(project, "project");
        this.entities = Objects.requireNonNull(entities, "entities");
        this.document = new WorkflowDocument(initial);
        validate();
        this.header = new HeaderViewModel(this);
        this.stateProperties = new StatePropertiesViewModel(this);
        this.actions = new ActionsViewModel(this);
        this.escalation = new EscalationViewModel(this);
        this.trigger = new TriggerViewModel(this);
        this.transitionProperties = new TransitionPropertiesViewModel(this);
        this.simulation = new SimulationViewModel(this);
        this.publish = new WorkflowPublishViewModel(this, project, server, runner);
        this.contextActions = new WorkflowContextActions(document);
        commandStack().addListener(change -> changed());
    }

    /** After every undoable unit (edit, undo, redo): save, validate, tell the panels. */
    private void changed() {
        save();
        validate();
        describeUndo();
        if (selectedId.get() != null && !exists(selectedId.get())) {
            selectedId.set(null);
        }
        revision.set(revision.get() + 1);
    }

    private void save() {
        WorkflowDefinition current = document.definition();
        try {
            project.save(current);
            saveError.set("");
        } catch (RuntimeException e) {
            LOG.error("Could not save the draft of workflow '{}'", current.name(), e);
            saveError.set("Could not save the workflow draft: " + e.getMessage());
        }
    }

    private void validate() {
        List<WorkflowMarker> found = WorkflowValidator.validate(document.definition(), entity().orElse(null));
        problems.setAll(found);
        Map<String, List<Marker>> byElement = new LinkedHashMap<>();
        for (WorkflowMarker marker : found) {
            if (!marker.elementId().isEmpty()) {
                byElement.computeIfAbsent(marker.elementId(), id -> new ArrayList<>()).add(toCanvas(marker));
            }
        }
        markers.keySet().removeIf(id -> !byElement.containsKey(id));
        byElement.forEach((id, list) -> {
            if (!list.equals(markers.get(id))) {
                markers.put(id, List.copyOf(list));
            }
        });
    }

    static Marker toCanvas(WorkflowMarker marker) {
        return new Marker(marker.severity() == Severity.ERROR ? Marker.Severity.ERROR : Marker.Severity.WARNING,
                marker.message());
    }

    /** The entity draft the workflow applies to, if the project has one of that name. */
    public Optional<EntityDefinition> entity() {
        String name = document.header().entityName();
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return entities.get().stream().filter(e -> name.equals(e.name())).findFirst();
    }

    /** Field names of the workflow's entity (none while it has no entity), for conditions and required fields. */
    public List<String> fieldNames() {
        return entity().map(e -> e.fields().stream().map(io.buildify.core.model.FieldDefinition::name).toList())
                .orElse(List.of());
    }

    /**
     * Roles already named anywhere in this workflow and in the project's other workflow drafts (approvers, allowed
     * roles, escalations), sorted: what the role boxes suggest, so the same role is not spelled three ways. (The
     * server publishes no list of roles, so there is nothing to ask it.)
     */
    public List<String> knownRoles() {
        java.util.TreeSet<String> roles = new java.util.TreeSet<>(rolesOf(document.definition()));
        try {
            project.list().stream().filter(draft -> !draft.definition().id().equals(workflowId()))
                    .forEach(draft -> roles.addAll(rolesOf(draft.definition())));
        } catch (RuntimeException e) {
            LOG.warn("Could not read the other workflow drafts for role suggestions", e);
        }
        return List.copyOf(roles);
    }

    static java.util.Set<String> rolesOf(WorkflowDefinition wf) {
        java.util.Set<String> roles = new java.util.HashSet<>();
        wf.states().forEach(s -> {
            if (s.approval() != null) {
                roles.addAll(s.approval().approverRoles());
            }
            s.escalationRules().forEach(r -> {
                if (r.notifyRole() != null && !r.notifyRole().isBlank()) {
                    roles.add(r.notifyRole());
                }
            });
        });
        wf.transitions().forEach(t -> roles.addAll(t.allowedRoles()));
        return roles;
    }

    /** Names of the project's entity drafts, for the header's entity choice. */
    public List<String> entityNames() {
        return entities.get().stream().map(EntityDefinition::name).filter(n -> !n.isBlank()).sorted().toList();
    }

    boolean nameTakenByAnotherWorkflow(String name) {
        try {
            return project.nameTaken(name, workflowId());
        } catch (RuntimeException e) {
            LOG.warn("Could not check the workflow name '{}'", name, e);
            return false;
        }
    }

    boolean exists(String elementId) {
        return document.diagram().model().findNode(elementId).isPresent()
                || document.diagram().model().findEdge(elementId).isPresent();
    }

    /** Selects the element of a problem (the problems list calls this); workflow-level problems select nothing. */
    public void select(String elementId) {
        selectedId.set(elementId == null || elementId.isEmpty() || !exists(elementId) ? null : elementId);
    }

    public void undo() {
        commandStack().undo();
    }

    public void redo() {
        commandStack().redo();
    }

    /** Writes the workflow as BPMN 2.0 XML with diagram interchange (opens in Camunda Modeler and others). */
    public void exportBpmn(Path file) throws IOException {
        Files.writeString(file, BpmnExporter.export(document.definition()));
    }

    /** What the canvas's context menu does. */
    public WorkflowContextActions contextActions() {
        return contextActions;
    }

    public WorkflowDocument document() {
        return document;
    }

    public Diagram diagram() {
        return document.diagram();
    }

    public CommandStack commandStack() {
        return document.diagram().commandStack();
    }

    public String workflowId() {
        return document.workflowId();
    }

    /** Canvas markers by state/transition id, for {@code DiagramView.getMarkers()}. */
    public ObservableMap<String, List<Marker>> markers() {
        return markers;
    }

    /** Every marker of the workflow, the workflow-level ones (no element) included. */
    public ObservableList<WorkflowMarker> problems() {
        return problems;
    }

    /** The selected state or transition id; null when nothing (or several things) is selected. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    /** Grows after every change of the document; the panels reload from it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** "Undo Rename state 'review'", or "Undo" when there is nothing to undo; for the undo button's tooltip. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo Add on-entry action send_email", or "Redo". */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    private void describeUndo() {
        undoText.set(("Undo " + commandStack().undoDescriptionProperty().get()).strip());
        redoText.set(("Redo " + commandStack().redoDescriptionProperty().get()).strip());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return commandStack().canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return commandStack().canRedoProperty();
    }

    public HeaderViewModel header() {
        return header;
    }

    public StatePropertiesViewModel stateProperties() {
        return stateProperties;
    }

    public TriggerViewModel trigger() {
        return trigger;
    }

    public EscalationViewModel escalation() {
        return escalation;
    }

    public ActionsViewModel actions() {
        return actions;
    }

    public TransitionPropertiesViewModel transitionProperties() {
        return transitionProperties;
    }

    public SimulationViewModel simulation() {
        return simulation;
    }

    public WorkflowPublishViewModel publish() {
        return publish;
    }
}
