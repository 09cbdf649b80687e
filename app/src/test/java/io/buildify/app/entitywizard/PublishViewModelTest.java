package io.buildify.app.entitywizard;

import io.buildify.app.drafts.DraftStatus;
import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.server.ServerState;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing against the real server (embedded PostgreSQL, port 0), started once for the class. */
class PublishViewModelTest {
    @TempDir
    static Path serverDir;
    private static ServerConnection server;

    @TempDir
    Path projectDir;

    @BeforeAll
    static void startServer() {
        server = new ServerConnection(TaskRunner.direct());
        server.startEmbedded(serverDir.resolve("postgres"));
        assertThat(server.stateProperty().get()).as(server.messageProperty().get()).isEqualTo(ServerState.READY);
    }

    @AfterAll
    static void stopServer() {
        server.close();
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
}
