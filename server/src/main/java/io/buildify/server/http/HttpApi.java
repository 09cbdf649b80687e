package io.buildify.server.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;

import java.util.Objects;

/**
 * The Javalin application: routes to the controllers, the shared JSON codec, the body limit and error handling.
 * Created with {@link #create}, then started on a host and port by the caller.
 */
public final class HttpApi {
    /** Larger bodies are refused with 413 before they are parsed. */
    public static final long MAX_BODY_BYTES = 5L * 1024 * 1024;
    /** Answers below this size are not gzipped (Javalin's default is 1,500 bytes). */
    static final int MIN_COMPRESSED_BYTES = 16 * 1024;
    private static final String ENTITIES = "/api/v1/data-model/entities";
    private static final String WORKFLOWS = "/api/v1/workflows";

    private HttpApi() {
    }

    public static Javalin create(HealthController health, EntityController entities, PublishController publishing,
                                 MigrationController migrations, RollbackController rollbacks,
                                 AuditController audit, WorkflowController workflows) {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(publishing, "publishing");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(rollbacks, "rollbacks");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(workflows, "workflows");
        return Javalin.create(config -> {
            configure(config);
            config.routes.get("/api/v1/health", health::health);
            config.routes.get(ENTITIES, entities::list);
            config.routes.post(ENTITIES + "/validate-name", entities::validateName);
            config.routes.get(ENTITIES + "/{name}", entities::get);
            config.routes.post(ENTITIES + "/{name}/preview", publishing::preview);
            config.routes.post(ENTITIES + "/{name}/publish", publishing::publish);
            config.routes.post(ENTITIES + "/{name}/archive", publishing::archive);
            config.routes.get(ENTITIES + "/{name}/migrations", migrations::list);
            config.routes.post("/api/v1/data-model/migrations/{id}/rollback", rollbacks::rollback);
            config.routes.get("/api/v1/audit", audit::list);
            config.routes.get(WORKFLOWS, workflows::list);
            config.routes.get(WORKFLOWS + "/{name}", workflows::get);
            config.routes.get(WORKFLOWS + "/{name}/versions", workflows::versions);
            config.routes.get(WORKFLOWS + "/{name}/versions/{version}", workflows::getVersion);
            config.routes.post(WORKFLOWS + "/{name}/validate", workflows::validate);
            config.routes.post(WORKFLOWS + "/{name}/publish", workflows::publish);
            config.routes.post(WORKFLOWS + "/{name}/simulate", workflows::simulate);
            ErrorHandlers.register(config.routes, MAX_BODY_BYTES);
        });
    }

    private static void configure(JavalinConfig config) {
        config.jsonMapper(new CodecJsonMapper());
        config.http.maxRequestSize = MAX_BODY_BYTES;
        config.http.defaultContentType = "application/json";
        // Small answers are sent as they are: on loopback (the app's own server) packing a few kilobytes costs more
        // than it saves, and the app's answers are mostly small; lists of history or audit entries still shrink.
        // (A strategy of our own: Javalin's default GZIP instance is shared by every Javalin in the JVM.)
        CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
        gzip.setDefaultMinSizeForCompression(MIN_COMPRESSED_BYTES);
        config.http.compressionStrategy = gzip;
        config.startup.showJavalinBanner = false;
        // Otherwise every JVM exit waits 5 s for Javalin's startup watcher (STACK.md).
        config.startup.startupWatcherEnabled = false;
        config.startup.showOldJavalinVersionWarning = false;
    }
}
