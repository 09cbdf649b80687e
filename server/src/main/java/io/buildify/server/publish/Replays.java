package io.buildify.server.publish;

import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.PublishResponse;
import io.buildify.server.ApiException;
import io.buildify.server.catalog.MigrationHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/** Idempotent retries of publishes and archives: a {@code request_id} already applied gets its first answer. */
final class Replays {
    private static final Logger LOG = LoggerFactory.getLogger(Replays.class);

    private Replays() {
    }

    static Optional<PublishResult> find(MigrationHistory history, Connection connection, String name,
                                        String requestId) throws SQLException {
        if (requestId == null || requestId.isBlank()) {
            return Optional.empty();
        }
        Optional<MigrationRecord> earlier = history.completedByRequestId(connection, requestId);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        MigrationRecord record = earlier.get();
        if (!record.entityName().equals(name)) {
            throw ApiException.badRequest("request_id '" + requestId + "' was already used to publish entity '"
                    + record.entityName() + "'", Map.of("path", "request_id"));
        }
        LOG.info("Request {} for '{}' was already applied; answering with its result", requestId, name);
        return Optional.of(new PublishResult(new PublishResponse(name, record.toVersion(), record), true));
    }
}
