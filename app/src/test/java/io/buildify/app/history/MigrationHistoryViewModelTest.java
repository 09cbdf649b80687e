package io.buildify.app.history;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.EmbeddedTestServer;
import io.buildify.app.server.TestPublisher;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.server.ServerState;
import io.buildify.app.util.TaskRunner;
import io.buildify.client.BuildifyClient;
import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.MigrationStatus;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.PublishResponse;
import io.buildify.core.migration.MigrationStep;
import io.buildify.core.migration.StepKind;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The history of an entity and its rollback against the real server (embedded PostgreSQL, port 0). */
class MigrationHistoryViewModelTest {
    private static ServerConnection server;

    @TempDir
    Path projectDir;
    private DraftStore store;
    private ProjectSession project;

    @BeforeAll
    static void startServer() {
        server = EmbeddedTestServer.connection();
        assertThat(server.stateProperty().get()).isEqualTo(ServerState.READY);
    }

    @BeforeEach
    void openProject() {
        store = TestProjects.openStore(projectDir);
        project = TestProjects.session(store);
    }

    @AfterEach
    void closeProject() {
        store.close();
    }

    private static BuildifyClient client() {
        return server.client().orElseThrow();
    }

    /** Publishes through the SDK and records it in the draft store, as the publish step does. */
    private PublishResponse publish(EntityDefinition definition, int base, String message) {
        return new TestPublisher(server, project, "tester").publish(definition, base, message);
    }

    /** Version 1 with a title, version 2 adds {@code email}. */
    private EntityDefinition twoVersions(String name) {
        EntityDefinition v1 = EntityDefinition.of(name)
                .withFieldAdded(FieldDefinition.of("title", FieldType.STRING).withRequired(true));
        publish(v1, 0, "first");
        EntityDefinition v2 = v1.withFieldAdded(FieldDefinition.of("email", FieldType.EMAIL));
        publish(v2, 1, "add email");
        return v2;
    }

    private MigrationHistoryViewModel history(EntityDefinition definition) {
        MigrationHistoryViewModel viewModel = new MigrationHistoryViewModel(definition.id(), project, server,
                TaskRunner.direct());
        viewModel.refresh();
        return viewModel;
    }

    private static boolean hasColumn(String table, String column) throws Exception {
        try (Connection c = server.dataSource().orElseThrow().getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, "public", table, column)) {
            return rs.next();
        }
    }

    @Test
    void historyListsMigrationsNewestFirstWithTheirDetails() {
        MigrationHistoryViewModel viewModel = history(twoVersions("lead"));

        assertThat(viewModel.migrations()).extracting(MigrationHistoryViewModel::versions)
                .containsExactly("v1 → v2", "new → v1");
        MigrationRecord newest = viewModel.selectedProperty().get();
        assertThat(newest.commitMessage()).isEqualTo("add email");
        assertThat(newest.author()).isEqualTo("tester");
        assertThat(newest.status()).isEqualTo(MigrationStatus.COMPLETED);
        assertThat(newest.upSql()).contains("ADD COLUMN \"email\"");
        assertThat(newest.changes()).extracting(MigrationStep::kind).contains(StepKind.ADD_COLUMN);
    }

    @Test
    void rollbackIsOfferedOnlyForTheNewestCompletedMigration() {
        MigrationHistoryViewModel viewModel = history(twoVersions("prospect"));

        assertThat(viewModel.canRollbackProperty().get()).isTrue();
        viewModel.selectedProperty().set(viewModel.migrations().get(1));
        assertThat(viewModel.canRollbackProperty().get()).isFalse();
    }

    @Test
    void rollbackUndoesTheNewestMigrationAndBasesTheDraftOnTheNewVersion() throws Exception {
        EntityDefinition v2 = twoVersions("account");
        MigrationHistoryViewModel viewModel = history(v2);
        assertThat(hasColumn("account", "email")).isTrue();

        viewModel.rollback();

        assertThat(viewModel.messageIsErrorProperty().get()).as(viewModel.messageProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).contains("Rolled back").contains("version 3");
        assertThat(hasColumn("account", "email")).isFalse();
        assertThat(viewModel.migrations()).hasSize(3);
        assertThat(viewModel.migrations().get(0).rollsBack()).isEqualTo(viewModel.migrations().get(1).id());
        assertThat(viewModel.migrations().get(1).status()).isEqualTo(MigrationStatus.ROLLED_BACK);
        assertThat(project.find(v2.id()).orElseThrow().baseVersion()).isEqualTo(3);
        assertThat(project.find(v2.id()).orElseThrow().publishedSnapshot().fields())
                .noneMatch(f -> f.name().equals("email"));
        // The rollback itself and the rolled-back migration cannot be rolled back; the create could (server decides).
        assertThat(viewModel.rollbackCandidate()).map(MigrationRecord::fromVersion).contains(0);
    }

    @Test
    void aRollbackTheServerRefusesShowsItsReason() {
        EntityDefinition v2 = twoVersions("contract");
        MigrationHistoryViewModel stale = history(v2);
        MigrationRecord shown = stale.selectedProperty().get();
        // Someone publishes version 3 while this history still shows version 2 as the newest.
        client().publish(new PublishRequest(v2.withFieldAdded(FieldDefinition.of("phone", FieldType.PHONE)), 2,
                "later", UUID.randomUUID().toString(), "other"));

        stale.rollback();

        assertThat(stale.messageIsErrorProperty().get()).isTrue();
        assertThat(stale.messageProperty().get()).contains("refused");
        assertThat(client().migrations("contract")).filteredOn(m -> m.id() == shown.id())
                .singleElement().extracting(MigrationRecord::status).isEqualTo(MigrationStatus.COMPLETED);
    }

    @Test
    void aPublishRecordedInTheProjectRefreshesTheHistory() {
        EntityDefinition v2 = twoVersions("vendor");
        MigrationHistoryViewModel viewModel = history(v2);
        assertThat(viewModel.migrations()).hasSize(2);

        publish(v2.withFieldAdded(FieldDefinition.of("city", FieldType.STRING)), 2, "add city");

        assertThat(viewModel.migrations()).hasSize(3);
        assertThat(viewModel.migrations().get(0).commitMessage()).isEqualTo("add city");
        viewModel.dispose();
    }

    @Test
    void rollbackEffectsSayWhatTheDownScriptLosesAndRestores() {
        MigrationRecord migration = new MigrationRecord(7, "lead", "alter lead", null, 1, 2, "", "",
                MigrationStatus.COMPLETED, null, null, null, List.of(
                new MigrationStep(StepKind.ADD_COLUMN, "lead.email", "up", "down", false),
                new MigrationStep(StepKind.ARCHIVE_COLUMN, "lead.fax", "up", "down", true)),
                null, null, null);

        assertThat(MigrationHistoryViewModel.rollbackEffects(migration)).containsExactly(
                "restore column lead.fax — brought back from the archive with its data",
                "drop column lead.email — the data in it is lost");
    }

    @Test
    void anUnpublishedEntitySaysSoInsteadOfFailing() {
        EntityDefinition draft = EntityDefinition.of("never_published");
        project.save(draft);

        MigrationHistoryViewModel viewModel = history(draft);

        assertThat(viewModel.migrations()).isEmpty();
        assertThat(viewModel.messageProperty().get()).contains("never_published");
        assertThat(viewModel.canRollbackProperty().get()).isFalse();
    }
}
