package io.buildify.server.publish;

import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.PublishResponse;
import io.buildify.server.ApiException;
import io.buildify.server.catalog.MigrationHistory;
import io.buildify.server.catalog.RoundTrip;
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
        RoundTrip trip = new RoundTrip();
        Lookup lookup = addTo(trip, history, requestId);
        trip.run(connection);
        return lookup.result(name);
    }

    /** Adds the look-up of an earlier publish with {@code requestId} to {@code trip} (nothing without a key). */
    static Lookup addTo(RoundTrip trip, MigrationHistory history, String requestId) {
        if (requestId == null || requestId.isBlank()) {
            return new Lookup(requestId, null);
        }
        return new Lookup(requestId, trip.add(history.completedByRequestId(requestId)));
    }

    /** The look-up of an earlier publish, answered once its trip has run. */
    record Lookup(String requestId, RoundTrip.Answer<Optional<MigrationRecord>> earlier) {
        /** The first answer when the key was already applied to {@code name}; a 400 when to another entity. */
        Optional<PublishResult> result(String name) {
            return earlier == null ? Optional.empty() : earlier.get().map(record -> replay(record, name, requestId));
        }
    }

    private static PublishResult replay(MigrationRecord record, String name, String requestId) {
        if (!record.entityName().equals(name)) {
            throw ApiException.badRequest("request_id '" + requestId + "' was already used to publish entity '"
                    + record.entityName() + "'", Map.of("path", "request_id"));
        }
        LOG.info("Request {} for '{}' was already applied; answering with its result", requestId, name);
        return new PublishResult(new PublishResponse(name, record.toVersion(), record), true);
    }
}
