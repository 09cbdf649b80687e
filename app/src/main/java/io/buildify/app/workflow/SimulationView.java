package io.buildify.app.workflow;

import io.buildify.app.ui.Forms;
import io.buildify.app.ui.Icons;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Simulate panel: sample values and roles, Run / Step / Reset, the outcome and the step-by-step trace. */
final class SimulationView extends VBox {
    private static final PseudoClass COMPLETED = PseudoClass.getPseudoClass("completed");

    private final SimulationViewModel viewModel;
    private final GridPane values = WorkflowForms.grid();

    SimulationView(SimulationViewModel viewModel) {
        super(8);
        this.viewModel = viewModel;
        getStyleClass().add("simulation-panel");
        Label hint = new Label("Try the workflow with sample data: values of the entity's fields and the roles of "
                + "the user who clicks. The path lights up on the canvas.");
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // else a VBox cuts it to one line

        GridPane who = WorkflowForms.grid();
        Forms.row(who, "Roles", WorkflowForms.text("simulationRoles", viewModel.rolesProperty(),
                "employee, manager"), null);

        Button run = new Button("Run", Icons.of(MaterialDesignP.PLAY));
        run.setId("simulateRunButton");
        run.getStyleClass().add("accent");
        run.setTooltip(new Tooltip("Run from the start until the workflow stops"));
        run.setOnAction(event -> viewModel.run());
        Button step = new Button("Step", Icons.of(MaterialDesignS.STEP_FORWARD));
        step.setId("simulateStepButton");
        step.setTooltip(new Tooltip("Take one more transition"));
        step.setOnAction(event -> viewModel.step());
        Button reset = new Button("Reset", Icons.of(MaterialDesignR.RESTORE));
        reset.setId("simulateResetButton");
        reset.setOnAction(event -> viewModel.reset());
        HBox buttons = new HBox(6, run, step, reset);

        Label outcome = new Label();
        outcome.setId("simulationOutcome");
        outcome.getStyleClass().add("simulation-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(viewModel.outcomeProperty());
        outcome.visibleProperty().bind(outcome.textProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        viewModel.completedProperty().addListener((obs, old, now) -> outcome.pseudoClassStateChanged(COMPLETED, now));

        ListView<String> trace = new ListView<>(viewModel.trace());
        trace.setId("simulationTrace");
        trace.getStyleClass().add("simulation-trace");
        trace.setPlaceholder(new Label("Press Run or Step."));
        VBox.setVgrow(trace, Priority.ALWAYS);

        viewModel.values().addListener((ListChangeListener<SimulationValue>) c -> rebuildValues());
        rebuildValues();
        getChildren().addAll(hint, Forms.sectionTitle("Values"), values, who, buttons, outcome, trace);
    }

    private void rebuildValues() {
        values.getChildren().clear();
        if (viewModel.values().isEmpty()) {
            Label none = new Label("Pick the workflow's entity (select nothing on the canvas) to enter values.");
            none.getStyleClass().add("hint-text");
            none.setWrapText(true);
            values.add(none, 0, 0, 2, 1);
            return;
        }
        for (SimulationValue value : viewModel.values()) {
            Forms.row(values, value.field(), WorkflowForms.text("simulationValue-" + value.field(),
                    value.valueProperty(), value.typeName()), null);
        }
    }
}
