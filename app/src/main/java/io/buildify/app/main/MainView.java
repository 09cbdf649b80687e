package io.buildify.app.main;

import io.buildify.app.audit.AuditTrail;
import io.buildify.app.audit.AuditWindow;
import io.buildify.app.entitywizard.EntityWizardView;
import io.buildify.app.entitywizard.EntityWizardViewModel;
import io.buildify.app.eroverview.ErOverviewView;
import io.buildify.app.explorer.ArchiveDialog;
import io.buildify.app.explorer.DamagedDraftsView;
import io.buildify.app.explorer.DamagedDraftsViewModel;
import io.buildify.app.explorer.ProjectExplorerView;
import io.buildify.app.history.MigrationHistoryView;
import io.buildify.app.projectfiles.ProjectFilesMenu;
import io.buildify.app.publishqueue.PendingPublishesWindow;
import io.buildify.app.settings.SettingsView;
import io.buildify.app.settings.SettingsViewModel;
import javafx.beans.binding.Bindings;
import io.buildify.app.ui.Icons;
import io.buildify.app.workflow.WorkflowDesignerView;
import io.buildify.app.workflow.WorkflowDesignerViewModel;
import io.buildify.app.workflow.WorkflowListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import java.nio.file.Path;
import java.util.function.Supplier;

/** The main window's content: toolbar, explorer | wizard, status bar. */
public final class MainView extends BorderPane {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel viewModel;
    private final StackPane wizardHolder = new StackPane();
    private final Node placeholder;
    /** The explorer, and below it the damaged drafts once the app sets them. */
    private final VBox left = new VBox();
    private ProjectFilesMenu fileMenu;
    private final Button settingsButton = new Button(null, Icons.of(MaterialDesignC.COG_OUTLINE));

    public MainView(MainViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("main-view");
        setTop(toolbar());

        placeholder = placeholder();
        wizardHolder.getStyleClass().add("wizard-holder");
        wizardHolder.setPadding(new Insets(16, 20, 12, 20));
        ProjectExplorerView explorer = new ProjectExplorerView(viewModel.explorer());
        explorer.setMinWidth(220);
        Node explorerNode = viewModel.hasWorkflows() ? explorerTabs(explorer) : explorer;
        VBox.setVgrow(explorerNode, Priority.ALWAYS);
        left.getChildren().add(explorerNode);
        left.setMinWidth(220);
        SplitPane split = new SplitPane(left, wizardHolder);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(left, false);
        setCenter(split);
        setBottom(new StatusBar(viewModel));

        viewModel.wizardProperty().addListener((obs, old, now) -> showWizard(now));
        showWizard(viewModel.wizardProperty().get());
        viewModel.designerProperty().addListener((obs, old, now) -> {
            showDesigner(now);
            split.setDividerPositions(now != null ? 0.16 : 0.22); // the canvas needs the width more
        });
    }

    /** Entities and Workflows as two tabs of the explorer; opening a workflow shows its tab. */
    private Node explorerTabs(ProjectExplorerView explorer) {
        Tab entities = new Tab("Entities", explorer);
        entities.setId("entitiesTab");
        Tab workflows = new Tab("Workflows", new WorkflowListView(viewModel.workflowList()));
        workflows.setId("workflowsTab");
        TabPane tabs = new TabPane(entities, workflows);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(220);
        viewModel.designerProperty().addListener((obs, old, now) ->
                tabs.getSelectionModel().select(now != null ? workflows : entities));
        return tabs;
    }

    private void showDesigner(WorkflowDesignerViewModel designer) {
        if (designer != null) {
            WorkflowDesignerView view = new WorkflowDesignerView(designer);
            view.setOnDeleteWorkflow(() -> WorkflowImport.confirmDelete(viewModel, getScene().getWindow()));
            wizardHolder.getChildren().setAll(view);
            wizardHolder.setPadding(Insets.EMPTY);
        } else {
            wizardHolder.setPadding(new Insets(16, 20, 12, 20));
            showWizard(viewModel.wizardProperty().get());
        }
    }

    /**
     * Imports a project file through File ▸ Import's path (replace/rename/skip, then a report or the refusal with
     * the file's problem); used for a file given on the command line. Call once the view is in a shown window.
     */
    public void importFile(Path file) {
        fileMenu.importFile(file);
    }

