package io.buildify.server.publish;

import io.buildify.core.api.RowCheckResult;
import io.buildify.core.migration.RowCheck;
import io.buildify.server.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs the planner's row checks against the data as it is now: a preview shows the numbers up front, and a publish
 * whose step PostgreSQL refused names the columns and the numbers of rows to fix.
 * The queries are the planner's (identifiers quoted, literals escaped); they only read.
 */
final class PreChecks {
    private static final Logger LOG = LoggerFactory.getLogger(PreChecks.class);

    private PreChecks() {
    }

    /**
     * Runs every check in one statement that scans each table once ({@link RowCheckQuery}). Should that statement
     * fail (a partial index's WHERE is the designer's text, and one that PostgreSQL cannot evaluate fails the index
     * too), each check runs alone and those that cannot run are left out, so the others still answer; inside a
     * transaction each attempt is guarded by a savepoint, since a failed statement would abort it.
     */
    static List<RowCheckResult> run(Connection connection, List<RowCheck> checks) throws SQLException {
        if (checks.isEmpty()) {
            return new ArrayList<>();
        }
        try {
            return guarded(connection, checks);
        } catch (SQLException e) {
            LOG.warn("The row checks could not run together ({}); running them one by one", e.getMessage());
        }
        List<RowCheckResult> results = new ArrayList<>();
        for (RowCheck check : checks) {
            try {
                results.addAll(guarded(connection, List.of(check)));
            } catch (SQLException e) {
                LOG.warn("Left out the row check of {}, which cannot run: {}", check.object(), e.getMessage());
            }
        }
        return results;
    }

    private static List<RowCheckResult> guarded(Connection connection, List<RowCheck> checks) throws SQLException {
        if (connection.getAutoCommit()) {
            return folded(connection, checks);
        }
        Savepoint savepoint = connection.setSavepoint();
        try {
            List<RowCheckResult> results = folded(connection, checks);
            connection.releaseSavepoint(savepoint);
            return results;
        } catch (SQLException e) {
            connection.rollback(savepoint);
            throw e;
        }
    }

    private static List<RowCheckResult> folded(Connection connection, List<RowCheck> checks) throws SQLException {
        List<RowCheckResult> results = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(RowCheckQuery.of(checks))) {
            rs.next();
            for (int i = 0; i < checks.size(); i++) {
                RowCheck check = checks.get(i);
                long failing = rs.getLong("c" + i);
                results.add(new RowCheckResult(check.object(), check.column(), failing, check.message(failing)));
            }
        }
        return results;
    }

    /** The 422 {@code precheck_failed} naming every failing column and count; empty when no check found rows. */
    static Optional<ApiException> refusal(List<RowCheckResult> results) {
        List<RowCheckResult> failed = results.stream().filter(r -> !r.passed()).toList();
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("checks", asMaps(failed));
        return Optional.of(new ApiException(422, "precheck_failed", failed.stream().map(RowCheckResult::message)
                .collect(Collectors.joining("; ")) + "; nothing was changed", details));
    }

    /** The failing checks as the {@code checks} of the refusal's details (and of its audit entry). */
    static List<Map<String, Object>> asMaps(List<RowCheckResult> failed) {
        return failed.stream().map(PreChecks::asMap).toList();
    }

    private static Map<String, Object> asMap(RowCheckResult result) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("object", result.object());
        map.put("column", result.column());
        map.put("failing_rows", result.failingRows());
        map.put("message", result.message());
        return map;
    }
}
