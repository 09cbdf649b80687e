package io.buildify.app;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppArgumentsTest {

    @Test
    void noArgumentsMeansEmbeddedServerAndNoSmokeTest() {
        AppArguments args = AppArguments.parse(List.of());

        assertThat(args.serverUrl()).isEmpty();
        assertThat(args.smokeTest()).isFalse();
        assertThat(args.openFile()).isEmpty();
    }

    @Test
    void onePathIsTheFileToOpenKeptWholeWithItsSpaces() {
        AppArguments args = AppArguments.parse(List.of("--smoke-test", "/home/ann/My Projects/crm.buildify.json"));

        assertThat(args.smokeTest()).isTrue();
        assertThat(args.openFile()).hasValue(Path.of("/home/ann/My Projects/crm.buildify.json"));
    }

    @Test
    void fileUriFromADesktopEntryIsAPath() {
        assertThat(AppArguments.parse(List.of("file:///home/ann/My%20Projects/crm.buildify.json")).openFile())
                .hasValue(Path.of("/home/ann/My Projects/crm.buildify.json"));
    }

    @Test
    void relativePathIsMadeAbsolute() {
        assertThat(AppArguments.parse(List.of("crm.buildify.json")).openFile())
                .hasValue(Path.of("crm.buildify.json").toAbsolutePath());
    }

    @Test
    void secondPathIsRefusedNamingBoth() {
        assertThatThrownBy(() -> AppArguments.parse(List.of("/a.buildify.json", "/b.buildify.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only one file").hasMessageContaining("/a.buildify.json")
                .hasMessageContaining("/b.buildify.json");
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
        assertThatThrownBy(() -> AppArguments.parse(List.of("/a.buildify.json", "-x")))
                .hasMessageContaining("'-x'");
    }

    @Test
    void serverUrlMustBeHttp() {
        assertThatThrownBy(() -> AppArguments.parse(List.of("--server-url", "localhost:8080")))
                .hasMessageContaining("http(s) URL");
        assertThatThrownBy(() -> AppArguments.parse(List.of("--server-url")))
                .hasMessageContaining("needs a URL");
    }
}
