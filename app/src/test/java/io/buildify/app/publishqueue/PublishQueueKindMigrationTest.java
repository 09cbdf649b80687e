package io.buildify.app.publishqueue;

import io.buildify.app.drafts.DefinitionJson;
import io.buildify.app.drafts.DraftStore;
import io.buildify.core.model.EntityDefinition;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static io.buildify.app.publishqueue.QueueServerTest.entity;
import static org.assertj.core.api.Assertions.assertThat;

/** A queue written before publishes had a kind (schema V20) opens with its entries as entity publishes (V30). */
class PublishQueueKindMigrationTest {
    @TempDir
    Path dir;

    @Test
    void entriesQueuedBeforeTheKindColumnAreEntityPublishesAndStillSendable() throws Exception {
        Path file = dir.resolve("drafts").toAbsolutePath();
        String url = "jdbc:h2:file:" + file;
        EntityDefinition ticket = entity("old_ticket");
        Flyway.configure().dataSource(url, "designer", "").locations("classpath:db/drafts").target("20").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "designer", "");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO publish_queue (request_id, entity_id,"
                     + " entity_name, definition, base_version, commit_message, created_at, state, updated_at)"
                     + " VALUES ('old-request', ?, ?, ?, 0, 'queued at V20', ?, 'queued', ?)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            insert.setString(1, ticket.id());
            insert.setString(2, ticket.name());
            insert.setString(3, DefinitionJson.write(ticket));
            insert.setObject(4, now);
            insert.setObject(5, now);
            insert.executeUpdate();
        }

        try (DraftStore store = DraftStore.open(file)) {
            assertThat(new PublishQueue(store).list()).singleElement().satisfies(item -> {
                assertThat(item.kind()).isEqualTo(PublishKind.ENTITY);
                assertThat(item.definitionId()).isEqualTo(ticket.id());
                assertThat(item.name()).isEqualTo("old_ticket");
                assertThat(item.workflow()).isNull();
                assertThat(item.toEntityRequest().definition()).isEqualTo(ticket);
                assertThat(item.toEntityRequest().requestId()).isEqualTo("old-request");
            });
        }
    }
}
