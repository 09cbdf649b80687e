package io.buildify.core.api;

import java.time.Instant;
import java.util.Map;

/** One row of {@code GET /api/v1/audit}: who did what to which object, when, with details such as the version. */
public record AuditEntry(long id, String actor, String action, String objectType, String objectName, Instant at,
                         Map<String, Object> details) {
    public AuditEntry {
        details = details == null ? Map.of() : details;
    }
}
