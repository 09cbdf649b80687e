package io.buildify.app.entitywizard;

import io.buildify.app.drafts.DraftStatus;
import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.EmbeddedTestServer;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.server.ServerState;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.RowCheckResult;
import io.buildify.core.migration.MigrationStep;
import io.buildify.core.migration.StepKind;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing against the real server (embedded PostgreSQL, port 0), started once for the class. */
class PublishViewModelTest {
    private static ServerConnection server;

    @TempDir
    Path projectDir;

    @BeforeAll
    static void startServer() {
        server = EmbeddedTestServer.connection();
        assertThat(server.stateProperty().get()).isEqualTo(ServerState.READY);
    }

    private static EntityDefinition entity(String name) {
        return EntityDefinition.of(name)
                .withFieldAdded(FieldDefinition.of("title", FieldType.STRING).withRequired(true))
                .withFieldAdded(FieldDefinition.of("amount", FieldType.DECIMAL));
    }

    private static PublishViewModel publisher(ProjectSession project, EntityDefinition draft, ServerConnection to) {
        project.save(draft);
        return new PublishViewModel(new EntityDocument(project, draft), project, to, TaskRunner.direct());
    }

    @Test
    void serverReportsReadyWithTheDatabase() {
        assertThat(server.messageProperty().get()).startsWith("Server ready").contains("PostgreSQL");
    }

