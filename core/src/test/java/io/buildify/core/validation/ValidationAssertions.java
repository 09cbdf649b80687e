package io.buildify.core.validation;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.validation.ValidationProblem.Severity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on what {@link EntityValidator} reports at one path; static imports, not a base class. */
final class ValidationAssertions {
    private ValidationAssertions() {
    }

    static void assertErrorAt(EntityDefinition entity, String path, String messagePart) {
        ValidationProblem problem = problemAt(entity, path);
        assertThat(problem.severity()).as(problem.toString()).isEqualTo(Severity.ERROR);
        assertThat(problem.message()).contains(messagePart);
    }

    static void assertWarningAt(EntityDefinition entity, String path, String messagePart) {
        ValidationProblem problem = problemAt(entity, path);
        assertThat(problem.severity()).as(problem.toString()).isEqualTo(Severity.WARNING);
        assertThat(problem.message()).contains(messagePart);
    }

    static void assertNoErrors(EntityDefinition entity) {
        assertThat(EntityValidator.validate(entity)).filteredOn(ValidationProblem::isError).isEmpty();
    }

    private static ValidationProblem problemAt(EntityDefinition entity, String path) {
        List<ValidationProblem> problems = EntityValidator.validate(entity);
        return problems.stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
    }
}
