package io.buildify.app.entitywizard;

import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.client.BuildifyClient;
import io.buildify.client.NameCheck;
import io.buildify.core.api.PublishedEntity;
import io.buildify.core.validation.ValidationProblem;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.Optional;

/**
 * Asks the server, through the SDK's {@code validateEntityName}, whether the entity's technical name is free there:
 * a name that another entity already published is an error at {@code name} (shown beside the control, blocking
 * Next), while this entity's own earlier publish is fine. With no server the check stays silent and only leaves a
 * hint. The view calls {@link #check()} debounced while the user types; answers for an older name are dropped.
 */
public final class ServerNameCheck {
    static final String OFFLINE_HINT = "Server not reachable: the name is checked against published entities "
            + "when you publish.";
    static final String AVAILABLE_HINT = "No other entity uses this name on the server.";
    static final String CHECKING_HINT = "Checking the server…";

    private final EntityDocument document;
    private final ServerConnection server;
    private final TaskRunner runner;
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private long latest;

    public ServerNameCheck(EntityDocument document, ServerConnection server, TaskRunner runner) {
        this.document = Objects.requireNonNull(document, "document");
        this.server = Objects.requireNonNull(server, "server");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Checks the live name now; does nothing while the name has a local error (format, reserved word, …). */
    public void check() {
        String name = document.definition().name();
        String entityId = document.entityId();
        long mine = ++latest;
        if (document.hasLocalNameError() || name.isBlank()) {
            hint.set("");
            return;
        }
        Optional<BuildifyClient> client = server.client();
        if (client.isEmpty() || !server.isReady()) {
            hint.set(OFFLINE_HINT);
            return;
        }
        hint.set(CHECKING_HINT);
        runner.run("check entity name '" + name + "' on the server", () -> objection(client.get(), name, entityId),
                objection -> {
                    if (mine == latest) {
                        document.setServerNameProblem(name, objection.map(m -> ValidationProblem.error("name", m))
                                .orElse(null));
                        hint.set(objection.isPresent() ? "" : AVAILABLE_HINT);
                    }
                },
                error -> {
                    if (mine == latest) {
                        document.setServerNameProblem(name, null);
                        hint.set(OFFLINE_HINT);
                    }
                });
    }

    /** Empty when the server has no objection; runs on a worker thread. */
    static Optional<String> objection(BuildifyClient client, String name, String entityId) {
        NameCheck answer = client.validateEntityName(name);
        if (answer.valid()) {
            return Optional.empty();
        }
        Optional<PublishedEntity> published = client.getEntity(name);
        if (published.isPresent()) {
            PublishedEntity other = published.get();
            return other.definition() != null && entityId.equals(other.definition().id()) ? Optional.empty()
                    : Optional.of("another entity named '" + name + "' is already published on the server (version "
                    + other.version() + "); choose another name");
        }
        return Optional.of("the server refuses this name: " + answer.message());
    }

    /** "Checking the server…", "Not used by …", the offline hint, or "" (nothing to say, or an error shows). */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }
}
