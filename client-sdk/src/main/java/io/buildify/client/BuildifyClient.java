package io.buildify.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.buildify.core.api.ArchiveRequest;
import io.buildify.core.api.AuditEntry;
import io.buildify.core.api.EntitySummary;
import io.buildify.core.api.HealthResponse;
import io.buildify.core.api.ItemsResponse;
import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.PublishPreview;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.PublishResponse;
import io.buildify.core.api.PublishedEntity;
import io.buildify.core.api.PublishedWorkflow;
import io.buildify.core.api.RollbackRequest;
import io.buildify.core.api.RollbackResponse;
import io.buildify.core.api.WorkflowPublishRequest;
import io.buildify.core.api.WorkflowSimulationRequest;
import io.buildify.core.api.WorkflowSummary;
import io.buildify.core.api.WorkflowValidationResponse;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.workflow.SimulationResult;
import okhttp3.HttpUrl;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Typed access to the Buildify server's HTTP API (SPEC §4), speaking only core model and API types.
 *
 * <p>Life cycle: build one with {@link #builder()}, share it (it is thread-safe and pools connections), and
 * {@link #close()} it when the application stops. Every method blocks until the server answers, so call it off the
 * JavaFX application thread.
 *
 * <p>Failures: every method throws a subclass of {@link BuildifyClientException} — {@link ValidationException}
 * (400), {@link NotFoundException} (404), {@link ConflictException} (409), {@link ConfirmationRequiredException},
 * {@link PreCheckFailedException} and {@link MigrationFailedException} (422),
 * {@link ServerErrorException} (5xx or an answer that is not the expected JSON) and
 * {@link ServerUnreachableException} (no answer at all).
 */
public final class BuildifyClient implements AutoCloseable {
    private static final List<String> API = List.of("api", "v1");
    private static final List<String> ENTITIES = List.of("api", "v1", "data-model", "entities");
    private static final List<String> WORKFLOWS = List.of("api", "v1", "workflows");
    private static final TypeFactory TYPES = TypeFactory.defaultInstance();

    private final HttpTransport transport;

    private BuildifyClient(HttpTransport transport) {
        this.transport = transport;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base URL calls go to, without a trailing slash, e.g. {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        return transport.baseUrl();
    }

    /** {@code GET /api/v1/health}: the server's version and database. */
    public HealthResponse health() {
        return transport.get(type(HealthResponse.class), path(API, "health"));
    }

    /** The latest version of every published entity. */
    public List<EntitySummary> listEntities() {
        return itemsOf(transport.get(items(EntitySummary.class), ENTITIES));
    }

    /** The latest published definition of the entity, or empty if it was never published. */
    public Optional<PublishedEntity> getEntity(String name) {
        requireName(name);
        return optional(() -> transport.get(type(PublishedEntity.class), path(ENTITIES, name)));
    }

    /**
     * What publishing this request would do now, nothing executed: the planned migration, the row checks against
     * the current data (failing rows per column) and whether the publish would be blocked by a check or needs
     * {@code confirm_destructive}.
     */
    public PublishPreview preview(PublishRequest request) {
        return transport.post(type(PublishPreview.class), request, path(ENTITIES, entityNameOf(request), "preview"));
    }

    /**
     * Plans, runs and records the migration in one transaction on the server. Refused, with nothing changed, by a
     * {@link ConflictException} if {@code request.baseVersion()} is no longer the published version, a
     * {@link ConfirmationRequiredException} if the plan has destructive steps the request does not confirm
     * ({@link PublishRequest#withConfirmDestructive}), a {@link PreCheckFailedException} if rows would break the
     * change, and a {@link MigrationFailedException} if PostgreSQL refused a step.
     */
    public PublishResponse publish(PublishRequest request) {
        return transport.post(type(PublishResponse.class), request, path(ENTITIES, entityNameOf(request), "publish"));
    }

    /**
     * Deletes a published entity by archiving it (its table and related columns renamed aside, rows kept; a
     * recorded {@code drop} migration that {@link #rollback} undoes). Refused, with nothing changed, by a
     * {@link ConflictException} for a stale {@code request.baseVersion()}, a {@link ConfirmationRequiredException}
     * unless {@code request.confirmDestructive()}, a {@link NotFoundException} when the entity is not published,
     * and a {@link BuildifyClientException} (422) naming the entities that still point at it.
     */
    public PublishResponse archiveEntity(String name, ArchiveRequest request) {
        requireName(name);
        Objects.requireNonNull(request, "request");
        return transport.post(type(PublishResponse.class), request, path(ENTITIES, name, "archive"));
    }

    /** The entity's migration history, newest first. */
    public List<MigrationRecord> migrations(String entityName) {
        requireName(entityName);
        return itemsOf(transport.get(items(MigrationRecord.class), path(ENTITIES, entityName, "migrations")));
    }

    /**
     * Rolls a completed migration back: its down script runs as a new recorded migration and the entity's
     * previous definition is published again under the next version. Refused with a {@link ConflictException}
     * naming the later migrations that depend on it, or with a {@link ConfirmationRequiredException} when undoing
     * it drops data (e.g. a column it added) and {@code request.confirmDestructive()} is false.
     *
     * @param request who rolls back and why; null for an anonymous rollback that confirms nothing
     */
    public RollbackResponse rollback(long migrationId, RollbackRequest request) {
        if (migrationId <= 0) {
            throw new IllegalArgumentException("A migration id is positive, was " + migrationId);
        }
        return transport.post(type(RollbackResponse.class), request == null ? Map.of() : request,
                path(API, "data-model", "migrations", Long.toString(migrationId), "rollback"));
    }

    /**
     * The server's audit log, newest first: the {@code create} (first version) and {@code update} (later versions)
     * of entity and workflow definitions, publishes, failed publishes and rollbacks.
     *
     * @param objectType e.g. {@code entity}, or null for all
     * @param objectName e.g. {@code customer}, or null for all
     * @param limit      1 to 1000
     */
    public List<AuditEntry> audit(String objectType, String objectName, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be from 1 to 1000, was " + limit);
        }
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("object_type", objectType);
        query.put("object_name", objectName);
        query.put("limit", Integer.toString(limit));
        return itemsOf(transport.get(items(AuditEntry.class), path(API, "audit"), query));
    }

    /** Asks the server whether {@code name} may name an entity (syntax, reserved words, length). */
    public NameCheck validateEntityName(String name) {
        Objects.requireNonNull(name, "name");
        return transport.post(type(NameCheck.class), Map.of("name", name), path(ENTITIES, "validate-name"));
    }

    /** The latest version of every published workflow (without definitions). */
    public List<WorkflowSummary> listWorkflows() {
        return itemsOf(transport.get(items(WorkflowSummary.class), WORKFLOWS));
    }

    /** The latest published version of the workflow, or empty if it was never published. */
    public Optional<PublishedWorkflow> getWorkflow(String name) {
        requireName(name);
        return optional(() -> transport.get(type(PublishedWorkflow.class), path(WORKFLOWS, name)));
    }

    /** One published version of the workflow, or empty if there is no such version. */
    public Optional<PublishedWorkflow> getWorkflow(String name, int version) {
        requireName(name);
        if (version < 1) {
            throw new IllegalArgumentException("A workflow version is 1 or more, was " + version);
        }
        return optional(() -> transport.get(type(PublishedWorkflow.class),
                path(WORKFLOWS, name, "versions", Integer.toString(version))));
    }

    /** Every published version of the workflow, newest first; empty if it was never published. */
    public List<WorkflowSummary> workflowVersions(String name) {
        requireName(name);
        return itemsOf(transport.get(items(WorkflowSummary.class), path(WORKFLOWS, name, "versions")));
    }

    /**
     * The markers the server judges a publish by: the core workflow rules, with conditions checked against the
     * PUBLISHED entity the workflow applies to (an entity that is not published is itself an error marker).
     */
    public WorkflowValidationResponse validateWorkflow(WorkflowDefinition workflow) {
        return transport.post(type(WorkflowValidationResponse.class), workflow,
                path(WORKFLOWS, workflowNameOf(workflow), "validate"));
    }

    /**
     * Publishes the workflow as its next version. Refused, with nothing stored, by a {@link ValidationException}
     * whose {@link ValidationException#markers() markers} say what is wrong, or a {@link ConflictException} when
     * {@code request.baseVersion()} is no longer the published version. A repeated {@code request_id} returns
     * the version the first request published.
     */
    public PublishedWorkflow publishWorkflow(WorkflowPublishRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.post(type(PublishedWorkflow.class), request,
                path(WORKFLOWS, workflowNameOf(request.workflow()), "publish"));
    }

    /**
     * A dry run on the server: of {@code request.workflow()} when the request carries a draft, otherwise of the
     * published version it names (the latest when none; a {@link NotFoundException} when there is none).
     */
    public SimulationResult simulateWorkflow(String name, WorkflowSimulationRequest request) {
        requireName(name);
        Objects.requireNonNull(request, "request");
        return transport.post(type(SimulationResult.class), request, path(WORKFLOWS, name, "simulate"));
    }

    /** Releases pooled connections and threads. The client must not be used afterwards. */
    @Override
    public void close() {
        transport.close();
    }

    HttpTransport transport() {
        return transport;
    }

    private static String entityNameOf(PublishRequest request) {
        Objects.requireNonNull(request, "request");
        EntityDefinition definition = Objects.requireNonNull(request.definition(), "request.definition");
        if (definition.name().isBlank()) {
            throw new IllegalArgumentException("The definition has no name, so there is no URL to send it to");
        }
        return definition.name();
    }

    private static String workflowNameOf(WorkflowDefinition workflow) {
        Objects.requireNonNull(workflow, "workflow");
        if (workflow.name().isBlank()) {
            throw new IllegalArgumentException("The workflow has no name, so there is no URL to send it to");
        }
        return workflow.name();
    }

    private static void requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A name must not be blank");
        }
    }

    /** A GET whose 404 means "there is none" rather than a failure. */
    private static <T> Optional<T> optional(java.util.function.Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static <T> List<T> itemsOf(ItemsResponse<T> answer) {
        return answer.items() == null ? List.of() : List.copyOf(answer.items());
    }

    private static List<String> path(List<String> prefix, String... segments) {
        return Stream.concat(prefix.stream(), Stream.of(segments)).toList();
    }

    private static JavaType type(Class<?> type) {
        return TYPES.constructType(type);
    }

    private static JavaType items(Class<?> itemType) {
        return TYPES.constructParametricType(ItemsResponse.class, itemType);
    }

    /**
     * Settings of a client. Only the base URL is required; the defaults suit a server on the same machine or
     * network: 2 s to connect (an absent server is reported quickly) and 60 s to answer (a publish may migrate a
     * large table).
     */
    public static final class Builder {
        public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
        public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

        private HttpUrl baseUrl;
        private String bearerToken;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;

        private Builder() {
        }

        /** The server's root, e.g. {@code http://127.0.0.1:8080}; a path prefix is kept. */
        public Builder baseUrl(String url) {
            Objects.requireNonNull(url, "url");
            HttpUrl parsed = HttpUrl.parse(url.strip());
            if (parsed == null) {
                throw new IllegalArgumentException("Not an http or https URL: '" + url + "'");
            }
            if (parsed.query() != null || parsed.fragment() != null) {
                throw new IllegalArgumentException("A base URL has no query or fragment: '" + url + "'");
            }
            this.baseUrl = parsed;
            return this;
        }

        public Builder baseUrl(URI url) {
            return baseUrl(Objects.requireNonNull(url, "url").toString());
        }

        /** Sent as {@code Authorization: Bearer <token>}; null (the default) sends no Authorization header. */
        public Builder bearerToken(String token) {
            if (token != null && (token.isBlank() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e))) {
                throw new IllegalArgumentException("A bearer token is non-blank printable ASCII without spaces");
            }
            this.bearerToken = token;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        public BuildifyClient build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            return new BuildifyClient(new HttpTransport(baseUrl, bearerToken, connectTimeout, readTimeout));
        }

        private static Duration positive(Duration timeout, String what) {
            Objects.requireNonNull(timeout, what);
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException(what + " must be positive, was " + timeout);
            }
            return timeout;
        }
    }
}
