package io.buildify.app.project;

import io.buildify.app.drafts.DamagedDraft;
import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.drafts.EntityDraftRepository;
import io.buildify.core.model.EntityDefinition;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The open project as the panels see it: the draft repository plus a {@link #revisionProperty() revision} that grows
 * after every write. Panels (explorer, wizard, status bar) listen to the revision instead of calling each other.
 * Writes are synchronous: H2 commits in well under a millisecond for one row, so the UI thread may call them.
 */
public final class ProjectSession {
    private final EntityDraftRepository drafts;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    public ProjectSession(EntityDraftRepository drafts) {
        this.drafts = Objects.requireNonNull(drafts, "drafts");
    }

    public List<EntityDraft> list() {
        return drafts.list();
    }

    /** The entity drafts whose stored JSON cannot be read (left out of {@link #list()}). */
    public List<DamagedDraft> damaged() {
        return drafts.damaged();
    }

    public Optional<EntityDraft> find(String entityId) {
        return drafts.find(entityId);
    }

    public boolean nameTaken(String name, String exceptEntityId) {
        return drafts.nameTaken(name, exceptEntityId);
    }

    /** Saves (upserts) a draft; committed when this returns. */
    public void save(EntityDefinition definition) {
        drafts.save(definition);
        revision.set(revision.get() + 1);
    }

    public void markPublished(String entityId, int version, EntityDefinition snapshot) {
        drafts.markPublished(entityId, version, snapshot);
        revision.set(revision.get() + 1);
    }

    public void delete(String entityId) {
        drafts.delete(entityId);
        revision.set(revision.get() + 1);
    }

    /** A name no draft uses yet: {@code base}, else {@code base_2}, {@code base_3}, … */
    public String freeName(String base) {
        String candidate = base;
        for (int n = 2; nameTaken(candidate, ""); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
