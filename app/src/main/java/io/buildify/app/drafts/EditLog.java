package io.buildify.app.drafts;

import java.util.List;

/** Reads the audit trail the repositories write alongside every change. */
public interface EditLog {

    /** The entries of one entity, newest first. */
    List<EditLogEntry> entries(String entityId);
}
