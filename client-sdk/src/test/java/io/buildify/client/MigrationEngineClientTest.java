package io.buildify.client;

import io.buildify.core.api.ArchiveRequest;
import io.buildify.core.api.AuditEntry;
import io.buildify.core.api.MigrationStatus;
import io.buildify.core.api.PublishPreview;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.PublishResponse;
import io.buildify.core.api.RollbackRequest;
import io.buildify.core.api.RollbackResponse;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The client's migration-engine calls (checked preview, confirmation, rollback, audit) against the real server. */
class MigrationEngineClientTest extends SharedServerClientTest {
    @Test
    void previewCountsBadRowsAndPublishIsRefusedWithTypedChecks() throws SQLException {
        EntityDefinition v1 = EntityDefinition.of("lead")
                .withFieldAdded(FieldDefinition.of("credit_limit", FieldType.STRING));
        client.publish(request(v1, 0));
        sql("INSERT INTO lead (credit_limit) VALUES ('12'), ('a lot'), ('?'), ('13.5')");
        EntityDefinition v2 = v1.withFieldReplaced(v1.fields().get(0).withType(FieldType.INTEGER)
                .withLength(null, null));

        PublishPreview preview = client.preview(request(v2, 1));
        assertThat(preview.blocked()).isTrue();
        assertThat(preview.confirmationRequired()).isTrue();
        assertThat(preview.checks()).extracting(c -> c.column(), c -> c.failingRows())
                .containsExactly(tuple("credit_limit", 3L));

        assertThatThrownBy(() -> client.publish(request(v2, 1).withConfirmDestructive(true)))
                .isInstanceOfSatisfying(PreCheckFailedException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e).hasMessageStartingWith("credit_limit: 3 rows hold values that are not whole numbers");
                    assertThat(e.failedChecks()).singleElement().satisfies(c -> assertThat(c.failingRows())
                            .isEqualTo(3));
                });
    }

    @Test
    void destructivePublishNeedsConfirmationAndCanBeRolledBack() {
        EntityDefinition v1 = EntityDefinition.of("prospect")
                .withFieldAdded(FieldDefinition.of("name", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("fax", FieldType.PHONE));
        client.publish(request(v1, 0));
        EntityDefinition v2 = v1.withFieldRemoved(v1.fieldNamed("fax").orElseThrow().id());

        assertThatThrownBy(() -> client.publish(request(v2, 1)))
                .isInstanceOfSatisfying(ConfirmationRequiredException.class, e -> {
                    assertThat(e.code()).isEqualTo("confirmation_required");
                    assertThat(e.destructiveSteps()).extracting(ConfirmationRequiredException.DestructiveStep::kind,
                            ConfirmationRequiredException.DestructiveStep::object)
                            .containsExactly(tuple("archive_column", "prospect.fax"));
                });
        PublishResponse published = client.publish(request(v2, 1).withConfirmDestructive(true));

        RollbackResponse rollback = client.rollback(published.migration().id(),
                new RollbackRequest("ann", "bring fax back", false));
        assertThat(rollback.version()).isEqualTo(3);
        assertThat(rollback.rolledBack().status()).isEqualTo(MigrationStatus.ROLLED_BACK);
        assertThat(rollback.migration().commitMessage()).isEqualTo("bring fax back");
        assertThat(client.getEntity("prospect").orElseThrow().definition().fieldNamed("fax")).isPresent();
        assertThatThrownBy(() -> client.rollback(published.migration().id(), null))
                .isInstanceOf(ConflictException.class);

        assertThat(client.audit("entity", "prospect", 10)).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(tuple("rollback", "ann"), tuple("update", "ann"),
                        tuple("publish", "client-sdk-test"), tuple("update", "client-sdk-test"),
                        tuple("publish", "client-sdk-test"), tuple("create", "client-sdk-test"));
        assertThatThrownBy(() -> client.audit(null, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void archiveNeedsConfirmationRemovesTheEntityAndKeepsItsRows() throws SQLException {
        EntityDefinition v1 = EntityDefinition.of("supplier").withFieldAdded(FieldDefinition.of("name",
                FieldType.STRING));
        client.publish(request(v1, 0));
        sql("INSERT INTO supplier (name) VALUES ('Acme')");

        assertThatThrownBy(() -> client.archiveEntity("supplier", new ArchiveRequest(1, "gone", null, "ann", false)))
                .isInstanceOfSatisfying(ConfirmationRequiredException.class, e -> assertThat(e.destructiveSteps())
                        .extracting(ConfirmationRequiredException.DestructiveStep::kind)
                        .containsExactly("archive_table"));
        assertThatThrownBy(() -> client.archiveEntity("supplier", new ArchiveRequest(5, "gone", null, "ann", true)))
                .isInstanceOf(ConflictException.class);
        PublishResponse archived = client.archiveEntity("supplier", new ArchiveRequest(1, "gone", null, "ann", true));

        assertThat(archived.version()).isEqualTo(2);
        assertThat(archived.migration().migrationType().code()).isEqualTo("drop");
        assertThat(client.getEntity("supplier")).isEmpty();
        assertThatThrownBy(() -> client.archiveEntity("supplier", new ArchiveRequest(2, "again", null, "ann", true)))
                .isInstanceOf(NotFoundException.class);
        client.rollback(archived.migration().id(), null);
        assertThat(client.getEntity("supplier").orElseThrow().version()).isEqualTo(3);
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = server.dataSource().getConnection();
             Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private static PublishRequest request(EntityDefinition definition, int baseVersion) {
        return new PublishRequest(definition, baseVersion, "publish " + definition.name(),
                UUID.randomUUID().toString(), "client-sdk-test");
    }
}
