package io.buildify.core.validation;

import io.buildify.core.json.JsonCodec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationProblemJsonTest {

    @Test
    void problemTravelsAsPathMessageAndLowerCaseSeverity() throws Exception {
        ValidationProblem problem = ValidationProblem.error("fields[2].max_length", "too long");
        String json = JsonCodec.mapper().writeValueAsString(problem);
        assertThat(json).isEqualTo("{\"path\":\"fields[2].max_length\",\"message\":\"too long\",\"severity\":\"error\"}");
        assertThat(JsonCodec.mapper().readValue(json, ValidationProblem.class)).isEqualTo(problem);
    }

    @Test
    void warningsReadBackAsWarnings() throws Exception {
        String json = "{\"path\":\"plural_label\",\"message\":\"recommended\",\"severity\":\"warning\"}";
        ValidationProblem problem = JsonCodec.mapper().readValue(json, ValidationProblem.class);
        assertThat(problem.isError()).isFalse();
        assertThat(problem.toString()).isEqualTo("plural_label: recommended (warning)");
    }
}
