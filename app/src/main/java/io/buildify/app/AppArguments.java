package io.buildify.app;

import io.buildify.app.settings.ConnectionSettings;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Command line of the desktop app.
 * <ul>
 *   <li>{@code --server-url URL} (or {@code --server-url=URL}): publish to a server running elsewhere instead of
 *   starting one in-process on the embedded PostgreSQL;</li>
 *   <li>{@code --smoke-test}: open the window, wait for the server, print {@code SMOKE OK} and exit 0 (non-zero and
 *   {@code SMOKE FAILED: …} on failure), for installer tests;</li>
 *   <li>one path (not starting with {@code -}): a {@code *.buildify.json} file to import once the window shows —
 *   what the installer's file association passes.</li>
 * </ul>
 */
public record AppArguments(Optional<URI> serverUrl, boolean smokeTest, Optional<Path> openFile) {

    public AppArguments {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(openFile, "openFile");
    }

    /**
     * Parses the arguments. An option holding spaces is split first, so that one Maven property
     * ({@code -Dapp.args="--smoke-test --server-url=URL"}) can carry several; a path is kept whole, since file
     * managers pass paths with spaces as one argument.
     *
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    public static AppArguments parse(List<String> rawArgs) {
        List<String> args = rawArgs.stream().filter(Objects::nonNull)
                .map(String::strip)
                .flatMap(arg -> arg.startsWith("-") ? Arrays.stream(arg.split("\\s+")) : Stream.of(arg)).toList();
        URI serverUrl = null;
        boolean smoke = false;
        Path openFile = null;
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
            } else if (!arg.startsWith("-")) {
                if (openFile != null) {
                    throw new IllegalArgumentException("only one file can be opened, got '" + openFile + "' and '"
                            + arg + "'");
                }
                openFile = path(arg);
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg
                        + "'; known: --server-url URL, --smoke-test, FILE.buildify.json");
            }
        }
        return new AppArguments(Optional.ofNullable(serverUrl), smoke, Optional.ofNullable(openFile));
    }

    private static Path path(String text) {
        try {
            // Desktop entries may pass a file:// URI (%U) instead of a path.
            Path path = text.startsWith("file:") ? Path.of(URI.create(text)) : Path.of(text);
            return path.toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalArgumentException("not a valid file path: '" + text + "' (" + e.getMessage() + ")", e);
        }
    }

    private static URI url(String text) {
        try {
            return ConnectionSettings.parseUrl(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--server-url must be an http(s) URL with a host, not '" + text
                    + "': " + e.getMessage(), e);
        }
    }
}
