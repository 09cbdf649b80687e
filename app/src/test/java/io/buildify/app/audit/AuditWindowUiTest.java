package io.buildify.app.audit;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.ui.Screenshots;
import io.buildify.app.ui.Theme;
import io.buildify.app.util.TaskRunner;
import io.buildify.app.workflow.WorkflowProject;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Audit trail" window rendered headless on a real draft store, with the server unreachable. */
class AuditWindowUiTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void showsTheOpenDefinitionsChangesAndSaysTheServerLogNeedsAConnection() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (DraftStore store = DraftStore.open(dir.resolve("drafts"), "Ada");
             ServerConnection server = new ServerConnection(TaskRunner.direct())) {
            server.connect(URI.create("http://127.0.0.1:" + closedPort));
            ProjectSession entities = TestProjects.session(store);
            EntityDefinition customer = EntityDefinition.of("customer")
                    .withFieldAdded(FieldDefinition.of("email", FieldType.STRING));
            entities.save(customer);
            EntityDefinition withPhone = customer.withFieldAdded(FieldDefinition.of("phone", FieldType.STRING));
            entities.save(withPhone);
            store.setAuthor("Grace");
            FieldDefinition email = withPhone.fields().get(0);
            entities.save(withPhone.withFields(List.of(email.withRequired(true).withLength(null, 320),
                    withPhone.fields().get(1))));
            AuditTrail trail = new AuditTrail(store.editLog(),
                    AuditTrail.definitionsOf(entities, new WorkflowProject(store.workflows())), server,
                    TaskRunner.direct());
            FxToolkit.registerPrimaryStage();
            Theme.applyUserAgentStylesheet();
            Stage stage = WaitForAsyncUtils.asyncFx(() -> AuditWindow.show(trail, customer.id(), null)).get();

            TableView<?> entries = robot.lookup("#historyEntries").queryAs(TableView.class);
            assertThat(entries.getItems()).hasSize(3);
            assertThat(robot.lookup("#historyMessage").queryAs(Label.class).getText())
                    .isEqualTo("3 changes of customer (entity), newest first.");
            assertThat(trail.history().changes()).extracting(FieldChange::toString)
                    .contains("fields[email].required: false → true");
            Screenshots.write(stage.getScene(), "audit-draft-changes.png");

            robot.clickOn("Server audit log");
            assertThat(robot.lookup("#auditPlaceholder").queryAs(Label.class).getText()).startsWith("Offline:");
            Screenshots.write(stage.getScene(), "audit-server-offline.png");
        }
    }
}
