package io.buildify.app.settings;

import io.buildify.app.util.TaskRunner;
import io.buildify.client.BuildifyClient;
import io.buildify.client.BuildifyClientException;
import io.buildify.core.api.HealthResponse;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The Settings dialog's state: embedded server or a remote URL with a token, checked as typed, saved to the data
 * directory ({@link ConnectionSettings}) and applied at once through the {@link Applier} (the app switches its
 * server connection live); the name the audit trail records for your edits ({@link DesignerName}). "Test connection"
 * asks the typed server for its health in the background and says in words whether it answered.
 */
public final class SettingsViewModel {
    /** Said in the dialog: Save switches the running connection. */
    public static final String TAKES_EFFECT = "Saving switches the connection at once; drafts stay open and queued "
            + "publishes go to the new server.";

    /** What Save does beyond writing the files: the app switches its connection and the audit trail's name. */
    public interface Applier {
        void apply(ConnectionSettings connection, String designerName);
    }
    private static final Duration TEST_TIMEOUT = Duration.ofSeconds(3);

    private final Path dataDir;
    private final Path draftStore;
    private final TaskRunner runner;
    private final BooleanProperty remote = new SimpleBooleanProperty(this, "remote");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final StringBinding urlProblem;
    private final BooleanBinding canSave;
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper(this, "testResult", "");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringProperty designerName = new SimpleStringProperty(this, "designerName", "");
    private final String osUser;
    private Applier applier = (connection, name) -> { };

    /**
     * Starts from the saved settings of {@code dataDir}; a file that cannot be read starts from the embedded server
     * and says why in {@link #messageProperty()}.
     *
     * @param draftStore the H2 draft store's file, shown read-only
     */
    public SettingsViewModel(Path dataDir, Path draftStore, TaskRunner runner) {
        this(dataDir, draftStore, runner, System.getProperty("user.name", "unknown"));
    }

    /** @param osUser who the audit trail records when no name is set */
    public SettingsViewModel(Path dataDir, Path draftStore, TaskRunner runner, String osUser) {
        this.osUser = Objects.requireNonNull(osUser, "osUser");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.draftStore = Objects.requireNonNull(draftStore, "draftStore");
        this.runner = Objects.requireNonNull(runner, "runner");
        ConnectionSettings saved;
        try {
            saved = ConnectionSettings.load(dataDir);
        } catch (RuntimeException e) {
            saved = ConnectionSettings.EMBEDDED;
            message.set("The saved settings could not be read (" + e.getMessage() + "); showing the defaults.");
        }
        try {
            designerName.set(DesignerName.load(dataDir).orElse(""));
        } catch (RuntimeException e) {
            message.set("The saved name could not be read (" + e.getMessage() + ").");
        }
        remote.set(saved.remoteUrl().isPresent());
        url.set(saved.remoteUrl().map(URI::toString).orElse(""));
        token.set(saved.token());
        urlProblem = Bindings.createStringBinding(() -> remote.get() ? problemOf(url.get()) : "", remote, url);
        canSave = Bindings.createBooleanBinding(() -> urlProblem.get().isEmpty()
                && DesignerName.problemOf(designerName.get()).isEmpty(), urlProblem, designerName);
        remote.addListener((obs, old, now) -> testResult.set(""));
        url.addListener((obs, old, now) -> testResult.set(""));
    }

    private static String problemOf(String text) {
        try {
            ConnectionSettings.parseUrl(text);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The settings as typed; only meaningful when {@link #canSaveProperty()} is true. */
    public ConnectionSettings settings() {
        return remote.get() ? new ConnectionSettings(Optional.of(ConnectionSettings.parseUrl(url.get())), token.get())
                : ConnectionSettings.EMBEDDED;
    }

    /** Writes the settings; returns false (and says why in {@link #messageProperty()}) when they are invalid. */
    public boolean save() {
        if (!canSave.get()) {
            String problem = urlProblem.get().isEmpty() ? DesignerName.problemOf(designerName.get()) : urlProblem.get();
            message.set("Not saved: " + problem);
            return false;
        }
        ConnectionSettings chosen = settings();
        try {
            chosen.save(dataDir);
            DesignerName.save(dataDir, designerName.get());
        } catch (RuntimeException e) {
            message.set("Not saved: " + e.getMessage());
            return false;
        }
        applier.apply(chosen, effectiveName());
        message.set("Saved. " + TAKES_EFFECT);
        return true;
    }

    /** Sets what Save applies to the running app (nothing by default: tests, or a dialog without a window). */
    public void setApplier(Applier applier) {
        this.applier = Objects.requireNonNull(applier, "applier");
    }

    /** The typed name, or the OS user name when blank: who the audit trail records. */
    public String effectiveName() {
        String typed = designerName.get() == null ? "" : designerName.get().strip();
        return typed.isEmpty() ? osUser : typed;
    }

    /** The name for the audit trail as typed; blank means the OS user name. */
    public StringProperty designerNameProperty() {
        return designerName;
    }

    /** Shown as the name field's prompt: who edits are recorded as when it is blank. */
    public String osUser() {
        return osUser;
    }

    /** Asks the typed remote server for its health in the background; the answer goes to {@link #testResultProperty()}. */
    public void testConnection() {
        if (!remote.get() || !canSave.get() || testing.get()) {
            return;
        }
        URI target = ConnectionSettings.parseUrl(url.get());
        String bearer = token.get() == null ? "" : token.get().strip();
        testing.set(true);
        testResult.set("Testing " + target + "…");
        runner.run("test connection to " + target, () -> {
            BuildifyClient.Builder builder = BuildifyClient.builder().baseUrl(target)
                    .connectTimeout(TEST_TIMEOUT).readTimeout(TEST_TIMEOUT);
            if (!bearer.isEmpty()) {
                builder.bearerToken(bearer);
            }
            try (BuildifyClient client = builder.build()) {
                return client.health();
            }
        }, health -> finished(online(target, health)), error -> finished(unreachable(target, error)));
    }

    private static String online(URI target, HealthResponse health) {
        String database = health.database() == null || health.database().isBlank() ? "" : ", " + health.database();
        return "Online: " + target + " answered (" + health.status() + database + ").";
    }

    private static String unreachable(URI target, Throwable error) {
        // The SDK's message already names the server and the cause ("Server at … is unreachable: Connection refused").
        String why = error instanceof BuildifyClientException && error.getMessage() != null ? error.getMessage()
                : error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return "Unreachable: " + why;
    }

    private void finished(String text) {
        testResult.set(text);
        testing.set(false);
    }

    /** The draft store's file: where the drafts live on this computer (read-only). */
    public String draftStoreLocation() {
        return draftStore.toString();
    }

    public BooleanProperty remoteProperty() {
        return remote;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    /** What is wrong with the typed URL, or empty (always empty for the embedded server). */
    public StringBinding urlProblemProperty() {
        return urlProblem;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** "Online: …", "Unreachable: …", or empty before a test. */
    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** What the last save did, or why the saved settings could not be read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
