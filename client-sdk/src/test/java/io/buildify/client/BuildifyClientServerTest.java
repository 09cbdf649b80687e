package io.buildify.client;

import io.buildify.core.api.EntitySummary;
import io.buildify.core.api.HealthResponse;
import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.MigrationStatus;
import io.buildify.core.api.PublishPreview;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.PublishResponse;
import io.buildify.core.api.PublishedEntity;
import io.buildify.core.migration.MigrationPlan;
import io.buildify.core.migration.MigrationType;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The client against the real server (embedded PostgreSQL, HTTP on a free loopback port), one server for the
 * class, the way Javalin's TestTool hands a started app to a test and stops it afterwards. Each test uses its own
 * entity names, so the tests do not depend on their order.
 */
class BuildifyClientServerTest extends SharedServerClientTest {
    @Test
    void healthNamesTheDatabase() {
        HealthResponse health = client.health();

        assertThat(health.status()).isNotBlank();
        assertThat(health.database()).containsIgnoringCase("PostgreSQL");
    }

    @Test
    void publishedEntityIsListedFetchableAndHasACompletedCreateMigration() throws SQLException {
        EntityDefinition customer = customer("customer");

        PublishResponse published = client.publish(request(customer, 0));

        assertThat(published.entityName()).isEqualTo("customer");
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.migration().status()).isEqualTo(MigrationStatus.COMPLETED);
        assertThat(published.migration().migrationType()).isEqualTo(MigrationType.CREATE);

        assertThat(client.listEntities()).extracting(EntitySummary::name, EntitySummary::version)
                .contains(tuple("customer", 1));

        PublishedEntity fetched = client.getEntity("customer").orElseThrow();
        assertThat(fetched.version()).isEqualTo(1);
        assertThat(fetched.definition().fields()).extracting(FieldDefinition::name)
                .containsExactly("email", "credit_limit");

        List<MigrationRecord> history = client.migrations("customer");
        assertThat(history).singleElement().satisfies(m -> {
            assertThat(m.fromVersion()).isZero();
            assertThat(m.toVersion()).isEqualTo(1);
            assertThat(m.status()).isEqualTo(MigrationStatus.COMPLETED);
            assertThat(m.upSql()).contains("CREATE TABLE");
        });
        assertThat(columnsOf(customer.tableName())).contains("id", "email", "credit_limit");
    }

    @Test
    void previewReturnsCreateTableSqlAndChangesNothing() throws SQLException {
        EntityDefinition invoice = customer("invoice");

        PublishPreview preview = client.preview(request(invoice, 0));
        MigrationPlan plan = preview.plan();

        assertThat(plan.entityName()).isEqualTo("invoice");
        assertThat(plan.type()).isEqualTo(MigrationType.CREATE);
        assertThat(plan.upSql()).contains("CREATE TABLE").contains("\"credit_limit\"");
        assertThat(preview.checks()).isEmpty();
        assertThat(preview.blocked()).isFalse();
        assertThat(client.getEntity("invoice")).isEmpty();
        assertThat(columnsOf(invoice.tableName())).isEmpty();
    }

    @Test
    void publishFromAStaleBaseVersionIsRefusedWithBothVersions() {
        EntityDefinition product = customer("product");
        client.publish(request(product, 0));

        assertThatThrownBy(() -> client.publish(request(product.withLabel("Article"), 0)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("conflict");
                    assertThat(e.baseVersion()).isZero();
                    assertThat(e.currentVersion()).isEqualTo(1);
                });
        assertThat(client.migrations("product")).hasSize(1);
    }

    @Test
    void invalidFieldNameIsRefusedWithAProblemNamingTheField() {
        EntityDefinition broken = EntityDefinition.of("shipment")
                .withFieldAdded(FieldDefinition.of("select", FieldType.INTEGER));

        assertThatThrownBy(() -> client.publish(request(broken, 0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("validation_failed");
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.path()).isEqualTo("fields[0].name");
                        assertThat(p.message()).contains("reserved word");
                        assertThat(p.isError()).isTrue();
                    });
                });
        assertThat(client.getEntity("shipment")).isEmpty();
    }

    @Test
    void nameCheckRefusesAReservedWordAndAcceptsSnakeCase() {
        NameCheck reserved = client.validateEntityName("select");
        NameCheck fine = client.validateEntityName("purchase_order");

        assertThat(reserved.valid()).isFalse();
        assertThat(reserved.message()).contains("reserved word");
        assertThat(fine.valid()).isTrue();
        assertThat(fine.message()).contains("available");
    }

    @Test
    void unknownEntityIsAnEmptyOptionalWithNoHistory() {
        assertThat(client.getEntity("never_published")).isEmpty();
        assertThat(client.getEntity("no such/name")).isEmpty();
        assertThat(client.migrations("never_published")).isEmpty();
    }

    @Test
    void wrongPathPrefixIsANotFoundNamingTheEndpoint() {
        try (BuildifyClient misconfigured = BuildifyClient.builder()
                .baseUrl(server.baseUri().resolve("/not-buildify/")).build()) {
            assertThatThrownBy(misconfigured::listEntities)
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.code()).isEqualTo("not_found");
                        assertThat(e).hasMessageContaining("/not-buildify/api/v1/data-model/entities");
                    });
        }
    }

    private static PublishRequest request(EntityDefinition definition, int baseVersion) {
        return new PublishRequest(definition, baseVersion, "publish " + definition.name(),
                UUID.randomUUID().toString(), "client-sdk-test");
    }

    private static EntityDefinition customer(String name) {
        return EntityDefinition.of(name)
                .withFieldAdded(FieldDefinition.of("email", FieldType.EMAIL).withRequired(true))
                .withFieldAdded(FieldDefinition.of("credit_limit", FieldType.DECIMAL).withPrecision(12, 2));
    }

    /** Column names of a table in the server's target database, checked behind the API's back. */
    private static List<String> columnsOf(String table) throws SQLException {
        try (Connection connection = server.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
            query.setString(1, table);
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
            return columns;
        }
    }
}