    /** Shows the toolbar's "Settings…" button, which opens the dialog of a fresh {@link SettingsViewModel}. */
    public void setSettings(Supplier<SettingsViewModel> settings) {
        settingsButton.setOnAction(event -> SettingsView.show(settings.get(), getScene().getWindow()));
        settingsButton.setVisible(true);
    }

    /** Lists the drafts whose stored JSON cannot be read below the explorer (the app calls this). */
    public void setDamagedDrafts(DamagedDraftsViewModel damaged) {
        left.getChildren().add(new DamagedDraftsView(damaged));
    }

    /** Adds the toolbar's "Audit trail" button (beside History…), opening on the open entity or workflow (the app calls this). */
    public void setAuditTrail(AuditTrail trail) {
        var items = ((ToolBar) getTop()).getItems();
        // Beside History…: both look back at changes.
        int afterHistory = items.indexOf(items.stream().filter(item -> "entityHistoryButton".equals(item.getId()))
                .findFirst().orElseThrow()) + 1;
        items.add(afterHistory, AuditWindow.button(trail, () -> {
            var designer = viewModel.designerProperty().get();
            var wizard = viewModel.wizardProperty().get();
            return designer != null ? designer.workflowId() : wizard != null ? wizard.document().entityId() : null;
        }));
    }

