package io.buildify.app.entitywizard;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.EmbeddedTestServer;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The live name check of step 1 against the real server (embedded PostgreSQL) and against no server. */
class ServerNameCheckTest {
    private static final String TAKEN = "name_check_taken";
    private static ServerConnection server;
    private static EntityDefinition published;

    @TempDir
    Path dir;

    @BeforeAll
    static void publishOne(@TempDir Path publisherDir) {
        server = EmbeddedTestServer.connection();
        published = EntityDefinition.of(TAKEN).withFieldAdded(FieldDefinition.of("title", FieldType.STRING));
        try (DraftStore store = TestProjects.openStore(publisherDir)) {
            ProjectSession project = TestProjects.session(store);
            project.save(published);
            PublishViewModel publisher = new PublishViewModel(new EntityDocument(project, published), project, server,
                    TaskRunner.direct());
            publisher.commitMessageProperty().set("first");
            publisher.publish();
            assertThat(publisher.outcomeProperty().get().kind()).isEqualTo(PublishOutcome.Kind.SUCCESS);
        }
    }

    private static ServerNameCheck check(EntityDocument document, ServerConnection to) {
        return new ServerNameCheck(document, to, TaskRunner.direct());
    }

    @Test
    void aNamePublishedByAnotherEntityIsAnErrorUntilTheNameChanges() {
        try (DraftStore store = TestProjects.openStore(dir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition mine = EntityDefinition.of(TAKEN);
            project.save(mine);
            EntityDocument document = new EntityDocument(project, mine);
            ServerNameCheck check = check(document, server);

            check.check();

            assertThat(document.problemAt("name")).hasValueSatisfying(p -> {
                assertThat(p.isError()).isTrue();
                assertThat(p.message()).contains("already published on the server (version 1)");
            });
            assertThat(document.hasLocalNameError()).isFalse();
            assertThat(check.hintProperty().get()).isEmpty();

            document.edit(d -> d.withName(TAKEN + "_2"));
            assertThat(document.problemAt("name")).isEmpty();
            check.check();
            assertThat(document.problemAt("name")).isEmpty();
            assertThat(check.hintProperty().get()).isEqualTo(ServerNameCheck.AVAILABLE_HINT);
        }
    }

    @Test
    void theEntitysOwnPublishedNameIsFine() {
        try (DraftStore store = TestProjects.openStore(dir)) {
            ProjectSession project = TestProjects.session(store);
            project.save(published);
            EntityDocument document = new EntityDocument(project, published);

            check(document, server).check();

            assertThat(document.problemAt("name")).isEmpty();
        }
    }

    @Test
    void withoutAServerTheCheckIsSilentButLeavesAHint() {
        ServerConnection gone = new ServerConnection(TaskRunner.direct());
        gone.connect(URI.create("http://127.0.0.1:1"));
        try (DraftStore store = TestProjects.openStore(dir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition mine = EntityDefinition.of(TAKEN);
            project.save(mine);
            EntityDocument document = new EntityDocument(project, mine);
            ServerNameCheck check = check(document, gone);

            check.check();

            assertThat(document.problemAt("name")).isEmpty();
            assertThat(check.hintProperty().get()).isEqualTo(ServerNameCheck.OFFLINE_HINT);
        } finally {
            gone.close();
        }
    }

    @Test
    void aNameWithALocalErrorIsNotSent() {
        try (DraftStore store = TestProjects.openStore(dir)) {
            ProjectSession project = TestProjects.session(store);
            EntityDefinition mine = EntityDefinition.of("select");
            project.save(mine);
            EntityDocument document = new EntityDocument(project, mine);
            ServerNameCheck check = check(document, server);

            check.check();

            assertThat(document.hasLocalNameError()).isTrue();
            assertThat(check.hintProperty().get()).isEmpty();
        }
    }
}
