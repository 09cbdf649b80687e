package io.buildify.client;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server on loopback that answers every request with one canned status and body, and remembers the
 * last request. It stands in for what the real Buildify server never does on purpose: proxies answering with HTML,
 * truncated bodies, odd statuses.
 */
final class CannedHttpServer implements AutoCloseable {
    /** What the last request looked like on the wire. */
    record Seen(String method, String rawPath, String authorization, String contentType, String body) {
    }

    private final HttpServer server;
    private final AtomicReference<Seen> lastRequest = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String body = "{}";

    CannedHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            lastRequest.set(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(requestBody, StandardCharsets.UTF_8)));
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    CannedHttpServer answer(int newStatus, String newBody) {
        this.status = newStatus;
        this.body = newBody;
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Seen lastRequest() {
        return lastRequest.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
