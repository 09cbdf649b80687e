package io.buildify.app.audit;

import io.buildify.app.drafts.EditLogEntry;

import java.time.Instant;

/** One row of the "Draft changes" list: an edit log entry as the view shows it (views never see the drafts package). */
public record DraftChange(long sequence, Instant at, String author, String summary, String beforeJson,
                          String afterJson) {

    static DraftChange of(EditLogEntry entry) {
        return new DraftChange(entry.sequence(), entry.at(), entry.author(), entry.summary(), entry.beforeJson(),
                entry.afterJson());
    }
}
