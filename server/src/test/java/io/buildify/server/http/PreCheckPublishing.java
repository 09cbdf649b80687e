package io.buildify.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.model.EntityDefinition;
import io.buildify.server.ApiClient;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.Db;
import io.buildify.server.Definitions;
import io.buildify.server.SchemaSnapshot;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing for the row pre-check tests: publishes that must go through, and the refused one, whose schema, rows
 * and version must stay as they were.
 */
final class PreCheckPublishing {
    private static final String ENTITIES = "/api/v1/data-model/entities/";

    private final ApiClient api;
    private final Db db;
    private final DataSource dataSource;

    PreCheckPublishing(ApiClient api, Db db, DataSource dataSource) {
        this.api = api;
        this.db = db;
        this.dataSource = dataSource;
    }

    Answer publish(EntityDefinition definition, int base) {
        return api.postJson(ENTITIES + definition.name() + "/publish",
                Definitions.request(definition, base).withConfirmDestructive(true));
    }

    EntityDefinition published(EntityDefinition definition) {
        Answer answer = publish(definition, 0);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return definition;
    }

    /** The preview's checks of publishing {@code definition} over version 1. */
    JsonNode previewChecks(EntityDefinition definition) {
        JsonNode preview = api.postJson(ENTITIES + definition.name() + "/preview",
                Definitions.request(definition, 1)).json();
        assertThat(preview.get("checks")).as(preview.toString()).isNotNull();
        return preview;
    }

    /**
     * Publishes {@code next} over version 1: refused (422, by the pre-checks, "nothing was changed"), with the schema
     * and every row (whole) of {@code table} (its name before the publish) and the entity's version as they were.
     * Returns the refusal's body.
     */
    JsonNode refusedAndUnchanged(EntityDefinition next, String table) throws Exception {
        String rowsSql = "SELECT t::text FROM \"" + table + "\" t ORDER BY 1";
        SchemaSnapshot schema = SchemaSnapshot.of(dataSource, table);
        List<String> rows = db.column(rowsSql);

        Answer answer = publish(next, 1);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        JsonNode body = answer.json();
        assertThat(body.get("error").asText()).as(answer.toString()).isEqualTo("precheck_failed");
        assertThat(body.get("message").asText()).endsWith("nothing was changed");
        assertThat(SchemaSnapshot.of(dataSource, table)).isEqualTo(schema);
        assertThat(db.column(rowsSql)).isEqualTo(rows);
        assertThat(api.get(ENTITIES + next.name()).json().get("version").asInt()).isEqualTo(1);
        return body;
    }
}