    @Test
    void previewShowsTheCreateTableWithoutAServer() {
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            PublishViewModel viewModel = publisher(TestProjects.session(store), entity("invoice"),
                    new ServerConnection(TaskRunner.direct()));

            assertThat(viewModel.upSqlProperty().get()).contains("CREATE TABLE \"invoice\"").contains("\"amount\"");
            assertThat(viewModel.downSqlProperty().get()).contains("DROP TABLE");
            assertThat(viewModel.canPublishProperty().get()).isFalse();
        }
    }

    @Test
    void publishCreatesTheTableAndMarksTheDraftPublished() throws Exception {
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition draft = entity("purchase_order");
            PublishViewModel viewModel = publisher(project, draft, server);
            viewModel.commitMessageProperty().set("first version");

            viewModel.publish();

            PublishOutcome outcome = viewModel.outcomeProperty().get();
            assertThat(outcome.kind()).as(outcome.headline()).isEqualTo(PublishOutcome.Kind.SUCCESS);
            assertThat(outcome.headline()).contains("purchase_order").contains("version 1");
            assertThat(project.find(draft.id()).orElseThrow().status()).isEqualTo(DraftStatus.PUBLISHED);
            assertThat(project.find(draft.id()).orElseThrow().baseVersion()).isEqualTo(1);
            assertThat(viewModel.previewNoteProperty().get()).contains("No changes");
            try (Connection c = server.dataSource().orElseThrow().getConnection();
                 ResultSet rs = c.getMetaData().getColumns(null, "public", "purchase_order", "amount")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void publishOfAStaleDraftReportsTheConflict(@TempDir Path otherProjectDir) {
        try (DraftStore first = TestProjects.openStore(projectDir);
             DraftStore second = TestProjects.openStore(otherProjectDir)) {
            publisher(TestProjects.session(first), entity("shipment"), server).publish();
            PublishViewModel stale = publisher(TestProjects.session(second), entity("shipment"), server);

            stale.publish();

            PublishOutcome outcome = stale.outcomeProperty().get();
            assertThat(outcome.kind()).isEqualTo(PublishOutcome.Kind.ERROR);
            assertThat(outcome.headline()).contains("in the meantime").contains("version 1");
        }
    }

    @Test
    void unreachableServerIsReportedAndTheDraftStays() {
        ServerConnection gone = new ServerConnection(TaskRunner.direct());
        gone.connect(URI.create("http://127.0.0.1:1"));
        assertThat(gone.stateProperty().get()).isEqualTo(ServerState.FAILED);
        assertThat(gone.messageProperty().get()).contains("127.0.0.1:1").contains("unreachable");
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition draft = entity("parcel");
            PublishViewModel viewModel = publisher(project, draft, gone);

            viewModel.publish();

            assertThat(viewModel.outcomeProperty().get().headline()).contains("not ready");
            assertThat(project.find(draft.id()).orElseThrow().status()).isEqualTo(DraftStatus.DRAFT);
        } finally {
            gone.close();
        }
    }

    private static FieldDefinition field(EntityDefinition definition, String name) {
        return definition.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** Publishes {@code draft} as version 1 through the view model; returns it for the next edit. */
    private static PublishViewModel publishedOnce(ProjectSession project, EntityDefinition draft) {
        PublishViewModel viewModel = publisher(project, draft, server);
        viewModel.publish();
        assertThat(viewModel.outcomeProperty().get().kind()).as(viewModel.outcomeProperty().get().headline())
                .isEqualTo(PublishOutcome.Kind.SUCCESS);
        return viewModel;
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = server.dataSource().orElseThrow().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static List<String> columns(String table) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (Connection c = server.dataSource().orElseThrow().getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, "public", table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }

    @Test
    void offlinePreviewOfARemovedFieldShowsADestructiveArchiveStepAndSaysRowCountsNeedTheServer() {
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition published = entity("ledger");
            project.save(published);
            project.markPublished(published.id(), 1, published);
            EntityDefinition edited = published.withFieldRemoved(field(published, "amount").id());

            PublishViewModel viewModel = publisher(project, edited, new ServerConnection(TaskRunner.direct()));

            MigrationStep archive = viewModel.steps().stream().filter(MigrationStep::destructive).findFirst()
                    .orElseThrow();
            assertThat(archive.kind()).isEqualTo(StepKind.ARCHIVE_COLUMN);
            assertThat(archive.object()).contains("amount");
            assertThat(viewModel.upSqlProperty().get()).contains("ALTER TABLE \"ledger\"");
            assertThat(viewModel.previewNoteProperty().get()).contains("destructive");
            assertThat(viewModel.checksNoteProperty().get()).isEqualTo(PublishViewModel.ROW_COUNTS_NEED_SERVER);
            assertThat(viewModel.checks()).isEmpty();
        }
    }

    @Test
    void serverPreviewCountsTheRowsThatWouldBlockANewRequiredField() throws Exception {
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition v1 = entity("ticket").withFieldAdded(FieldDefinition.of("code", FieldType.STRING));
            publishedOnce(project, v1);
            sql("INSERT INTO ticket (title) VALUES ('a'), ('b')");
            EntityDefinition v2 = v1.withFieldReplaced(field(v1, "code").withRequired(true));
            PublishViewModel viewModel = publisher(project, v2, server);

            viewModel.checkWithServer();

            RowCheckResult code = viewModel.checks().stream().filter(c -> c.column().equals("code")).findFirst()
                    .orElseThrow();
            assertThat(code.failingRows()).isEqualTo(2);
            assertThat(viewModel.blockedProperty().get()).isTrue();
            assertThat(viewModel.checksNoteProperty().get()).contains("blocked");
        }
    }

    @Test
    void publishingPastFailingRowsReportsEachColumnAndChangesNothing() throws Exception {
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition v1 = entity("voucher").withFieldAdded(FieldDefinition.of("code", FieldType.STRING));
            publishedOnce(project, v1);
            sql("INSERT INTO voucher (title) VALUES ('a'), ('b'), ('c')");
            PublishViewModel viewModel = publisher(project,
                    v1.withFieldReplaced(field(v1, "code").withRequired(true)), server);

            viewModel.publish();

            PublishOutcome outcome = viewModel.outcomeProperty().get();
            assertThat(outcome.kind()).isEqualTo(PublishOutcome.Kind.ERROR);
            assertThat(outcome.headline()).contains("Existing rows");
            assertThat(outcome.details()).anySatisfy(line -> assertThat(line).startsWith("code: 3 rows"));
            assertThat(viewModel.blockedProperty().get()).isTrue();
            assertThat(project.find(v1.id()).orElseThrow().baseVersion()).isEqualTo(1);
        }
    }

    @Test
    void destructivePublishWaitsForConfirmationThenArchivesTheColumn() throws Exception {
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition v1 = entity("receipt");
            publishedOnce(project, v1);
            PublishViewModel viewModel = publisher(project, v1.withFieldRemoved(field(v1, "amount").id()), server);

            viewModel.publish();

            assertThat(viewModel.pendingConfirmationProperty().get()).singleElement().satisfies(change -> {
                assertThat(change.kind()).isEqualTo("archive_column");
                assertThat(change.keepsData()).isTrue();
                assertThat(change.sentence()).contains("amount").contains("kept");
            });
            assertThat(project.find(v1.id()).orElseThrow().baseVersion()).isEqualTo(1);
            assertThat(columns("receipt")).contains("amount");

            viewModel.confirmDestructive();

            assertThat(viewModel.outcomeProperty().get().headline()).contains("version 2");
            assertThat(viewModel.pendingConfirmationProperty().get()).isEmpty();
            assertThat(columns("receipt")).doesNotContain("amount").anySatisfy(c -> assertThat(c).contains("amount"));
        }
    }

    @Test
    void declinedConfirmationSendsNothing() throws Exception {
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition v1 = entity("coupon");
            publishedOnce(project, v1);
            PublishViewModel viewModel = publisher(project, v1.withFieldRemoved(field(v1, "amount").id()), server);

            viewModel.publish();
            viewModel.cancelConfirmation();

            assertThat(viewModel.outcomeProperty().get().headline()).contains("Not published");
            assertThat(project.find(v1.id()).orElseThrow().baseVersion()).isEqualTo(1);
            assertThat(columns("coupon")).contains("amount");
        }
    }

    @Test
    void serverThatPlansADestructiveStepTheDraftDidNotExpectAsksForConfirmation() {
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition v1 = entity("memo");
            publishedOnce(project, v1);
            // Version 2 on the server has a field the local snapshot of version 2 does not know about.
            EntityDefinition serverV2 = v1.withFieldAdded(FieldDefinition.of("note", FieldType.STRING));
            server.client().orElseThrow().publish(new PublishRequest(serverV2, 1, "elsewhere",
                    UUID.randomUUID().toString(), "other"));
            project.markPublished(v1.id(), 2, v1);
            PublishViewModel viewModel = publisher(project,
                    v1.withFieldAdded(FieldDefinition.of("summary", FieldType.STRING)), server);
            assertThat(viewModel.steps()).noneMatch(MigrationStep::destructive);

            viewModel.publish();

            assertThat(viewModel.pendingConfirmationProperty().get())
                    .anySatisfy(change -> assertThat(change.object()).contains("note"));
            viewModel.confirmDestructive();
            assertThat(viewModel.outcomeProperty().get().headline()).contains("version 3");
        }
    }

    @Test
    void conflictNamesBothVersionsAndRebasingShowsTheChangesFromTheServersVersion() {
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition v1 = entity("dispatch");
            publishedOnce(project, v1);
            EntityDefinition serverV2 = v1.withFieldAdded(FieldDefinition.of("carrier", FieldType.STRING));
            server.client().orElseThrow().publish(new PublishRequest(serverV2, 1, "elsewhere",
                    UUID.randomUUID().toString(), "other"));
            EntityDefinition mine = v1.withFieldAdded(FieldDefinition.of("weight", FieldType.DECIMAL));
            PublishViewModel viewModel = publisher(project, mine, server);

            viewModel.publish();

            PublishOutcome outcome = viewModel.outcomeProperty().get();
            assertThat(outcome.headline()).contains("based on version 1").contains("server has version 2");
            assertThat(outcome.details()).anySatisfy(line -> assertThat(line).contains("Base my draft on version 2"));
            assertThat(viewModel.conflictProperty().get()).isTrue();

            viewModel.rebaseOnServerVersion();

            assertThat(viewModel.conflictProperty().get()).isFalse();
            assertThat(project.find(v1.id()).orElseThrow().baseVersion()).isEqualTo(2);
            assertThat(viewModel.steps()).anySatisfy(step -> assertThat(step.object()).contains("weight"))
                    .anySatisfy(step -> {
                        assertThat(step.object()).contains("carrier");
                        assertThat(step.destructive()).isTrue();
                    });
        }
    }
}
