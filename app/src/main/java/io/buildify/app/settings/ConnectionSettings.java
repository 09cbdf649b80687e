package io.buildify.app.settings;

import io.buildify.app.util.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Which server the app publishes to, chosen in the Settings dialog and read at start: the embedded one (the default)
 * or a remote URL with an optional bearer token. Kept in {@code connection.properties} in the data directory, which
 * is readable by its owner only ({@code AppDirectories}), so the token is not visible to other users.
 *
 * @param remoteUrl empty for the embedded server
 * @param token     the bearer token for the remote server; blank for none
 */
public record ConnectionSettings(Optional<URI> remoteUrl, String token) {
    public static final String FILE_NAME = "connection.properties";
    public static final ConnectionSettings EMBEDDED = new ConnectionSettings(Optional.empty(), "");

    public ConnectionSettings {
        Objects.requireNonNull(remoteUrl, "remoteUrl");
        token = Objects.requireNonNullElse(token, "").strip();
    }

    /**
     * Checks a URL typed by the user: an http(s) URL with a host.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static URI parseUrl(String text) {
        String trimmed = Objects.requireNonNullElse(text, "").strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Enter the server URL, e.g. https://buildify.example.com");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid URL: " + e.getReason() + " at position " + e.getIndex());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("The URL must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("The URL has no host name");
        }
        return uri;
    }

    /** Reads the settings of {@code dataDir}; the embedded server when there are none yet. */
    public static ConnectionSettings load(Path dataDir) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return EMBEDDED;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dataDir.resolve(FILE_NAME), e);
        }
        if (!"remote".equals(properties.getProperty("server", "embedded"))) {
            return EMBEDDED;
        }
        try {
            return new ConnectionSettings(Optional.of(parseUrl(properties.getProperty("url"))),
                    properties.getProperty("token", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(dataDir.resolve(FILE_NAME) + ": url: " + e.getMessage(), e);
        }
    }

    /** Writes the settings to {@code dataDir}, replacing the file in one move so a crash leaves old or new. */
    public void save(Path dataDir) {
        Properties properties = new Properties();
        properties.setProperty("server", remoteUrl.isPresent() ? "remote" : "embedded");
        remoteUrl.ifPresent(url -> properties.setProperty("url", url.toString()));
        if (remoteUrl.isPresent() && !token.isEmpty()) {
            properties.setProperty("token", token);
        }
        Path target = dataDir.resolve(FILE_NAME);
        try {
            AtomicFiles.writeProperties(target, properties, "Buildify Designer server connection");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
