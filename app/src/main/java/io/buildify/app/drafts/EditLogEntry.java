package io.buildify.app.drafts;

import java.time.Instant;

/**
 * One row of the draft store's audit trail (SPEC §3): who changed which entity when, a one-line summary, and the
 * definition before and after as JSON (null before a creation and after a deletion). The JSON is kept as text so
 * that old rows stay readable when the model gains properties.
 */
public record EditLogEntry(long sequence, String entityId, Instant at, String author, String summary,
                           String beforeJson, String afterJson) {
}
