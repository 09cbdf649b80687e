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
import java.util.stream.Collectors;

/**
 * Runs the planner's row checks against the data as it is now, so a migration that PostgreSQL would refuse half
 * way is refused up front with the column and the number of rows to fix, and a preview can show those numbers.
 * The queries are the planner's (identifiers quoted, literals escaped); they only read.
 */
final class PreChecks {
    private PreChecks() {
    }

    static List<RowCheckResult> run(Connection connection, List<RowCheck> checks) throws SQLException {
        List<RowCheckResult> results = new ArrayList<>();
        for (RowCheck check : checks) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(check.countSql())) {
                rs.next();
                long failing = rs.getLong(1);
                results.add(new RowCheckResult(check.object(), check.column(), failing, check.message(failing)));
            }
        }
        return results;
    }

    /** Refuses with 422 {@code precheck_failed} when a check found rows, naming every failing column and count. */
    static void requirePassed(List<RowCheckResult> results) {
        List<RowCheckResult> failed = results.stream().filter(r -> !r.passed()).toList();
        if (failed.isEmpty()) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("checks", failed.stream().map(PreChecks::asMap).toList());
        throw new ApiException(422, "precheck_failed", failed.stream().map(RowCheckResult::message)
                .collect(Collectors.joining("; ")) + "; nothing was changed", details);
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
