package io.buildify.core.workflow;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.SystemFields;
import io.buildify.core.model.WorkflowAction;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Per-kind checks of an action's settings: call_webhook needs an absolute http(s) URL, send_email a recipient and a
 * subject, body or template, notification a recipient and a message, update_field a field the entity has and a
 * value of its type. Markers go on the state or transition that runs the action.
 */
public final class ActionRules {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    /** An address, or a field placeholder such as {{owner_email}} filled in when the action runs. */
    private static final Pattern RECIPIENT = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+|\\{\\{\\s*\\w+\\s*}}");

    private ActionRules() {
    }

    static void check(WorkflowDefinition workflow, EntityDefinition entity, Consumer<WorkflowMarker> out) {
        for (WorkflowState s : workflow.states()) {
            report(s.id(), "State '" + s.name() + "', on entry", s.onEntryActions(), entity, out);
            report(s.id(), "State '" + s.name() + "', on exit", s.onExitActions(), entity, out);
        }
        for (WorkflowTransition t : workflow.transitions()) {
            report(t.id(), "Transition '" + t.name() + "'", t.actions(), entity, out);
        }
    }

    private static void report(String elementId, String where, List<WorkflowAction> actions, EntityDefinition entity,
                               Consumer<WorkflowMarker> out) {
        for (WorkflowAction action : actions) {
            for (String problem : problems(action, entity)) {
                out.accept(WorkflowMarker.error(elementId, "bad_action",
                        where + ", " + action.kind().code() + " '" + labelOf(action) + "': " + problem));
            }
        }
    }

    private static String labelOf(WorkflowAction action) {
        return action.label() == null || action.label().isBlank() ? action.kind().code() : action.label();
    }

    /**
     * What is wrong with one action's settings, in words (empty when nothing is).
     *
     * @param entity the workflow's entity, or null when unknown (update_field's field is then not checked)
     */
    public static List<String> problems(WorkflowAction action, EntityDefinition entity) {
        List<String> problems = new ArrayList<>();
        switch (action.kind()) {
            case CALL_WEBHOOK -> {
                urlProblem(setting(action, "url")).ifPresent(problems::add);
                String method = setting(action, "method");
                if (!method.isEmpty() && !METHODS.contains(method.toUpperCase(Locale.ROOT))) {
                    problems.add("method '" + method + "' is not one of GET, POST, PUT, PATCH, DELETE");
                }
            }
            case SEND_EMAIL -> {
                recipientProblem(setting(action, "to")).ifPresent(problems::add);
                if (setting(action, "subject").isEmpty() && setting(action, "body").isEmpty()
                        && setting(action, "template").isEmpty()) {
                    problems.add("an e-mail needs a subject, a body or a template");
                }
            }
            case NOTIFICATION -> {
                if (setting(action, "to").isEmpty()) {
                    problems.add("a notification needs a recipient ('to': a role, a user or {{field}})");
                }
                if (setting(action, "message").isEmpty()) {
                    problems.add("a notification needs a message");
                }
            }
            case UPDATE_FIELD -> updateProblem(setting(action, "field"), action.settings().get("value"), entity)
                    .ifPresent(problems::add);
        }
        return List.copyOf(problems);
    }

    private static String setting(WorkflowAction action, String key) {
        String value = action.settings().get(key);
        return value == null ? "" : value.strip();
    }

    private static Optional<String> urlProblem(String url) {
        if (url.isEmpty()) {
            return Optional.of("a webhook needs a URL, e.g. https://example.com/hook");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("'" + url + "' is not an http(s) URL; write e.g. https://example.com/hook");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of("'" + url + "' names no host");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("'" + url + "' is not a valid URL: " + e.getReason());
        }
    }

    private static Optional<String> recipientProblem(String to) {
        if (to.isEmpty()) {
            return Optional.of("an e-mail needs a recipient ('to': an address or {{field}})");
        }
        for (String one : to.split("[,;]")) {
            String r = one.strip();
            if (!r.isEmpty() && !RECIPIENT.matcher(r).matches()) {
                return Optional.of("'" + r + "' is not an e-mail address or a {{field}} placeholder");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> updateProblem(String field, String value, EntityDefinition entity) {
        if (field.isEmpty()) {
            return Optional.of("update field needs the name of the field to set");
        }
        if (entity == null) {
            return Optional.empty();
        }
        if (SystemFields.RESERVED_NAMES.contains(field)) {
            return Optional.of("'" + field + "' is a system field; the platform sets it");
        }
        Optional<FieldDefinition> def = entity.fieldNamed(field);
        if (def.isEmpty()) {
            return Optional.of("entity '" + entity.name() + "' has no field '" + field + "'");
        }
        if (value == null || value.isBlank()) {
            return def.get().required() ? Optional.of("'" + field + "' is required and cannot be cleared")
                    : Optional.empty();
        }
        if (value.strip().matches("\\{\\{\\s*\\w+\\s*}}")) {
            return Optional.empty(); // copied from another field when the action runs
        }
        return ConditionRules.valueProblem(def.get(), value.strip(), "set to");
    }
}
