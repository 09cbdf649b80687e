package io.buildify.app.entitywizard;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.model.EntityDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityWizardViewModelTest {
    @TempDir
    Path dir;
    private DraftStore store;
    private EntityWizardViewModel wizard;

    @BeforeEach
    void open() {
        store = TestProjects.openStore(dir);
        ProjectSession project = TestProjects.session(store);
        EntityDefinition draft = EntityDefinition.of("new_entity");
        project.save(draft);
        // No server: navigation and validation work offline.
        wizard = new EntityWizardViewModel(new EntityDocument(project, draft), project,
                new ServerConnection(TaskRunner.direct()), TaskRunner.direct());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void reservedWordAsNameBlocksNext() {
        wizard.basicInfo().nameProperty().set("select");

        assertThat(wizard.canGoNextProperty().get()).isFalse();
        assertThat(wizard.stepProblemSummaryProperty().get()).contains("'select' is a PostgreSQL reserved word");
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.BASIC_INFO);
    }

    @Test
    void validNameAllowsNext() {
        wizard.basicInfo().nameProperty().set("customer");

        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.FIELDS);
        assertThat(wizard.canGoBackProperty().get()).isTrue();
    }

    @Test
    void fieldErrorsDoNotBlockBasicInfoButBlockTheFieldsStep() {
        wizard.fields().addField();
        wizard.fields().editor().nameProperty().set("Bad Name");

        assertThat(wizard.canGoNextProperty().get()).isTrue();
        wizard.next();
        assertThat(wizard.canGoNextProperty().get()).isFalse();
    }

    @Test
    void blockingProblemsNameTheFieldReadably() {
        wizard.basicInfo().nameProperty().set("customer");
        wizard.fields().addField();
        wizard.fields().editor().nameProperty().set("created_at");
        wizard.next();

        assertThat(wizard.stepProblemSummaryProperty().get())
                .isEqualTo("1 problem blocks the next step: field 1 name: 'created_at' is a system field name");
    }

    @Test
    void laterStepCannotBeOpenedWhileAnEarlierOneHasErrors() {
        wizard.basicInfo().nameProperty().set("9lives");

        assertThat(wizard.goTo(WizardStep.PREVIEW)).isFalse();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.BASIC_INFO);
    }

    @Test
    void previewCanBeOpenedDirectlyWhenEarlierStepsAreFine() {
        wizard.basicInfo().nameProperty().set("customer");

        assertThat(wizard.goTo(WizardStep.PREVIEW)).isTrue();
        assertThat(wizard.publish().upSqlProperty().get()).contains("CREATE TABLE").contains("\"customer\"");
    }

    @Test
    void nextWalksThroughAllFiveSteps() {
        wizard.basicInfo().nameProperty().set("customer");

        for (WizardStep expected : List.of(WizardStep.FIELDS, WizardStep.RELATIONSHIPS, WizardStep.INDEXES,
                WizardStep.PREVIEW)) {
            wizard.next();
            assertThat(wizard.stepProperty().get()).isEqualTo(expected);
        }
        assertThat(wizard.canGoNextProperty().get()).isFalse();
    }

    @Test
    void indexErrorsBlockTheIndexStepAndAreNamedReadably() {
        wizard.basicInfo().nameProperty().set("customer");
        wizard.indexes().addIndex();
        wizard.goTo(WizardStep.INDEXES);

        assertThat(wizard.canGoNextProperty().get()).isFalse();
        assertThat(wizard.stepProblemSummaryProperty().get())
                .isEqualTo("1 problem blocks the next step: index 1 columns: an index needs at least one column");
        assertThat(wizard.goTo(WizardStep.PREVIEW)).isFalse();
    }

    @Test
    void cancelRevertsToTheOpenedDefinitionAsOneUndoableStep() {
        wizard.basicInfo().nameProperty().set("customer");
        wizard.fields().addField();
        wizard.next();

        wizard.cancel();

        assertThat(wizard.document().definition().name()).isEqualTo("new_entity");
        assertThat(wizard.document().definition().fields()).isEmpty();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.BASIC_INFO);
        assertThat(wizard.document().changedSinceOpenedProperty().get()).isFalse();
        wizard.document().undo();
        assertThat(wizard.document().definition().name()).isEqualTo("customer");
        assertThat(wizard.document().definition().fields()).hasSize(1);
    }

    @Test
    void saveDraftWritesTheTextBeingTyped() {
        wizard.basicInfo().nameProperty().set("customer");
        assertThat(wizard.document().dirtyProperty().get()).isTrue();

        wizard.saveDraft();

        assertThat(wizard.document().dirtyProperty().get()).isFalse();
    }
}
