package io.buildify.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.json.JsonCodec;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.Definitions;
import io.buildify.server.SharedServerTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, and every way a request can be wrong: always an ApiError JSON naming the problem, never a stack trace. */
class ErrorResponsesTest extends SharedServerTest {
    private static final String PUBLISH = "/api/v1/data-model/entities/t_errors/publish";

    @Test
    void healthReportsVersionAndPostgres() {
        Answer answer = api.get("/api/v1/health");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.json().get("status").asText()).isEqualTo("ok");
        assertThat(answer.json().get("version").asText()).isNotBlank().doesNotContain("${");
        assertThat(answer.json().get("database").asText()).startsWith("PostgreSQL 17.");
    }

    @Test
    void unknownEntityIsNotFound() {
        Answer answer = api.get("/api/v1/data-model/entities/t_never_published");

        assertThat(answer.status()).isEqualTo(404);
        assertApiError(answer, "not_found");
        assertThat(answer.json().get("message").asText()).contains("t_never_published");
    }

    @Test
    void unknownEndpointIsNotFoundAsApiError() {
        Answer answer = api.get("/api/v1/nothing-here");

        assertThat(answer.status()).isEqualTo(404);
        assertApiError(answer, "not_found");
    }

    @Test
    void malformedJsonIsABadRequestWithItsPosition() {
        Answer answer = api.post(PUBLISH, "{\"definition\": {\"name\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertApiError(answer, "bad_request");
        assertThat(answer.json().get("message").asText()).contains("malformed JSON").contains("line 1");
    }

    @Test
    void emptyBodyIsABadRequest() {
        Answer answer = api.post(PUBLISH, "");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).contains("empty");
    }

    @Test
    void wrongTypeNamesTheField() throws Exception {
        JsonNode request = JsonCodec.mapper().valueToTree(Definitions.request(Definitions.customer("t_errors"), 0));
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("definition").get("fields").get(0))
                .put("required", "very much");

        Answer answer = api.post(PUBLISH, JsonCodec.mapper().writeValueAsString(request));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertApiError(answer, "bad_request");
        assertThat(answer.json().get("details").get("path").asText()).isEqualTo("definition.fields[0].required");
        assertThat(answer.json().get("message").asText()).contains("definition.fields[0].required");
    }

    @Test
    void unknownFieldTypeAndUnknownPropertyNameTheirPlace() throws Exception {
        JsonNode request = JsonCodec.mapper().valueToTree(Definitions.request(Definitions.customer("t_errors"), 0));
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("definition").get("fields").get(1))
                .put("type", "hologram");
        Answer badType = api.post(PUBLISH, JsonCodec.mapper().writeValueAsString(request));
        assertThat(badType.status()).as(badType.toString()).isEqualTo(400);
        assertThat(badType.json().get("details").get("path").asText()).isEqualTo("definition.fields[1].type");

        Answer unknown = api.post(PUBLISH, "{\"base_version\": 0, \"definition_typo\": {}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("message").asText()).contains("definition_typo");
    }

    @Test
    void missingPrimitiveIsNamed() {
        Answer answer = api.post(PUBLISH, "{\"commit_message\": \"x\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).isEqualTo("base_version: a value is required");
    }

    @Test
    void bodyOverFiveMegabytesIsRefusedWith413() {
        byte[] huge = new byte[6 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        byte[] start = "{\"commit_message\": \"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, huge, 0, start.length);

        Answer answer = api.post(PUBLISH, huge);

        assertThat(answer.status()).isEqualTo(413);
        assertApiError(answer, "payload_too_large");
        assertThat(answer.json().get("message").asText()).contains("5 MB");
    }

    @Test
    void wrongMethodIsAnApiError() {
        Answer answer = api.get(PUBLISH);

        assertThat(answer.status()).isIn(404, 405);
        assertThat(answer.json().has("error")).isTrue();
    }

    private static void assertApiError(Answer answer, String code) {
        assertThat(answer.json().get("error").asText()).isEqualTo(code);
        assertThat(answer.json().get("message").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
