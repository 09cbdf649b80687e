package io.buildify.core.workflow;

import java.util.Map;
import java.util.Set;

/** Sample data for a dry run: the record's field values, and who is clicking (user name and roles). */
public record SimulationInput(Map<String, Object> values, String user, Set<String> roles) {
    public SimulationInput {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
