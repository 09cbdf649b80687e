package io.buildify.server.publish;

import io.buildify.core.migration.MigrationStep;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** PostgreSQL refused one step of a migration; says which step and, in PostgreSQL's words, why. */
final class StepFailedException extends Exception {
    private final transient MigrationStep step;
    private final int index;
    private final int total;

    StepFailedException(MigrationStep step, int index, int total, SQLException cause) {
        super(describe(step, index, total, cause), cause);
        this.step = step;
        this.index = index;
        this.total = total;
    }

    /** PostgreSQL's own sentence (with its detail and hint), without the "ERROR:" prefix and position noise. */
    static String postgresMessage(SQLException e) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            StringBuilder text = new StringBuilder(String.valueOf(server.getMessage()));
            if (server.getDetail() != null) {
                text.append(" (").append(server.getDetail()).append(')');
            }
            if (server.getHint() != null) {
                text.append("; hint: ").append(server.getHint());
            }
            return text.toString();
        }
        return e.getMessage();
    }

    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("step", index + 1);
        details.put("steps", total);
        details.put("kind", step.kind().code());
        if (step.object() != null) {
            details.put("object", step.object());
        }
        SQLException cause = (SQLException) getCause();
        if (cause.getSQLState() != null) {
            details.put("sql_state", cause.getSQLState());
        }
        details.put("postgres_message", postgresMessage(cause));
        return details;
    }

    private static String describe(MigrationStep step, int index, int total, SQLException cause) {
        return "PostgreSQL refused step " + (index + 1) + " of " + total + " (" + step.kind().code()
                + (step.object() == null ? "" : " " + step.object()) + "): " + postgresMessage(cause)
                + "; nothing was changed";
    }
}
