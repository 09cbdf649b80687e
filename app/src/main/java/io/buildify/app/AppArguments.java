package io.buildify.app;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Command line of the desktop app.
 * <ul>
 *   <li>{@code --server-url URL} (or {@code --server-url=URL}): publish to a server running elsewhere instead of
 *   starting one in-process on the embedded PostgreSQL;</li>
 *   <li>{@code --smoke-test}: open the window, wait for the server, print {@code SMOKE OK} and exit 0 (non-zero and
 *   {@code SMOKE FAILED: …} on failure), for installer tests.</li>
 * </ul>
 */
public record AppArguments(Optional<URI> serverUrl, boolean smokeTest) {

    public AppArguments {
        Objects.requireNonNull(serverUrl, "serverUrl");
    }

    /**
     * Parses the arguments. An argument holding spaces is split first, so that one Maven property
     * ({@code -Dapp.args="--smoke-test --server-url=URL"}) can carry several.
     *
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    public static AppArguments parse(List<String> rawArgs) {
        List<String> args = rawArgs.stream().filter(Objects::nonNull)
                .flatMap(arg -> Arrays.stream(arg.strip().split("\\s+"))).toList();
        URI serverUrl = null;
        boolean smoke = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg == null || arg.isBlank()) {
                continue;
            }
            if (arg.equals("--smoke-test")) {
                smoke = true;
            } else if (arg.equals("--server-url")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--server-url needs a URL, e.g. --server-url http://host:8080");
                }
                serverUrl = url(args.get(++i));
            } else if (arg.startsWith("--server-url=")) {
                serverUrl = url(arg.substring("--server-url=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg
                        + "'; known: --server-url URL, --smoke-test");
            }
        }
        return new AppArguments(Optional.ofNullable(serverUrl), smoke);
    }

    private static URI url(String text) {
        try {
            URI uri = URI.create(text.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("--server-url must be an http(s) URL with a host, not '" + text
                        + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("--server-url")) {
                throw e;
            }
            throw new IllegalArgumentException("--server-url is not a valid URL: '" + text + "'", e);
        }
    }
}
