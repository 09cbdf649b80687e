package io.buildify.app.audit;

import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.client.BuildifyClient;
import io.buildify.client.BuildifyClientException;
import io.buildify.core.api.AuditEntry;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The server's audit log ({@code GET /api/v1/audit}: creates, publishes, failed publishes, rollbacks) as the app
 * shows it when online, optionally filtered to one definition. Offline it loads nothing and says so in one sentence.
 */
public final class ServerAuditViewModel {
    /** How many rows one load asks for (the server allows up to 1000). */
    static final int LIMIT = 500;

    private final ServerConnection server;
    private final TaskRunner runner;
    private final ObjectProperty<DefinitionRef> filter = new SimpleObjectProperty<>(this, "filter");
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(this, "offline");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private long generation;

    public ServerAuditViewModel(ServerConnection server, TaskRunner runner) {
        this.server = Objects.requireNonNull(server, "server");
        this.runner = Objects.requireNonNull(runner, "runner");
        filter.addListener((obs, old, now) -> refresh());
    }

    /** Loads the log for the current filter (null = everything) from the connected server, or says it is offline. */
    public void refresh() {
        long mine = ++generation; // an answer for an older filter must not overwrite a newer one
        Optional<BuildifyClient> client = server.isReady() ? server.client() : Optional.empty();
        if (client.isEmpty()) {
            entries.clear();
            offline.set(true);
            loading.set(false);
            message.set("Offline: the server's audit log is shown when the server is connected ("
                    + server.messageProperty().get() + "). The draft changes on this computer are under "
                    + "\"Draft changes\".");
            return;
        }
        DefinitionRef ref = filter.get();
        String type = ref == null ? null : ref.kind().code();
        String name = ref == null ? null : ref.name();
        offline.set(false);
        loading.set(true);
        message.set("Loading the server's audit log…");
        runner.run("read the server audit log", () -> client.get().audit(type, name, LIMIT),
                rows -> loaded(mine, ref, rows), error -> failed(mine, error));
    }

    private void loaded(long mine, DefinitionRef ref, List<AuditEntry> rows) {
        if (mine != generation) {
            return;
        }
        loading.set(false);
        entries.setAll(rows);
        String scope = ref == null ? "all definitions" : ref.toString();
        message.set(rows.isEmpty() ? "The server has recorded nothing for " + scope + "."
                : rows.size() + " server audit " + (rows.size() == 1 ? "entry" : "entries") + " for " + scope
                + ", newest first.");
    }

    private void failed(long mine, Throwable error) {
        if (mine != generation) {
            return;
        }
        loading.set(false);
        entries.clear();
        boolean unreachable = error instanceof BuildifyClientException e && e.status() == 0;
        offline.set(unreachable);
        String why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        message.set((unreachable ? "Offline: " : "The server's audit log could not be read: ") + why);
    }

    /** The definition the log is limited to; null for all. Changing it reloads. */
    public ObjectProperty<DefinitionRef> filterProperty() {
        return filter;
    }

    public ObservableList<AuditEntry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** "N server audit entries…", "Offline: …", or the server's refusal. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the last refresh found no server to ask. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
