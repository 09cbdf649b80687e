package io.buildify.app.entitywizard;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.ValidationRule;
import io.buildify.core.validation.ValidationProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "More" properties of the field editor: each reaches the saved draft, shows for its types, undoes. */
class FieldEditorViewModelTest {
    @TempDir
    Path dir;
    private DraftStore store;
    private ProjectSession project;
    private EntityDocument document;
    private FieldsViewModel fields;
    private FieldEditorViewModel editor;

    @BeforeEach
    void open() {
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        EntityDefinition customer = EntityDefinition.of("customer");
        project.save(customer);
        document = new EntityDocument(project, customer);
        fields = new FieldsViewModel(document, project);
        editor = fields.editor();
        fields.addField();
        fields.addField(); // the second one is selected: paths are fields[1].…
    }

    @AfterEach
    void close() {
        store.close();
    }

    private FieldDefinition saved() {
        return project.find(document.entityId()).orElseThrow().definition().fields().get(1);
    }

    @Test
    void formTextsAreSavedOnCommitAndBlankMeansNone() {
        editor.helpTextProperty().set("As printed on the invoice");
        editor.placeholderProperty().set("ACME Ltd.");
        editor.prefixProperty().set("#");
        editor.suffixProperty().set("ref");
        editor.commit();

        assertThat(saved().helpText()).isEqualTo("As printed on the invoice");
        assertThat(saved().placeholder()).isEqualTo("ACME Ltd.");
        assertThat(saved().prefix()).isEqualTo("#");
        assertThat(saved().suffix()).isEqualTo("ref");

        editor.placeholderProperty().set("  ");
        editor.commit();
        assertThat(saved().placeholder()).isNull();
        assertThat(editor.placeholderProperty().get()).isEqualTo("  "); // what is typed stays while it means "none"
    }

