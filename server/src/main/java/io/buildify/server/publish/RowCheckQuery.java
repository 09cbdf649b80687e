package io.buildify.server.publish;

import io.buildify.core.migration.RowCheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the planner's row checks into ONE statement that reads each table once: the checks of the form
 * {@code SELECT count(*) FROM "t" [WHERE cond]} become {@code count(*) FILTER (WHERE cond)} aggregates of a single
 * scan of {@code "t"}; any other check (e.g. the GROUP BY of a new UNIQUE) is kept whole as a scalar subquery.
 * Column {@code c<i>} of the single result row answers check {@code i}.
 */
final class RowCheckQuery {
    private static final String COUNT_FROM = "SELECT count(*) FROM ";
    private static final String WHERE = " WHERE ";

    private RowCheckQuery() {
    }

    static String of(List<RowCheck> checks) {
        Map<String, List<String>> aggregatesByTable = new LinkedHashMap<>();
        List<String> whole = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            String sql = checks.get(i).countSql();
            String table = quotedTable(sql);
            if (table == null) {
                whole.add("(" + sql + ") AS c" + i);
                continue;
            }
            String rest = sql.substring(COUNT_FROM.length() + table.length());
            String aggregate = rest.isEmpty() ? "count(*)"
                    : "count(*) FILTER (WHERE " + rest.substring(WHERE.length()) + ")";
            aggregatesByTable.computeIfAbsent(table, t -> new ArrayList<>()).add(aggregate + " AS c" + i);
        }
        List<String> sources = new ArrayList<>();
        aggregatesByTable.forEach((table, aggregates) ->
                sources.add("(SELECT " + String.join(", ", aggregates) + " FROM " + table + ") AS t" + sources.size()));
        if (!whole.isEmpty()) {
            sources.add("(SELECT " + String.join(", ", whole) + ") AS t" + sources.size());
        }
        return "SELECT * FROM " + String.join(" CROSS JOIN ", sources);
    }

    /** {@code "t"} of {@code SELECT count(*) FROM "t"} or {@code … "t" WHERE …}; null for any other shape. */
    static String quotedTable(String sql) {
        if (!sql.startsWith(COUNT_FROM + "\"")) {
            return null;
        }
        int i = COUNT_FROM.length() + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == '"') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                String table = sql.substring(COUNT_FROM.length(), i + 1);
                String rest = sql.substring(i + 1);
                return rest.isEmpty() || rest.startsWith(WHERE) ? table : null;
            }
            i++;
        }
        return null;
    }
}
