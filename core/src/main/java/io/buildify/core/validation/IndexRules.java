package io.buildify.core.validation;

import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.IndexMethod;
import io.buildify.core.sql.WhereReferences;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Rules about the explicit indexes of an entity. */
final class IndexRules {
    /** Text that could end the statement or hide the rest of it; refused until WHERE clauses are parsed. */
    private static final List<String> FORBIDDEN_IN_WHERE = List.of(";", "--", "/*", "*/", "$$", "\0");

    private IndexRules() {
    }

    /**
     * @param columns     every column of the table (system, custom, foreign key)
     * @param customTypes the field type of each custom column; system and foreign key columns are absent
     */
    static void check(List<IndexDefinition> indexes, String tableName, Set<String> columns,
                      Map<String, FieldType> customTypes, Problems problems) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < indexes.size(); i++) {
            IndexDefinition index = indexes.get(i);
            String path = "indexes[" + i + "]";
            if (problems.identifier(path + ".name", index.name())) {
                if (!names.add(index.name())) {
                    problems.error(path + ".name", "another index is already named '" + index.name() + "'");
                } else if (index.name().equals(tableName)) {
                    problems.error(path + ".name", "an index cannot share its table's name");
                }
            }
            checkColumns(index, path, columns, customTypes, problems);
            whereProblem(index.where()).or(() -> unknownColumns(index.where(), columns))
                    .ifPresent(message -> problems.error(path + ".where", message));
        }
    }

    private static void checkColumns(IndexDefinition index, String path, Set<String> columns,
                                     Map<String, FieldType> customTypes, Problems problems) {
        if (index.columns().isEmpty()) {
            problems.error(path + ".columns", "an index needs at least one column");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < index.columns().size(); c++) {
            String column = index.columns().get(c);
            String columnPath = path + ".columns[" + c + "]";
            if (!columns.contains(column)) {
                problems.error(columnPath, "the table has no column '" + column + "'");
            } else if (!seen.add(column)) {
                problems.error(columnPath, "'" + column + "' is listed twice");
            }
        }
        IndexMethod method = index.method();
        if (index.unique() && method != IndexMethod.BTREE) {
            problems.error(path + ".unique", "only btree indexes can be unique in PostgreSQL");
        }
        switch (method) {
            case HASH -> {
                if (index.columns().size() > 1) {
                    problems.error(path + ".columns", "a hash index covers exactly one column");
                }
            }
            case GIN -> {
                for (String column : index.columns()) {
                    FieldType type = customTypes.get(column);
                    if (columns.contains(column) && type != FieldType.JSON && type != FieldType.MULTIPLE_SELECT) {
                        problems.error(path + ".method", "gin indexes json and multiple_select columns only; '"
                                + column + "' is neither");
                    }
                }
            }
            case GIST -> problems.error(path + ".method",
                    "no column type offered here has a gist operator class (it would need the btree_gist extension)");
            case BTREE -> {
            }
        }
    }

    /**
     * A partial-index predicate is passed to PostgreSQL as written, so until it is parsed properly anything that
     * could close the statement or comment out the rest is refused. PostgreSQL itself refuses subqueries and
     * non-immutable functions in index predicates.
     */
    static Optional<String> whereProblem(String where) {
        if (where == null || where.isBlank()) {
            return Optional.empty();
        }
        for (String forbidden : FORBIDDEN_IN_WHERE) {
            if (where.contains(forbidden)) {
                return Optional.of("the WHERE clause cannot contain "
                        + (forbidden.equals("\0") ? "the NUL character" : "'" + forbidden + "'"));
            }
        }
        if (where.chars().filter(ch -> ch == '\'').count() % 2 != 0) {
            return Optional.of("the WHERE clause has an unclosed string literal");
        }
        if (where.chars().filter(ch -> ch == '"').count() % 2 != 0) {
            return Optional.of("the WHERE clause has an unclosed quoted name");
        }
        int depth = 0;
        for (char ch : where.toCharArray()) {
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (depth < 0) {
                break;
            }
        }
        return depth == 0 ? Optional.empty() : Optional.of("the WHERE clause has unbalanced parentheses");
    }

    /**
     * A WHERE that still names a removed field, a dropped relationship key or {@code deleted_at} after soft delete
     * was turned off would pass here and fail the publish in PostgreSQL; only names surely meant as columns count.
     */
    private static Optional<String> unknownColumns(String where, Set<String> columns) {
        if (where == null || where.isBlank()) {
            return Optional.empty();
        }
        List<String> unknown = WhereReferences.columnNames(where).orElse(Set.of()).stream()
                .filter(name -> !columns.contains(name)).map(name -> "'" + name + "'").toList();
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(unknown.size() == 1
                ? "the WHERE clause names " + unknown.get(0) + ", which is not a column of this table"
                : "the WHERE clause names " + String.join(", ", unknown) + ", which are not columns of this table");
    }
}