    @Test
    void minLengthReadOnlyAndDefaultAreSaved() {
        editor.minLengthProperty().set(2);
        editor.readOnlyProperty().set(true);
        editor.defaultValueProperty().set("n/a");
        editor.commit();

        assertThat(saved().minLength()).isEqualTo(2);
        assertThat(saved().readOnly()).isTrue();
        assertThat(saved().defaultValue()).isEqualTo("n/a");
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void valueRangeIsSavedAsNumbersAndKeepsWhatIsBeingTyped() {
        editor.typeProperty().set(FieldType.DECIMAL);
        editor.minValueProperty().set("-");
        assertThat(saved().minValue()).isNull();
        editor.minValueProperty().set("-1.");
        editor.maxValueProperty().set("99.50");
        editor.commit();

        assertThat(saved().minValue()).isEqualByComparingTo("-1");
        assertThat(saved().maxValue()).isEqualByComparingTo(new BigDecimal("99.5"));
        assertThat(editor.minValueProperty().get()).isEqualTo("-1.");
        assertThat(editor.maxValueProperty().get()).isEqualTo("99.50");
    }

    @Test
    void rulesAreAddedEditedAndRemovedBesideRulesOfUnknownKinds() {
        document.editAndCommit(d -> d.withFieldReplaced(saved().withValidationRules(
                List.of(new ValidationRule("range", "1..5", "between 1 and 5")))));
        FieldFormViewModel form = editor.form();
        assertThat(form.addableKinds()).containsExactly(RuleKind.REGEX, RuleKind.EMAIL, RuleKind.URL, RuleKind.PHONE);
        assertThat(form.rules()).hasSize(1).first().satisfies(row -> assertThat(row.kind()).isEmpty());

        form.addRule(RuleKind.REGEX);
        form.rules().get(1).valueProperty().set("^[A-Z]{2}\\d+$");
        form.rules().get(1).messageProperty().set("two capitals, then digits");
        form.addRule(RuleKind.EMAIL);
        form.commit();
        assertThat(saved().validationRules()).containsExactly(
                new ValidationRule("range", "1..5", "between 1 and 5"),
                new ValidationRule("regex", "^[A-Z]{2}\\d+$", "two capitals, then digits"),
                new ValidationRule("email", "", null));

        form.removeRule(form.rules().get(1));
        assertThat(saved().validationRules()).extracting(ValidationRule::type).containsExactly("range", "email");
        document.undo();
        assertThat(form.rules()).hasSize(3);
        assertThat(form.rules().get(1).valueProperty().get()).isEqualTo("^[A-Z]{2}\\d+$");
    }

    @Test
    void anInvalidRegexIsAProblemAtTheRulesPath() {
        editor.form().addRule(RuleKind.REGEX);
        editor.form().rules().get(0).valueProperty().set("([a-z]");

        assertThat(document.problemAt("fields[1].validation_rules[0].value")).isPresent();
    }

    @Test
    void dateRulesAreOfferedForDatesAndCheckedInOrder() {
        editor.typeProperty().set(FieldType.DATE);
        FieldFormViewModel form = editor.form();
        assertThat(form.addableKinds()).containsExactly(RuleKind.MIN_DATE, RuleKind.MAX_DATE);

        form.addRule(RuleKind.MIN_DATE);
        form.addRule(RuleKind.MAX_DATE);
        form.rules().get(0).valueProperty().set("2025-01-01");
        form.rules().get(1).valueProperty().set("2024-12-31");

        assertThat(document.problemAt("fields[1].validation_rules[1].value")).get()
                .extracting(ValidationProblem::message).asString().contains("after the latest date");
    }

    @Test
    void inputTypeAndPositionSaveAtOnce() {
        FieldFormViewModel form = editor.form();
        assertThat(form.inputTypeChoices()).containsExactly(FieldFormViewModel.DEFAULT_INPUT, "text", "password",
                "color", "autocomplete");
        form.inputTypeProperty().set("password");
        assertThat(saved().inputType()).isEqualTo("password");
        assertThat(form.positionProperty().get()).isEqualTo(2);
        assertThat(form.fieldCountProperty().get()).isEqualTo(2);

        String id = saved().id();

        form.positionProperty().set(1);

        FieldDefinition moved = project.find(document.entityId()).orElseThrow().definition().fields().get(0);
        assertThat(moved.id()).isEqualTo(id);
        assertThat(moved.displayOrder()).isZero();
        assertThat(form.positionProperty().get()).isEqualTo(1);
        editor.typeProperty().set(FieldType.BOOLEAN);
        assertThat(project.find(document.entityId()).orElseThrow().definition().field(id).orElseThrow().inputType())
                .isNull();
        assertThat(form.inputTypeChoices()).contains("switch");
    }

    @Test
    void minLengthAboveMaxLengthIsAProblemAtTheSelectedFieldsMinLength() {
        editor.maxLengthProperty().set(10);
        editor.minLengthProperty().set(20);

        assertThat(document.problemAt("fields[1].min_length")).get().extracting(ValidationProblem::message)
                .asString().contains("greater than max_length 10");
    }

    @Test
    void aDefaultThatDoesNotFitTheRangeIsAProblemAtTheDefault() {
        editor.typeProperty().set(FieldType.INTEGER);
        editor.maxValueProperty().set("10");
        editor.defaultValueProperty().set("11");

        assertThat(document.problemAt("fields[1].default_value")).get().extracting(ValidationProblem::message)
                .asString().contains("above max_value 10");
    }

    @Test
    void controlsShowOnlyForTheTypesTheyApplyTo() {
        assertThat(editor.showsTextRulesProperty().get()).isTrue();
        assertThat(editor.showsRangeProperty().get()).isFalse();

        editor.typeProperty().set(FieldType.CURRENCY);
        assertThat(editor.showsTextRulesProperty().get()).isFalse();
        assertThat(editor.showsRangeProperty().get()).isTrue();

        editor.typeProperty().set(FieldType.EMAIL);
        assertThat(editor.showsTextRulesProperty().get()).isTrue();
        assertThat(editor.showsMaxLengthProperty().get()).isFalse();

        editor.typeProperty().set(FieldType.BOOLEAN);
        assertThat(editor.showsTextRulesProperty().get()).isFalse();
        assertThat(editor.showsRangeProperty().get()).isFalse();
    }

    @Test
    void retypingDropsTheSettingsTheNewTypeDoesNotUse() {
        editor.minLengthProperty().set(3);
        editor.form().addRule(RuleKind.REGEX);
        editor.form().rules().get(0).valueProperty().set("^a");
        editor.defaultValueProperty().set("abc");
        editor.commit();

        editor.typeProperty().set(FieldType.INTEGER);

        assertThat(saved().minLength()).isNull();
        assertThat(saved().validationRules()).isEmpty();
        assertThat(saved().defaultValue()).isNull();
        assertThat(editor.form().rules()).isEmpty();
        assertThat(editor.defaultValueProperty().get()).isEmpty();
    }

    @Test
    void moreEditsUndoLikeTheOthers() {
        editor.helpTextProperty().set("shown under the input");
        editor.commit();
        editor.readOnlyProperty().set(true);

        document.undo();
        assertThat(saved().readOnly()).isFalse();
        assertThat(editor.readOnlyProperty().get()).isFalse();
        document.undo();
        assertThat(saved().helpText()).isNull();
        assertThat(editor.helpTextProperty().get()).isEmpty();
        document.redo();
        assertThat(editor.helpTextProperty().get()).isEqualTo("shown under the input");
    }
}
