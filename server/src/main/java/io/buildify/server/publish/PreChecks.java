package io.buildify.server.publish;

import io.buildify.core.api.RowCheckResult;
import io.buildify.core.migration.RowCheck;
import io.buildify.server.ApiException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    private PreChecks() {
    }

    /** Runs every check in one statement that scans each table once ({@link RowCheckQuery}). */
    static List<RowCheckResult> run(Connection connection, List<RowCheck> checks) throws SQLException {
        List<RowCheckResult> results = new ArrayList<>();
        if (checks.isEmpty()) {
            return results;
        }
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
