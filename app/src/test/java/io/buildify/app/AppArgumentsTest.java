package io.buildify.app;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppArgumentsTest {

    @Test
    void noArgumentsMeansEmbeddedServerAndNoSmokeTest() {
        AppArguments args = AppArguments.parse(List.of());

        assertThat(args.serverUrl()).isEmpty();
        assertThat(args.smokeTest()).isFalse();
    }

    @Test
    void serverUrlInBothForms() {
        assertThat(AppArguments.parse(List.of("--server-url", "http://db.example:8080")).serverUrl())
                .hasValue(URI.create("http://db.example:8080"));
        assertThat(AppArguments.parse(List.of("--server-url=https://x.example")).serverUrl())
                .hasValue(URI.create("https://x.example"));
    }

    @Test
    void smokeTestFlagAndBlankArgumentsFromTheLauncher() {
        assertThat(AppArguments.parse(List.of("", "--smoke-test")).smokeTest()).isTrue();
    }

    @Test
    void oneArgumentMayCarrySeveral() {
        AppArguments args = AppArguments.parse(List.of("--smoke-test --server-url=http://h:1"));

        assertThat(args.smokeTest()).isTrue();
        assertThat(args.serverUrl()).hasValue(URI.create("http://h:1"));
    }

    @Test
    void unknownArgumentIsNamed() {
        assertThatThrownBy(() -> AppArguments.parse(List.of("--verbose")))
                .hasMessageContaining("'--verbose'");
    }

    @Test
    void serverUrlMustBeHttp() {
        assertThatThrownBy(() -> AppArguments.parse(List.of("--server-url", "localhost:8080")))
                .hasMessageContaining("http(s) URL");
        assertThatThrownBy(() -> AppArguments.parse(List.of("--server-url")))
                .hasMessageContaining("needs a URL");
    }
}
