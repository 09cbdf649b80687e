package io.buildify.app;

import io.buildify.app.audit.AuditTrail;
import io.buildify.app.drafts.DraftStore;
import io.buildify.app.explorer.DamagedDraftsViewModel;
import io.buildify.app.main.MainViewModel;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.projectfiles.RecentProjects;
import io.buildify.app.publishqueue.Backoff;
import io.buildify.app.publishqueue.OfflinePublishing;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.settings.ConnectionSettings;
import io.buildify.app.settings.SettingsViewModel;
import io.buildify.app.util.FxTaskRunner;
import io.buildify.app.workflow.WorkflowProject;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Everything one app window runs on, created at start and closed at exit in reverse order: the draft store, the
 * background runner, the server connection and the main ViewModel. Tests reach the running server through
 * {@link #server()}.
 */
public final class AppContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final AppDirectories directories;
    private final DraftStore drafts;
    private final FxTaskRunner runner;
    private final ServerConnection server;
    private final MainViewModel mainViewModel;
    private final OfflinePublishing offlinePublishing;
    private final AuditTrail auditTrail;
    private final DamagedDraftsViewModel damagedDrafts;

    AppContext(AppDirectories directories, DraftStore drafts, AppArguments arguments) {
        this.directories = Objects.requireNonNull(directories, "directories");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.runner = new FxTaskRunner();
        this.server = new ServerConnection(runner);
        ProjectSession entities = new ProjectSession(drafts.entities());
        WorkflowProject workflows = new WorkflowProject(drafts.workflows());
        this.mainViewModel = new MainViewModel(entities, workflows, server, runner);
        this.auditTrail = new AuditTrail(drafts.editLog(), AuditTrail.definitionsOf(entities, workflows), server,
                runner);
        this.damagedDrafts = new DamagedDraftsViewModel(entities, workflows);
        mainViewModel.projectFiles().setRecentProjects(new RecentProjects(directories.dataDir()));
        // The queue starts before the server: publishes queued in an earlier session are sent once it is ready.
        this.offlinePublishing = new OfflinePublishing(drafts, server, Backoff.DEFAULT, Platform::runLater);
        mainViewModel.setPendingPublishes(offlinePublishing.viewModel());
        offlinePublishing.start();
        // --server-url wins over the saved settings (scripts, tests); else the Settings dialog's choice.
        ConnectionSettings saved = arguments.serverUrl().isPresent() ? ConnectionSettings.EMBEDDED
                : savedSettings(directories);
        arguments.serverUrl().or(saved::remoteUrl).ifPresentOrElse(url -> server.connect(url, saved.token()),
                () -> server.startEmbedded(directories.postgresDir()));
    }

    private static ConnectionSettings savedSettings(AppDirectories directories) {
        try {
            return ConnectionSettings.load(directories.dataDir());
        } catch (RuntimeException e) {
            LOG.warn("Ignoring the saved connection settings, using the embedded server: {}", e.getMessage());
            return ConnectionSettings.EMBEDDED;
        }
    }

    /**
     * A fresh ViewModel for the Settings dialog, on this window's data directory and runner. Its Save switches the
     * server connection live (starting or stopping the in-process server) and renames the audit trail's author.
     */
    public SettingsViewModel settings() {
        SettingsViewModel settings = new SettingsViewModel(directories.dataDir(), directories.draftsDb(), runner,
                DraftStore.osUser());
        settings.setApplier((connection, name) -> {
            drafts.setAuthor(name);
            server.use(connection, directories.postgresDir());
        });
        return settings;
    }

    /** The draft history and server audit log behind the toolbar's Audit trail button. */
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /** The drafts whose stored JSON cannot be read, listed below the explorer. */
    public DamagedDraftsViewModel damagedDrafts() {
        return damagedDrafts;
    }

    public AppDirectories directories() {
        return directories;
    }

    public ServerConnection server() {
        return server;
    }

    public MainViewModel mainViewModel() {
        return mainViewModel;
    }

    @Override
    public void close() {
        try {
            mainViewModel.commit();
        } catch (RuntimeException e) {
            LOG.error("Saving the open draft on exit failed", e);
        }
        offlinePublishing.close(); // before the store closes: it writes the queue
        server.close();
        runner.close();
        drafts.close();
    }
}
