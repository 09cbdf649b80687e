package io.buildify.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a definition with validation errors is handed to an operation that needs a valid one (the migration
 * planner). Carries every problem found, warnings included, so callers can show them all at once.
 */
public class InvalidDefinitionException extends RuntimeException {
    private final transient List<ValidationProblem> problems;

    public InvalidDefinitionException(List<ValidationProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** All problems, errors first as found, warnings included. */
    public List<ValidationProblem> problems() {
        return problems;
    }

    /** Only the blocking problems. */
    public List<ValidationProblem> errors() {
        return problems.stream().filter(ValidationProblem::isError).toList();
    }

    private static String summary(List<ValidationProblem> problems) {
        List<ValidationProblem> errors = problems.stream().filter(ValidationProblem::isError).toList();
        return "the definition has " + errors.size() + (errors.size() == 1 ? " error: " : " errors: ")
                + errors.stream().map(ValidationProblem::toString).collect(Collectors.joining("; "));
    }
}
