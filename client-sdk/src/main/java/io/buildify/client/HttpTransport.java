package io.buildify.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import io.buildify.core.json.JsonCodec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The only place that knows OkHttp: builds URLs from path segments (each one percent-encoded), sends JSON, reads
 * JSON, and turns every failure into a {@link BuildifyClientException}. Thread-safe, like the OkHttpClient inside.
 */
final class HttpTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final String displayedBaseUrl;
    private final String authorization;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    HttpTransport(HttpUrl baseUrl, String bearerToken, Duration connectTimeout, Duration readTimeout) {
        this.baseUrl = baseUrl;
        this.displayedBaseUrl = stripTrailingSlash(baseUrl.toString());
        this.authorization = bearerToken == null ? null : "Bearer " + bearerToken;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    String baseUrl() {
        return displayedBaseUrl;
    }

    <T> T get(JavaType answerType, List<String> path) {
        return execute(newRequest(path).get().build(), answerType);
    }

    /** GET with query parameters; null values are left out. */
    <T> T get(JavaType answerType, List<String> path, Map<String, String> query) {
        HttpUrl.Builder url = urlOf(path).newBuilder();
        query.forEach((name, value) -> {
            if (value != null) {
                url.addQueryParameter(name, value);
            }
        });
        return execute(newRequest(path).url(url.build()).get().build(), answerType);
    }

    <T> T post(JavaType answerType, Object body, List<String> path) {
        return execute(newRequest(path).post(encode(body)).build(), answerType);
    }

    /** The URL of a path below the base URL; exposed to tests so they can check the encoding. */
    HttpUrl urlOf(List<String> path) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        path.forEach(url::addPathSegment);
        return url.build();
    }

    private Request.Builder newRequest(List<String> path) {
        Request.Builder request = new Request.Builder()
                .url(urlOf(path))
                .header("Accept", "application/json")
                .header("User-Agent", "buildify-client");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static RequestBody encode(Object body) {
        try {
            return RequestBody.create(JsonCodec.mapper().writeValueAsBytes(body), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot encode the request as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T execute(Request request, JavaType answerType) {
        long started = System.nanoTime();
        int status;
        String body;
        try (Response response = http.newCall(request).execute()) {
            status = response.code();
            body = response.body().string();
        } catch (IOException e) {
            if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
                Thread.currentThread().interrupt();
            }
            LOG.debug("{} {} failed: {}", request.method(), request.url(), e.toString());
            throw new ServerUnreachableException(displayedBaseUrl,
                    TransportFailures.reasonOf(e, connectTimeout, readTimeout), e);
        }
        LOG.debug("{} {} -> {} in {} ms", request.method(), request.url().encodedPath(), status,
                (System.nanoTime() - started) / 1_000_000);
        if (status < 200 || status > 299) {
            throw ErrorResponses.toException(status, body);
        }
        T answer;
        try {
            answer = JsonCodec.mapper().readValue(body, answerType);
        } catch (JsonProcessingException e) {
            throw ServerErrorException.unreadable(status, body, e);
        }
        if (answer == null) {
            throw ServerErrorException.unreadable(status, body, null);
        }
        return answer;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Frees the connection pool and the dispatcher's threads now instead of when they idle out. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
