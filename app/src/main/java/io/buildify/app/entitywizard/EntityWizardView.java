package io.buildify.app.entitywizard;

import io.buildify.app.ui.Icons;
import io.buildify.app.ui.ProblemDecorator;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.validation.ValidationProblem;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The entity wizard: title, step bar, the page of the current step, the problems that block "Next", and the
 * Cancel / Save draft / Back / Next buttons, with keyboard navigation between steps. Only the current page is in the scene, so validation icons of other pages never show.
 */
public final class EntityWizardView extends BorderPane {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private static final KeyCombination NEXT_PAGE =
            new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS_PAGE =
            new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT_ALT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    private static final KeyCombination PREVIOUS_ALT = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final EntityWizardViewModel viewModel;
    private final ProblemDecorator decorator;
    private final Map<WizardStep, Node> pages = new EnumMap<>(WizardStep.class);
    private final Map<WizardStep, Button> stepButtons = new EnumMap<>(WizardStep.class);
    private final StackPane pageHolder = new StackPane();

    public EntityWizardView(EntityWizardViewModel viewModel) {
        this.viewModel = viewModel;
        this.decorator = new ProblemDecorator(viewModel.document().problems());
        getStyleClass().add("entity-wizard");

        pages.put(WizardStep.BASIC_INFO, new BasicInfoView(viewModel.basicInfo(), decorator));
        pages.put(WizardStep.FIELDS, new FieldsView(viewModel.fields(), decorator));
        pages.put(WizardStep.RELATIONSHIPS, new RelationshipsView(viewModel.relationships(), decorator));
        pages.put(WizardStep.INDEXES, new IndexesView(viewModel.indexes(), decorator));
        pages.put(WizardStep.PREVIEW, new PublishView(viewModel.publish()));

        setTop(new VBox(10, title(), stepBar()));
        pageHolder.getStyleClass().add("wizard-content");
        pageHolder.setPadding(new Insets(16, 0, 8, 0));
        setCenter(pageHolder);
        setBottom(footer());

        viewModel.stepProperty().addListener((obs, old, now) -> showStep(now));
        viewModel.document().problems().addListener((ListChangeListener<ValidationProblem>) c -> updateStepBar());
        showStep(viewModel.stepProperty().get());
    }

