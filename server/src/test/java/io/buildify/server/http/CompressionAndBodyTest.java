package io.buildify.server.http;

import io.buildify.core.api.PublishRequest;
import io.buildify.core.json.JsonCodec;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.SharedServerTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Small answers travel unpacked, large ones gzipped when asked; a well-formed body is read however it is spaced. */
class CompressionAndBodyTest extends SharedServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void smallAnswersAreNotGzippedEvenWhenTheClientAcceptsIt() throws Exception {
        HttpResponse<byte[]> health = send(HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/health"))
                .header("Accept-Encoding", "gzip").GET());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(health.body(), StandardCharsets.UTF_8)).contains("\"status\":\"ok\"");
    }

    @Test
    void largeAnswersAreGzippedWhenTheClientAcceptsIt() throws Exception {
        EntityDefinition wide = EntityDefinition.of("t_gzip_wide");
        for (int i = 1; i <= 300; i++) {
            wide = wide.withFieldAdded(FieldDefinition.of(String.format("column_number_%03d", i), FieldType.STRING));
        }
        byte[] request = JsonCodec.mapper().writeValueAsBytes(new PublishRequest(wide, 0, "wide", UUID.randomUUID()
                .toString(), "test"));

        HttpResponse<byte[]> preview = send(HttpRequest.newBuilder(server.baseUri()
                        .resolve(ENTITIES + "t_gzip_wide/preview")).header("Accept-Encoding", "gzip")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(request)));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] unpacked;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(preview.body()))) {
            unpacked = in.readAllBytes();
        }
        assertThat(unpacked.length).isGreaterThan(HttpApi.MIN_COMPRESSED_BYTES);
        assertThat(JsonCodec.mapper().readTree(unpacked).get("plan")).isNotNull();
    }

    @Test
    void aWellFormedBodyIsReadWithLeadingWhiteSpace() throws Exception {
        EntityDefinition entity = EntityDefinition.of("t_body_spaced")
                .withFieldAdded(FieldDefinition.of("name", FieldType.STRING));
        String json = JsonCodec.mapper().writeValueAsString(new PublishRequest(entity, 0, "spaced",
                UUID.randomUUID().toString(), "test"));

        Answer answer = api.post(ENTITIES + "t_body_spaced/preview", " \r\n\t" + json);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotAnObjectIsStillRefusedByName() {
        Answer answer = api.post(ENTITIES + "t_body_spaced/preview", "  [1, 2]");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).contains("expected a JSON object");
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
