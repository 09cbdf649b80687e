package io.buildify.server.publish;

import io.buildify.core.migration.RowCheck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The folding of the planner's row checks into one statement that reads each table once. */
class RowCheckQueryTest {

    @Test
    void countsOfOneTableBecomeFilterAggregatesOfOneScanAndOtherShapesStayWhole() {
        List<RowCheck> checks = List.of(
                check("SELECT count(*) FROM \"t\" WHERE \"a\" IS NULL"),
                check("SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM \"t\" GROUP BY \"b\") AS d"),
                check("SELECT count(*) FROM \"t\" WHERE NOT (\"c\" > 0)"),
                check("SELECT count(*) FROM \"o\"\"dd\""));

        assertThat(RowCheckQuery.of(checks)).isEqualTo("SELECT * FROM"
                + " (SELECT count(*) FILTER (WHERE \"a\" IS NULL) AS c0,"
                + " count(*) FILTER (WHERE NOT (\"c\" > 0)) AS c2 FROM \"t\") AS t0"
                + " CROSS JOIN (SELECT count(*) AS c3 FROM \"o\"\"dd\") AS t1"
                + " CROSS JOIN (SELECT (SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM \"t\""
                + " GROUP BY \"b\") AS d) AS c1) AS t2");
    }

    @Test
    void aQuotedNameFollowedByAnythingButWhereIsNotFolded() {
        assertThat(RowCheckQuery.quotedTable("SELECT count(*) FROM \"t\" AS x")).isNull();
        assertThat(RowCheckQuery.quotedTable("SELECT count(*) FROM t WHERE a")).isNull();
        assertThat(RowCheckQuery.quotedTable("SELECT count(*) FROM \"a\"\"b\" WHERE x")).isEqualTo("\"a\"\"b\"");
    }

    private static RowCheck check(String sql) {
        return new RowCheck("t.x", "x", sql, "hold values");
    }
}
