package io.buildify.app.explorer;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.entitywizard.DestructiveChange;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.EmbeddedTestServer;
import io.buildify.app.server.TestPublisher;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Deleting a published entity archives it on the real server (embedded PostgreSQL) and removes the draft. */
class ArchiveEntityViewModelTest {
    private static ServerConnection server;

    @TempDir
    Path projectDir;

    @BeforeAll
    static void startServer() {
        server = EmbeddedTestServer.connection();
    }

    private static EntityDefinition published(ProjectSession project, EntityDefinition definition) {
        new TestPublisher(server, project, "tester").publish(definition, 0, "first");
        return definition;
    }

    private static String sql(String query) throws Exception {
        try (Connection c = server.dataSource().orElseThrow().getConnection(); Statement s = c.createStatement()) {
            if (!query.startsWith("SELECT")) {
                s.execute(query);
                return null;
            }
            try (ResultSet rs = s.executeQuery(query)) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void archiveAfterConfirmationKeepsTheRowsAsideAndRemovesTheDraft() throws Exception {
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition ledger = published(project, EntityDefinition.of("vm_ledger")
                    .withFieldAdded(FieldDefinition.of("title", FieldType.STRING)));
            sql("INSERT INTO vm_ledger (title) VALUES ('kept')");
            ArchiveEntityViewModel viewModel = new ArchiveEntityViewModel(project, server, TaskRunner.direct(),
                    project::delete);

            ArchiveEntityViewModel.Proposal proposal = viewModel.propose(ledger.id()).orElseThrow();
            assertThat(proposal.changes()).extracting(DestructiveChange::kind, DestructiveChange::keepsData)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("archive_table", true));

            viewModel.archive(proposal, "not needed");

            assertThat(viewModel.failedProperty().get()).as(viewModel.messageProperty().get()).isFalse();
            assertThat(viewModel.messageProperty().get()).contains("Archived 'vm_ledger' (version 2")
                    .contains("rows are kept");
            assertThat(project.find(ledger.id())).isEmpty();
            assertThat(server.client().orElseThrow().getEntity("vm_ledger")).isEmpty();
            String archived = sql("SELECT table_name FROM information_schema.tables WHERE table_name LIKE"
                    + " '\\_archived\\_vm\\_ledger\\_2%'");
            assertThat(sql("SELECT title FROM \"" + archived + "\"")).isEqualTo("kept");
        }
    }

    @Test
    void refusedWhileAnotherPublishedEntityPointsAtItAndOffline() {
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition owner = published(project, EntityDefinition.of("vm_owner"));
            published(project, EntityDefinition.of("vm_pet").withFieldAdded(FieldDefinition.of("owner",
                    FieldType.LOOKUP).withLookupEntity("vm_owner")));
            ArchiveEntityViewModel viewModel = new ArchiveEntityViewModel(project, server, TaskRunner.direct(),
                    project::delete);

            assertThat(viewModel.propose(owner.id())).isEmpty();
            assertThat(viewModel.messageProperty().get()).contains("lookup field 'vm_pet.owner'");
            ArchiveEntityViewModel offline = new ArchiveEntityViewModel(project,
                    new ServerConnection(TaskRunner.direct()), TaskRunner.direct(), project::delete);
            assertThat(offline.propose(owner.id())).isEmpty();
            assertThat(offline.messageProperty().get()).contains("needs the server");
            assertThat(project.find(owner.id())).isPresent();
        }
    }

    @Test
    void aStaleDraftIsRefusedByTheServerAndKept(@TempDir Path otherDir) throws Exception {
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition note = published(project, EntityDefinition.of("vm_note"));
            ArchiveEntityViewModel viewModel = new ArchiveEntityViewModel(project, server, TaskRunner.direct(),
                    project::delete);
            ArchiveEntityViewModel.Proposal proposal = viewModel.propose(note.id()).orElseThrow();
            server.client().orElseThrow().publish(new PublishRequest(note.withLabel("Note!"), 1, "someone else",
                    UUID.randomUUID().toString(), "other"));

            viewModel.archive(proposal, null);

            assertThat(viewModel.failedProperty().get()).isTrue();
            assertThat(viewModel.messageProperty().get()).contains("was not archived").contains("version 2");
            assertThat(project.find(note.id())).isPresent();
        }
    }
}
