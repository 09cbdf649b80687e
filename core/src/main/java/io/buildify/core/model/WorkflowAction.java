package io.buildify.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * An action run on a transition or on entering/leaving a state. {@code settings} holds the kind's parameters,
 * e.g. to/subject/body for send_email, field/value for update_field, url/method for call_webhook.
 */
public record WorkflowAction(String id, ActionKind kind, String label, Map<String, String> settings) {
    public WorkflowAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