    /** Installs the keyboard shortcuts once the view is in a scene. */
    public void installAccelerators() {
        var accelerators = getScene().getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), viewModel::newEntity);
        accelerators.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::showErDiagram);
        // Every edit is saved as it happens; Ctrl+S only finishes a pending text edit ("All changes saved").
        accelerators.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), viewModel::commit);
        // A filter, not an accelerator: text fields would otherwise take Ctrl+Z for their own (per-field) undo.
        // The wizard's undo first saves the text being typed, so undo steps back over whole edits.
        getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (viewModel.wizardProperty().get() != null) {
                EntityWizardView.navigate(viewModel.wizardProperty().get(), event);
            }
            if (event.isConsumed()) {
                return;
            }
            if (UNDO.match(event)) {
                viewModel.undo();
            } else if (REDO.match(event) || REDO_Y.match(event)) {
                viewModel.redo();
            } else {
                return;
            }
            event.consume();
        });
    }

    private ToolBar toolbar() {
        Button newEntity = new Button("New entity", Icons.of(MaterialDesignP.PLUS_BOX_OUTLINE));
        newEntity.setId("newEntityButton");
        newEntity.setTooltip(new Tooltip("Create an entity draft (Ctrl+N)"));
        newEntity.setOnAction(event -> viewModel.newEntity());

        Button duplicate = new Button(null, Icons.of(MaterialDesignC.CONTENT_COPY));
        duplicate.setId("duplicateEntityButton");
        duplicate.setTooltip(new Tooltip("Copy the selected entity as <name>_copy"));
        duplicate.disableProperty().bind(viewModel.explorer().selectedProperty().isNull());
        duplicate.setOnAction(event -> viewModel.duplicateSelected());
        Button delete = new Button(null, Icons.of(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("deleteEntityButton");
        delete.setTooltip(new Tooltip("Delete the selected draft; a published entity is archived on the server"));
        delete.disableProperty().bind(viewModel.explorer().selectedProperty().isNull());
        delete.setOnAction(event -> confirmDelete());

        Button undo = new Button(null, Icons.of(MaterialDesignU.UNDO));
        undo.setId("undoButton");
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(viewModel.undoTextProperty().concat(" (Ctrl+Z)"));
        undo.setTooltip(undoTip);
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        undo.setOnAction(event -> viewModel.undo());
        Button redo = new Button(null, Icons.of(MaterialDesignR.REDO));
        redo.setId("redoButton");
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(viewModel.redoTextProperty().concat(" (Ctrl+Shift+Z)"));
        redo.setTooltip(redoTip);
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        redo.setOnAction(event -> viewModel.redo());

        Button publish = new Button("Publish…", Icons.of(MaterialDesignC.CLOUD_UPLOAD_OUTLINE));
        publish.setId("showPublishButton");
        publish.setTooltip(new Tooltip("Review the SQL and publish the open entity"));
        publish.disableProperty().bind(viewModel.wizardProperty().isNull());
        publish.setOnAction(event -> viewModel.showPublish());

        Button erDiagram = new Button(null, Icons.of(MaterialDesignS.SITEMAP_OUTLINE));
        erDiagram.setId("erDiagramButton");
        erDiagram.setAccessibleText("ER diagram");
        erDiagram.setTooltip(new Tooltip("ER diagram: all entities and their relationships (Ctrl+Shift+E)"));
        erDiagram.setOnAction(event -> showErDiagram());

        Button history = new Button(null, Icons.of(MaterialDesignH.HISTORY));
        history.setId("entityHistoryButton");
        history.setAccessibleText("History");
        history.setTooltip(new Tooltip("History: the migrations of the selected entity, with rollback"));
        history.disableProperty().bind(viewModel.explorer().selectedProperty().isNull());
        history.setOnAction(event -> viewModel.historyOfSelected().ifPresent(model ->
                MigrationHistoryView.openWindow(getScene().getWindow(), model)));

        // Secondary actions show icons only (with tooltips naming them) and Import BPMN is in the File menu, so every
        // button fits at 1280 px: the toolbar's overflow menu used to hide "Pending publishes".
        ToolBar bar = new ToolBar(newEntity, duplicate, delete, new Separator(Orientation.VERTICAL), undo, redo,
                new Separator(Orientation.VERTICAL), publish, history, erDiagram);
        if (viewModel.hasWorkflows()) {
            Button newWorkflow = new Button("New workflow", Icons.of(MaterialDesignP.PLUS_BOX_MULTIPLE_OUTLINE));
            newWorkflow.setId("newWorkflowButton");
            newWorkflow.setTooltip(new Tooltip("Draw a workflow: states and transitions on a canvas"));
            newWorkflow.setOnAction(event -> viewModel.newWorkflow());
            bar.getItems().addAll(new Separator(Orientation.VERTICAL), newWorkflow);
        }
        var selected = viewModel.explorer().selectedProperty();
        fileMenu = new ProjectFilesMenu(viewModel.projectFiles(), Bindings.createStringBinding(
                () -> selected.get() == null ? null : selected.get().entityId(), selected),
                () -> selected.get() == null ? "entity" : selected.get().name());
        if (viewModel.hasWorkflows()) {
            // A file import, so in the File menu: the toolbar keeps room for every button at 1280 px.
            MenuItem importBpmn = new MenuItem("Import BPMN workflow…", Icons.of(MaterialDesignP.PAPERCLIP));
            importBpmn.setId("importBpmnItem");
            importBpmn.setOnAction(event -> WorkflowImport.chooseAndImport(viewModel, getScene().getWindow()));
            fileMenu.addImportItem(importBpmn);
        }
        bar.getItems().add(0, fileMenu);
        settingsButton.setId("settingsButton");
        settingsButton.setAccessibleText("Settings");
        settingsButton.setTooltip(new Tooltip("Settings: server connection and where the drafts are kept"));
        settingsButton.setVisible(false); // until the app gives it something to open
        settingsButton.managedProperty().bind(settingsButton.visibleProperty());
        bar.getItems().add(1, settingsButton);
        bar.getItems().add(2, new Separator(Orientation.VERTICAL));
        viewModel.pendingPublishes().ifPresent(queue -> bar.getItems().addAll(new Separator(Orientation.VERTICAL),
                PendingPublishesWindow.button(queue)));
        return bar;
    }

    /** Opens the ER overview window (or brings it to the front). */
    public void showErDiagram() {
        ErOverviewView.show(viewModel.erOverview(), getScene().getWindow());
    }

    /** A published entity is archived through the server after confirmation; a draft is deleted (no undo). */
    private void confirmDelete() {
        var selected = viewModel.explorer().selectedProperty().get();
        if (selected == null) {
            return;
        }
        if (viewModel.archiving().isPublished(selected.entityId())) {
            ArchiveDialog.run(viewModel.archiving(), selected.entityId(), getScene().getWindow());
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The draft and its undo history are removed from this"
                + " computer; this cannot be undone.", ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle("Delete entity");
        alert.setHeaderText("Delete the draft '" + selected.name() + "'?");
        alert.initOwner(getScene().getWindow());
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.deleteSelected());
    }

    private Node placeholder() {
        Label title = new Label("No entity open");
        title.getStyleClass().add("placeholder-title");
        title.setGraphic(Icons.sized(MaterialDesignT.TABLE_LARGE, 32));
        Label hint = new Label("Select an entity on the left, or click \"New entity\" to design one.");
        hint.getStyleClass().add("placeholder-text");
        VBox box = new VBox(8, title, hint);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void showWizard(EntityWizardViewModel wizard) {
        wizardHolder.getChildren().setAll(wizard == null ? placeholder : new EntityWizardView(wizard));
    }
}
