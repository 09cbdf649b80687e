package io.buildify.app.audit;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.workflow.WorkflowProject;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.WorkflowDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-definition history on a real H2 draft store: who, when, what, and the field-level difference. */
class DefinitionHistoryViewModelTest {
    @TempDir
    Path dir;

    @Test
    void showsEveryChangeOfTheChosenEntityNewestFirstWithItsAuthorAndDifference() {
        try (DraftStore store = DraftStore.open(dir.resolve("drafts"), "Ada Lovelace")) {
            ProjectSession entities = TestProjects.session(store);
            WorkflowProject workflows = new WorkflowProject(store.workflows());
            EntityDefinition customer = EntityDefinition.of("customer")
                    .withFieldAdded(FieldDefinition.of("email", FieldType.STRING));
            entities.save(customer);
            store.setAuthor("Grace Hopper");
            entities.save(customer.withName("client"));
            workflows.save(WorkflowDefinition.of("approval", "client"));

            DefinitionHistoryViewModel history = new DefinitionHistoryViewModel(store.editLog(),
                    AuditTrail.definitionsOf(entities, workflows));
            assertThat(history.choices()).extracting(DefinitionRef::toString)
                    .containsExactly("client (entity)", "approval (workflow)");
            assertThat(history.messageProperty().get()).startsWith("Choose");

            history.select(customer.id());

            assertThat(history.entries()).extracting(DraftChange::summary)
                    .containsExactly("renamed entity 'customer' to 'client'", "created entity 'customer'");
            assertThat(history.entries()).extracting(DraftChange::author)
                    .containsExactly("Grace Hopper", "Ada Lovelace");
            assertThat(history.messageProperty().get()).isEqualTo("2 changes of client (entity), newest first.");
            assertThat(history.selectedProperty().get()).isEqualTo(history.entries().get(0));
            assertThat(history.changes()).extracting(FieldChange::toString)
                    .containsExactly("name: \"customer\" → \"client\"");
            assertThat(history.beforeTextProperty().get()).contains("\"customer\"").contains("\n");
            assertThat(history.afterTextProperty().get()).contains("\"client\"");

            history.selectedProperty().set(history.entries().get(1));
            assertThat(history.beforeTextProperty().get()).isEqualTo("(none)");
            assertThat(history.changes()).isNotEmpty()
                    .allSatisfy(change -> assertThat(change.before()).isEqualTo(FieldChange.ABSENT));
        }
    }

    @Test
    void workflowChangesAndDeletionsAreInTheTrailToo() {
        try (DraftStore store = DraftStore.open(dir.resolve("drafts"), "tester")) {
            ProjectSession entities = TestProjects.session(store);
            WorkflowProject workflows = new WorkflowProject(store.workflows());
            WorkflowDefinition approval = WorkflowDefinition.of("approval", null);
            workflows.save(approval);
            DefinitionHistoryViewModel history = new DefinitionHistoryViewModel(store.editLog(),
                    AuditTrail.definitionsOf(entities, workflows));
            history.select(approval.id());
            assertThat(history.entries()).hasSize(1);

            workflows.delete(approval.id());
            history.reload();

            assertThat(history.choices()).isEmpty();
            assertThat(history.entries()).extracting(DraftChange::summary)
                    .containsExactly("deleted workflow 'approval'", "created workflow 'approval'");
            assertThat(history.afterTextProperty().get()).isEqualTo("(none)");
        }
    }
}
