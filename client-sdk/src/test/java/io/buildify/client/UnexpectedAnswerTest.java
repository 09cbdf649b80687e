package io.buildify.client;

import io.buildify.core.api.ApiError;
import io.buildify.core.json.JsonCodec;
import io.buildify.core.validation.ValidationProblem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the client reads answers the real server only gives in odd situations (a proxy's HTML page, a broken body,
 * a status outside the contract), and what it puts on the wire. Uses {@link CannedHttpServer} on loopback.
 */
class UnexpectedAnswerTest {
    private static CannedHttpServer server;
    private static BuildifyClient client;

    @BeforeAll
    static void start() throws IOException {
        server = new CannedHttpServer();
        client = BuildifyClient.builder().baseUrl(server.baseUrl()).bearerToken("s3cret-token").build();
    }

    @AfterAll
    static void stop() {
        try {
            client.close();
        } finally {
            server.close();
        }
    }

    @Test
    void htmlErrorPageBecomesServerErrorQuotingStatusAndStartOfBody() {
        String page = "<html><body>" + "Bad gateway. ".repeat(40) + "</body></html>";
        server.answer(502, page);

        assertThatThrownBy(client::health)
                .isInstanceOfSatisfying(ServerErrorException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.code()).isEqualTo(ServerErrorException.INVALID_RESPONSE);
                    assertThat(e.getMessage())
                            .startsWith("Unexpected answer from server (HTTP 502): <html><body>Bad gateway.")
                            .endsWith(page.substring(0, 200) + "…");
                });
    }

    @Test
    void internalErrorWithApiErrorBodyKeepsTheServersCodeAndMessage() throws Exception {
        server.answer(500, json(new ApiError("internal", "Unexpected error, see the server log", null)));

        assertThatThrownBy(client::listEntities)
                .isInstanceOfSatisfying(ServerErrorException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.code()).isEqualTo("internal");
                    assertThat(e.error().message()).isEqualTo("Unexpected error, see the server log");
                    assertThat(e.getMessage()).contains("HTTP 500").contains("Unexpected error, see the server log");
                });
    }

    @Test
    void successWithABodyThatIsNotTheExpectedJsonIsAServerError() {
        server.answer(200, "{\"status\": \"ok\", \"surprise\": true}");

        assertThatThrownBy(client::health)
                .isInstanceOfSatisfying(ServerErrorException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.getMessage()).contains("HTTP 200").contains("surprise");
                });
    }

    @Test
    void emptyErrorBodyIsAServerErrorThatSaysSo() {
        server.answer(503, "");

        assertThatThrownBy(client::health)
                .isInstanceOf(ServerErrorException.class)
                .hasMessage("Unexpected answer from server (HTTP 503): <empty body>");
    }

    @Test
    void validationProblemsAreReadFromTheDetails() throws Exception {
        List<ValidationProblem> problems = List.of(
                ValidationProblem.error("name", "'select' is a PostgreSQL reserved word"),
                ValidationProblem.warning("fields[0].label", "label is empty"));
        server.answer(400, json(new ApiError("validation_failed", "The definition has 1 error",
                Map.of("problems", problems))));

        assertThatThrownBy(client::health)
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("validation_failed");
                    assertThat(e).hasMessage("The definition has 1 error");
                    assertThat(e.problems()).containsExactlyElementsOf(problems);
                });
    }

    @Test
    void unreadableProblemIsSkippedButTheOthersAndTheErrorSurvive() {
        server.answer(400, "{\"error\":\"validation_failed\",\"message\":\"Invalid\",\"details\":{\"problems\":["
                + "{\"path\":\"name\",\"message\":\"too long\",\"severity\":\"error\"},"
                + "{\"path\":\"name\",\"severity\":\"catastrophic\"}]}}");

        assertThatThrownBy(client::health)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(ValidationProblem.error("name", "too long")));
    }

    @Test
    void conflictCarriesBothVersions() {
        server.answer(409, "{\"error\":\"conflict\",\"message\":\"customer is at version 3, the draft started"
                + " from 2\",\"details\":{\"base_version\":2,\"current_version\":3}}");

        assertThatThrownBy(client::health)
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.baseVersion()).isEqualTo(2);
                    assertThat(e.currentVersion()).isEqualTo(3);
                    assertThat(e.code()).isEqualTo("conflict");
                });
    }

    @Test
    void unsupportedChangeIsAMigrationFailureThatSaysWhichKind() {
        server.answer(422, "{\"error\":\"unsupported\",\"message\":\"Changing a column type is not supported yet\"}");

        assertThatThrownBy(client::health)
                .isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                    assertThat(e.isUnsupportedChange()).isTrue();
                    assertThat(e).hasMessage("Changing a column type is not supported yet");
                });
    }

    @Test
    void pathSegmentsArePercentEncodedAndTheTokenIsSent() {
        server.answer(404, "{\"error\":\"not_found\",\"message\":\"no such entity\"}");

        assertThat(client.getEntity("odd name/../x?y#z")).isEmpty();

        CannedHttpServer.Seen seen = server.lastRequest();
        assertThat(seen.method()).isEqualTo("GET");
        assertThat(seen.rawPath()).isEqualTo("/api/v1/data-model/entities/odd%20name%2F..%2Fx%3Fy%23z");
        assertThat(seen.authorization()).isEqualTo("Bearer s3cret-token");
    }

    @Test
    void nameCheckPostsTheNameAsJson() {
        server.answer(200, "{\"valid\":false,\"message\":\"'select' is a PostgreSQL reserved word\"}");

        NameCheck check = client.validateEntityName("select");

        assertThat(check).isEqualTo(new NameCheck(false, "'select' is a PostgreSQL reserved word"));
        CannedHttpServer.Seen seen = server.lastRequest();
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.rawPath()).isEqualTo("/api/v1/data-model/entities/validate-name");
        assertThat(seen.contentType()).startsWith("application/json");
        assertThat(seen.body()).isEqualTo("{\"name\":\"select\"}");
    }

    private static String json(Object value) throws Exception {
        return JsonCodec.mapper().writeValueAsString(value);
    }
}
