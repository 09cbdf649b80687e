package io.buildify.client;

import io.buildify.core.api.PublishRequest;
import io.buildify.core.model.EntityDefinition;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuildifyClientBuilderTest {

    @Test
    void baseUrlIsRequired() {
        assertThatThrownBy(() -> BuildifyClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("baseUrl");
    }

    @Test
    void baseUrlThatIsNotHttpIsRefusedNamingTheUrl() {
        assertThatThrownBy(() -> BuildifyClient.builder().baseUrl("ftp://example.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ftp://example.org'");
        assertThatThrownBy(() -> BuildifyClient.builder().baseUrl("http://h/?x=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query");
    }

    @Test
    void pathPrefixOfTheBaseUrlIsKeptWithOrWithoutTrailingSlash() {
        try (BuildifyClient withSlash = BuildifyClient.builder().baseUrl("http://10.0.0.5:8080/buildify/").build();
             BuildifyClient withoutSlash = BuildifyClient.builder().baseUrl(URI.create("http://10.0.0.5:8080/buildify"))
                     .build()) {
            List<String> health = List.of("api", "v1", "health");
            assertThat(withSlash.transport().urlOf(health))
                    .hasToString("http://10.0.0.5:8080/buildify/api/v1/health");
            assertThat(withoutSlash.transport().urlOf(health))
                    .hasToString("http://10.0.0.5:8080/buildify/api/v1/health");
            assertThat(withSlash.baseUrl()).isEqualTo("http://10.0.0.5:8080/buildify");
        }
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> BuildifyClient.builder().connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> BuildifyClient.builder().readTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("readTimeout");
    }

    @Test
    void bearerTokenWithSpacesOrLineBreaksIsRefused() {
        assertThatThrownBy(() -> BuildifyClient.builder().bearerToken("abc\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BuildifyClient.builder().bearerToken(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publishOfADefinitionWithoutNameIsRefusedBeforeAnyCall() {
        try (BuildifyClient client = BuildifyClient.builder().baseUrl("http://127.0.0.1:9").build()) {
            PublishRequest request = new PublishRequest(EntityDefinition.of(""), 0, "first", "req-1", "ann");

            assertThatThrownBy(() -> client.publish(request))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no name");
            assertThatThrownBy(() -> client.getEntity(" "))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
