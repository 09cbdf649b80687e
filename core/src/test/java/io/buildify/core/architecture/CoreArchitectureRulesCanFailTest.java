package io.buildify.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.buildify.core.architecture.fixture.ModelUsingJdbc;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of {@link CoreArchitectureTest} are only worth something if a violation makes them fail. */
class CoreArchitectureRulesCanFailTest {

    @Test
    void jdbcRuleRejectsAClassUsingJavaSql() {
        JavaClasses offender = new ClassFileImporter().importClasses(ModelUsingJdbc.class);
        assertThatThrownBy(() -> CoreArchitectureTest.noJdbc.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.sql.Connection")
                .hasMessageContaining("only the server executes it");
    }
}
