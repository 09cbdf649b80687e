package io.buildify.app.drafts;

import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Workflow drafts on a real H2 file: saved with their drawing, reopened equal, published, deleted, logged. */
class WorkflowDraftRepositoryTest {
    @TempDir
    Path dir;
    private DraftStore store;

    @BeforeEach
    void open() {
        store = DraftStore.open(dir.resolve("drafts"), new SteppingClock(Instant.parse("2026-11-22T10:00:00Z")),
                "alice");
    }

    @AfterEach
    void close() {
        store.close();
    }

    static WorkflowDefinition approval() {
        WorkflowState start = WorkflowState.of("start", StateType.START, 12.5, 40.25);
        WorkflowState end = WorkflowState.of("done", StateType.END, 300, 40);
        WorkflowDefinition base = WorkflowDefinition.of("expense_approval", "expense_claim");
        return new WorkflowDefinition(base.id(), base.name(), base.label(), "Claims", "Finance", base.entityName(),
                base.trigger(), List.of(start, end), List.of(WorkflowTransition.of("finish", start.id(), end.id())));
    }

    @Test
    void savedWorkflowSurvivesClosingTheStoreWithItsPositions() {
        WorkflowDefinition workflow = approval();
        store.workflows().save(workflow);
        store.close();
        store = DraftStore.open(dir.resolve("drafts"));

        WorkflowDraft draft = store.workflows().find(workflow.id()).orElseThrow();
        assertThat(draft.definition()).isEqualTo(workflow);
        assertThat(draft.definition().states().get(0).x()).isEqualTo(12.5);
        assertThat(draft.status()).isEqualTo(DraftStatus.DRAFT);
    }

    @Test
    void savingTheSameDefinitionTwiceLogsOnce() {
        WorkflowDefinition workflow = approval();
        store.workflows().save(workflow);
        store.workflows().save(workflow);

        assertThat(store.editLog().entries(workflow.id())).extracting(EditLogEntry::summary)
                .containsExactly("created workflow 'expense_approval'");
    }

    @Test
    void publishedThenEditedDraftIsChanged() {
        WorkflowDefinition workflow = approval();
        store.workflows().save(workflow);
        store.workflows().markPublished(workflow.id(), 1, workflow);
        assertThat(store.workflows().find(workflow.id()).orElseThrow().status()).isEqualTo(DraftStatus.PUBLISHED);

        WorkflowDefinition renamed = new WorkflowDefinition(workflow.id(), "claim_approval", workflow.label(),
                null, null, workflow.entityName(), workflow.trigger(), workflow.states(), workflow.transitions());
        store.workflows().save(renamed);

        WorkflowDraft draft = store.workflows().find(workflow.id()).orElseThrow();
        assertThat(draft.status()).isEqualTo(DraftStatus.CHANGED);
        assertThat(draft.baseVersion()).isEqualTo(1);
        assertThat(store.workflows().nameTaken("CLAIM_APPROVAL", null)).isTrue();
        assertThat(store.workflows().nameTaken("claim_approval", workflow.id())).isFalse();
    }

    @Test
    void deletedDraftIsGoneButItsHistoryStays() {
        WorkflowDefinition workflow = approval();
        store.workflows().save(workflow);
        store.workflows().delete(workflow.id());

        assertThat(store.workflows().list()).isEmpty();
        assertThat(store.editLog().entries(workflow.id())).extracting(EditLogEntry::summary)
                .containsExactly("deleted workflow 'expense_approval'", "created workflow 'expense_approval'");
    }
}
