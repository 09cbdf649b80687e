package io.buildify.app.entitywizard;

import io.buildify.app.project.ProjectSession;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.validation.ValidationProblem;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wizard for one entity: the current step, the navigation rules and the step ViewModels, all sharing one
 * {@link EntityDocument}. "Next" is allowed only when the current step has no errors; going back always is, and a
 * later step may be opened directly only when every step before it is free of errors.
 */
public final class EntityWizardViewModel {
    private static final Pattern ITEM_PATH =
            Pattern.compile("(fields|relationships|indexes)\\[(\\d+)](?:\\.(.+))?");

    private final EntityDocument document;
    private final BasicInfoViewModel basicInfo;
    private final FieldsViewModel fields;
    private final RelationshipsViewModel relationships;
    private final IndexesViewModel indexes;
    private final PublishViewModel publish;
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(this, "step",
            WizardStep.BASIC_INFO);
    private final ObservableList<ValidationProblem> stepProblems = FXCollections.observableArrayList();
    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoBack;
    private final StringBinding stepProblemSummary;

    public EntityWizardViewModel(EntityDocument document, ProjectSession project, ServerConnection server,
                                 TaskRunner runner) {
        this.document = Objects.requireNonNull(document, "document");
        this.basicInfo = new BasicInfoViewModel(document, new ServerNameCheck(document, server, runner));
        this.fields = new FieldsViewModel(document, project);
        this.relationships = new RelationshipsViewModel(document, project);
        this.indexes = new IndexesViewModel(document);
        this.publish = new PublishViewModel(document, project, server, runner);
        document.problems().addListener((ListChangeListener<ValidationProblem>) c -> filter());
        step.addListener((obs, old, now) -> filter());
        // Row counts come from the server: ask when the designer reaches the preview, not on every edit.
        step.addListener((obs, old, now) -> {
            if (now == WizardStep.PREVIEW) {
                publish.checkWithServer();
            }
        });
        filter();
        canGoNext = Bindings.createBooleanBinding(
                () -> step.get().ordinal() < WizardStep.values().length - 1
                        && stepProblems.stream().noneMatch(ValidationProblem::isError), step, stepProblems);
        canGoBack = Bindings.createBooleanBinding(() -> step.get().ordinal() > 0, step);
        stepProblemSummary = Bindings.createStringBinding(() -> {
            List<String> errors = stepProblems.stream().filter(ValidationProblem::isError)
                    .map(p -> p.path().isEmpty() ? p.message() : readablePath(p.path()) + ": " + p.message())
                    .distinct().toList();
            if (errors.isEmpty()) {
                return "";
            }
            return (errors.size() == 1 ? "1 problem blocks" : errors.size() + " problems block") + " the next step: "
                    + String.join("; ", errors);
        }, stepProblems);
    }

    /**
     * {@code fields[0].max_length} → "field 1 max length"; {@code indexes[1]} → "index 2";
     * {@code table_name} → "table name".
     */
    static String readablePath(String path) {
        Matcher item = ITEM_PATH.matcher(path);
        String readable = item.matches()
                ? singular(item.group(1)) + " " + (Integer.parseInt(item.group(2)) + 1)
                + (item.group(3) == null ? "" : " " + item.group(3))
                : path;
        return readable.replace('_', ' ');
    }

    private static String singular(String list) {
        return switch (list) {
            case "fields" -> "field";
            case "relationships" -> "relationship";
            default -> "index";
        };
    }

    public void next() {
        if (canGoNext.get()) {
            document.commit();
            step.set(WizardStep.values()[step.get().ordinal() + 1]);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            document.commit();
            step.set(WizardStep.values()[step.get().ordinal() - 1]);
        }
    }

    /** "Save draft": writes pending text edits now (every other edit is saved the moment it is made). */
    public void saveDraft() {
        document.commit();
    }

    /**
     * "Cancel": discards the changes made since this entity was opened, as one undoable step (see
     * {@link EntityDocument#revertToOpened()}), and returns to the first step.
     */
    public void cancel() {
        document.revertToOpened();
        step.set(WizardStep.BASIC_INFO);
    }

    /** Opens {@code target} if it is behind the current step or every step before it is free of errors. */
    public boolean goTo(WizardStep target) {
        Objects.requireNonNull(target, "target");
        if (!canOpen(target)) {
            return false;
        }
        document.commit();
        step.set(target);
        return true;
    }

    public boolean canOpen(WizardStep target) {
        for (WizardStep earlier : WizardStep.values()) {
            if (earlier.ordinal() >= target.ordinal()) {
                return true;
            }
            boolean blocked = document.problems().stream().anyMatch(p -> p.isError() && earlier.owns(p.path()));
            if (blocked) {
                return false;
            }
        }
        return true;
    }

    private void filter() {
        WizardStep current = step.get();
        stepProblems.setAll(document.problems().stream().filter(p -> current.owns(p.path())).toList());
    }

    /**
     * Saves pending edits and detaches from the long-lived project and server, so a closed wizard neither leaks
     * nor keeps recomputing its preview. The main window calls this when another entity opens.
     */
    public void dispose() {
        document.commit();
        fields.dispose();
        relationships.dispose();
        publish.dispose();
    }

    public EntityDocument document() {
        return document;
    }

    public BasicInfoViewModel basicInfo() {
        return basicInfo;
    }

    public FieldsViewModel fields() {
        return fields;
    }

    public RelationshipsViewModel relationships() {
        return relationships;
    }

    public IndexesViewModel indexes() {
        return indexes;
    }

    public PublishViewModel publish() {
        return publish;
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Problems (errors and warnings) of the current step. */
    public ObservableList<ValidationProblem> stepProblems() {
        return FXCollections.unmodifiableObservableList(stepProblems);
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    /** Empty when the step is fine, else one sentence listing what blocks "Next". */
    public StringBinding stepProblemSummaryProperty() {
        return stepProblemSummary;
    }
}
