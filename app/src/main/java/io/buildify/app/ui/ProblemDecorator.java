package io.buildify.app.ui;

import io.buildify.core.validation.ValidationProblem;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.util.Objects;
import java.util.Optional;

/**
 * Shows a ViewModel's validation problems on the controls they belong to: a ControlsFX decoration on the control
 * (icon + tooltip) and a message label beside it. Controls are matched to problems by path ({@code name},
 * {@code fields[2].max_length}); the path may change, e.g. when another field is selected in the editor.
 * The problems are computed by the ViewModel; this class only displays them.
 */
public final class ProblemDecorator {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private final ValidationSupport support = new ValidationSupport();
    private final ObservableList<ValidationProblem> problems;

    public ProblemDecorator(ObservableList<ValidationProblem> problems) {
        this.problems = Objects.requireNonNull(problems, "problems");
        support.setErrorDecorationEnabled(true);
        problems.addListener((ListChangeListener<ValidationProblem>) change -> support.revalidate());
    }

    /** Decorates {@code control} with the problem at a fixed path; returns the message label to place beside it. */
    public Label attach(Control control, String path) {
        return attach(control, Bindings.createStringBinding(() -> path));
    }

    /** Decorates {@code control} with the problem at {@code path}; returns the message label to place beside it. */
    public Label attach(Control control, ObservableStringValue path) {
        support.registerValidator(control, false, (Control c, Object value) -> problemAt(path.get())
                .map(p -> ValidationResult.fromMessageIf(c, p.message(),
                        p.isError() ? Severity.ERROR : Severity.WARNING, true))
                .orElseGet(ValidationResult::new));
        path.addListener((obs, old, now) -> support.revalidate(control));
        Label message = new Label();
        message.getStyleClass().add("problem-message");
        message.setWrapText(true);
        StringBinding text = Bindings.createStringBinding(
                () -> problemAt(path.get()).map(ValidationProblem::message).orElse(""), problems, path);
        message.textProperty().bind(text);
        // A warning (e.g. publish order) reads differently from an error that blocks Next.
        Runnable severity = () -> message.pseudoClassStateChanged(WARNING,
                problemAt(path.get()).map(p -> !p.isError()).orElse(false));
        text.addListener((obs, old, now) -> severity.run());
        severity.run();
        message.visibleProperty().bind(text.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /** Re-runs the validators, e.g. after a page was put back into the scene. */
    public void refresh() {
        support.revalidate();
    }

    private Optional<ValidationProblem> problemAt(String path) {
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        return problems.stream().filter(p -> p.path().equals(path))
                .min((a, b) -> a.severity().compareTo(b.severity()));
    }
}