    private Node title() {
        Label title = new Label();
        title.setId("wizardTitle");
        title.getStyleClass().add("wizard-title");
        title.setGraphic(Icons.sized(MaterialDesignT.TABLE_LARGE, 22));
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            EntityDefinition d = viewModel.document().definition();
            String label = d.label().isBlank() ? d.name() : d.label();
            return label + (d.name().isBlank() ? "" : "  (" + d.name() + ")");
        }, viewModel.document().definitionProperty()));
        return title;
    }

    private Node stepBar() {
        HBox bar = new HBox(6);
        bar.getStyleClass().add("step-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        for (WizardStep step : WizardStep.values()) {
            if (step.ordinal() > 0) {
                bar.getChildren().add(Icons.of(MaterialDesignC.CHEVRON_RIGHT));
            }
            // "_1" makes Alt+1 … Alt+5 open the steps (mnemonics).
            Button button = new Button("_" + step.number() + "  " + step.title());
            button.setTooltip(new Tooltip("Alt+" + step.number()));
            button.setId("step" + step.name());
            button.getStyleClass().add("step-button");
            button.setOnAction(event -> viewModel.goTo(step));
            stepButtons.put(step, button);
            bar.getChildren().add(button);
        }
        return bar;
    }

    private Node footer() {
        Label problems = new Label();
        problems.setId("stepProblems");
        problems.getStyleClass().add("step-problems");
        problems.setWrapText(true);
        problems.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        problems.textProperty().bind(viewModel.stepProblemSummaryProperty());
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(problems, Priority.ALWAYS);

        Button cancel = new Button("Cancel", Icons.of(MaterialDesignC.CLOSE));
        cancel.setId("cancelButton");
        cancel.setTooltip(new Tooltip("Discard the changes made since this entity was opened (Ctrl+Z brings them "
                + "back)"));
        cancel.disableProperty().bind(viewModel.document().changedSinceOpenedProperty().not());
        cancel.setOnAction(event -> confirmCancel());

        Button save = new Button();
        save.setId("saveDraftButton");
        save.setTooltip(new Tooltip("Every edit is saved to the local draft store as you go; this saves the text "
                + "being typed now (Ctrl+S)"));
        save.textProperty().bind(Bindings.when(viewModel.document().dirtyProperty())
                .then("_Save draft").otherwise("All changes saved"));
        save.graphicProperty().bind(Bindings.when(viewModel.document().dirtyProperty())
                .then((Node) Icons.of(MaterialDesignC.CONTENT_SAVE_OUTLINE))
                .otherwise((Node) Icons.of(MaterialDesignC.CHECK)));
        save.disableProperty().bind(viewModel.document().dirtyProperty().not());
        save.setOnAction(event -> viewModel.saveDraft());

        Button back = new Button("_Back", Icons.of(MaterialDesignA.ARROW_LEFT));
        back.setId("backButton");
        back.setTooltip(new Tooltip("Previous step (Alt+B, Ctrl+Page Up, Alt+Left)"));
        back.disableProperty().bind(viewModel.canGoBackProperty().not());
        back.setOnAction(event -> viewModel.back());
        Button next = new Button("_Next", Icons.of(MaterialDesignA.ARROW_RIGHT));
        next.setId("nextButton");
        next.setTooltip(new Tooltip("Next step (Alt+N, Ctrl+Page Down, Alt+Right)"));
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.disableProperty().bind(viewModel.canGoNextProperty().not());
        next.setOnAction(event -> viewModel.next());
        for (Button button : List.of(cancel, save, back, next)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        spacer.setMinWidth(12);
        Region gap = new Region();
        gap.setMinWidth(12);
        HBox footer = new HBox(8, problems, spacer, cancel, save, gap, back, next);
        footer.getStyleClass().add("wizard-footer");
        footer.setAlignment(Pos.CENTER_RIGHT);
        return footer;
    }

    /**
     * Ctrl+Page Down / Alt+Right: next step; Ctrl+Page Up / Alt+Left: previous; Ctrl+S: save the text typed.
     * Consumes the event when it was one of these. The main window calls this from a scene-wide key filter, so the
     * keys work wherever the focus is (also when the focused control left with the previous page).
     */
    public static void navigate(EntityWizardViewModel viewModel, KeyEvent event) {
        if (NEXT_PAGE.match(event) || NEXT_ALT.match(event)) {
            viewModel.next();
        } else if (PREVIOUS_PAGE.match(event) || PREVIOUS_ALT.match(event)) {
            viewModel.back();
        } else if (SAVE.match(event)) {
            viewModel.saveDraft();
        } else {
            return;
        }
        event.consume();
    }

    private void confirmCancel() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "The entity goes back to how it was when you opened it. You can bring your changes back with "
                        + "Undo (Ctrl+Z).", ButtonType.OK, ButtonType.CANCEL);
        confirm.setTitle("Discard changes");
        confirm.setHeaderText("Discard the changes made since you opened this entity?");
        if (getScene() != null) {
            confirm.initOwner(getScene().getWindow());
        }
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.cancel());
    }

    private void showStep(WizardStep step) {
        pageHolder.getChildren().setAll(pages.get(step));
        updateStepBar();
        decorator.refresh();
    }

    private void updateStepBar() {
        WizardStep current = viewModel.stepProperty().get();
        stepButtons.forEach((step, button) -> {
            button.pseudoClassStateChanged(CURRENT, step == current);
            button.pseudoClassStateChanged(DONE, step.ordinal() < current.ordinal());
            button.setDisable(step != current && !viewModel.canOpen(step));
        });
    }
}
