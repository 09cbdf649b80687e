package io.buildify.server.bench;

import io.buildify.core.json.JsonCodec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark's HTTP client, shaped like the app's (the client SDK's OkHttp): blocking I/O on the calling thread
 * over a kept-alive connection, the request's headers and body sent together (buffered, not streamed: streamed,
 * the body leaves as a second small packet that waits on the first one's acknowledgement, about 1 ms here), gzip
 * accepted and unpacked. The JDK's {@code HttpClient} of the test helpers hands
 * every exchange between threads, which on a busy machine costs more than the server's own work.
 */
final class BlockingHttp {
    private final URI base;

    BlockingHttp(URI base) {
        this.base = base;
    }

    /** Status and body of a POST of {@code body} as JSON. */
    Answer postJson(String path, Object body) {
        try {
            byte[] json = JsonCodec.mapper().writeValueAsBytes(body);
            HttpURLConnection http = open(path);
            http.setRequestMethod("POST");
            http.setDoOutput(true);
            http.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = http.getOutputStream()) {
                out.write(json);
            }
            return answer(http);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer get(String path) {
        try {
            return answer(open(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpURLConnection open(String path) throws IOException {
        HttpURLConnection http = (HttpURLConnection) base.resolve(path).toURL().openConnection();
        http.setRequestProperty("Accept-Encoding", "gzip");
        return http;
    }

    /** Reads the whole body (so the connection is kept alive for the next request). */
    private static Answer answer(HttpURLConnection http) throws IOException {
        int status = http.getResponseCode();
        InputStream raw = status >= 400 ? http.getErrorStream() : http.getInputStream();
        if (raw == null) {
            return new Answer(status, "");
        }
        try (InputStream in = "gzip".equalsIgnoreCase(http.getContentEncoding()) ? new GZIPInputStream(raw) : raw) {
            return new Answer(status, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    record Answer(int status, String body) {
        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
