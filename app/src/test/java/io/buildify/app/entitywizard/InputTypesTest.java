package io.buildify.app.entitywizard;

import io.buildify.core.model.FieldType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputTypesTest {

    @Test
    void everyInputOfferedForEveryTypeSaysWhatItLooksLike() {
        for (FieldType type : FieldType.values()) {
            assertThat(InputTypes.forType(type)).as("inputs of %s", type).isNotEmpty();
            for (String code : InputTypes.forType(type)) {
                assertThat(InputTypes.describe(code)).as("%s input '%s'", type, code).contains(" — ");
            }
        }
    }

    @Test
    void anUnknownCodeIsShownAsItIs() {
        assertThat(InputTypes.describe("kanban_board")).isEqualTo("kanban board");
        assertThat(InputTypes.describe("segmented")).isEqualTo("segmented — row of toggle buttons");
    }
}
