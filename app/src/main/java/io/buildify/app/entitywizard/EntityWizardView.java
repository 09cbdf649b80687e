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
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
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
import java.util.Map;

/**
 * The entity wizard: title, step bar, the page of the current step, the problems that block "Next", and the
 * Back/Next buttons. Only the current page is in the scene, so validation icons of other pages never show.
 */
public final class EntityWizardView extends BorderPane {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

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
            Button button = new Button(step.number() + "  " + step.title());
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

        Button back = new Button("Back", Icons.of(MaterialDesignA.ARROW_LEFT));
        back.setId("backButton");
        back.disableProperty().bind(viewModel.canGoBackProperty().not());
        back.setOnAction(event -> viewModel.back());
        Button next = new Button("Next", Icons.of(MaterialDesignA.ARROW_RIGHT));
        next.setId("nextButton");
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.disableProperty().bind(viewModel.canGoNextProperty().not());
        next.setOnAction(event -> viewModel.next());
        back.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        spacer.setMinWidth(12);
        HBox footer = new HBox(8, problems, spacer, back, next);
        footer.getStyleClass().add("wizard-footer");
        footer.setAlignment(Pos.CENTER_RIGHT);
        return footer;
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
