package io.buildify.server.publish;

import io.buildify.core.migration.MigrationStep;
import io.buildify.server.ApiException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Destructive steps (archiving or dropping a column or table, narrowing a type) run only when the request
 * confirms them. Refused with 422 {@code confirmation_required}: the request is well-formed and current (so not a
 * 409 conflict) but cannot be carried out as sent; the details list the steps to confirm.
 */
final class Confirmations {
    private Confirmations() {
    }

    static void require(List<MigrationStep> steps, boolean confirmed, String what) {
        List<MigrationStep> destructive = steps.stream().filter(MigrationStep::destructive).toList();
        if (destructive.isEmpty() || confirmed) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("destructive_steps", destructive.stream().map(step -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", step.kind().code());
            item.put("object", step.object());
            return item;
        }).toList());
        throw new ApiException(422, "confirmation_required", what + " has destructive steps ("
                + destructive.stream().map(s -> s.kind().code() + " " + s.object()).collect(Collectors.joining(", "))
                + "); send confirm_destructive: true to apply them", details);
    }
}
