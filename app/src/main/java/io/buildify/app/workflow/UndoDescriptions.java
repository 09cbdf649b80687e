package io.buildify.app.workflow;

import io.buildify.core.model.WorkflowAction;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Readable undo/redo texts of property edits: "Rename state 'review'", "Add on-entry action send_email",
 * "Edit SLA of state 'approval'", described from what changed between before and after. The canvas's own
 * commands are worded by {@link CanvasCommandTexts}.
 */
final class UndoDescriptions {
    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("description", "description"), Map.entry("color", "colour"), Map.entry("final", "final flag"),
            Map.entry("approver_roles", "approvers"), Map.entry("required_approvers", "approver count"),
            Map.entry("sla_hours", "SLA"), Map.entry("required_fields", "required fields"),
            Map.entry("condition_type", "condition type"), Map.entry("combine", "AND/OR"),
            Map.entry("allowed_roles", "allowed roles"), Map.entry("button_label", "button label"),
            Map.entry("button_style", "button style"), Map.entry("display_order", "display order"),
            Map.entry("category", "category"), Map.entry("entity", "entity"), Map.entry("trigger", "trigger type"),
            Map.entry("trigger_schedule", "trigger schedule"), Map.entry("trigger_fields", "trigger fields"));

    private UndoDescriptions() {
    }

    /** The text of a property edit ({@link UpdateElementHandler.Update}). */
    static String ofUpdate(String field, Object before, Object after) {
        if (before instanceof WorkflowState b && after instanceof WorkflowState a) {
            String what = "state '" + b.name() + "'";
            return actionChange("on-entry ", b.onEntryActions(), a.onEntryActions())
                    .or(() -> actionChange("on-exit ", b.onExitActions(), a.onExitActions()))
                    .or(() -> listChange("escalation", b.escalationRules(), a.escalationRules(), what))
                    .orElseGet(() -> property(field, what));
        }
        if (before instanceof WorkflowTransition b && after instanceof WorkflowTransition a) {
            String what = "transition '" + b.name() + "'";
            return actionChange("", b.actions(), a.actions())
                    .or(() -> listChange("condition", b.conditions().conditions(), a.conditions().conditions(), what))
                    .orElseGet(() -> property(field, what));
        }
        WorkflowDefinition b = (WorkflowDefinition) before;
        WorkflowDefinition a = (WorkflowDefinition) after;
        return listChange("trigger condition", b.trigger().conditions().conditions(),
                a.trigger().conditions().conditions(), "workflow '" + b.name() + "'")
                .orElseGet(() -> property(field, "workflow '" + b.name() + "'"));
    }

    private static String property(String field, String what) {
        String key = field == null ? "" : field.replaceAll("[:#+\\-].*", "");
        if (key.equals("name") || key.equals("label")) {
            return "Rename " + what;
        }
        if (key.startsWith("conditions") || key.startsWith("trigger_conditions")) {
            return "Edit condition of " + what;
        }
        String property = PROPERTIES.get(key);
        return property == null ? "Edit " + what : "Edit " + property + " of " + what;
    }

    private static Optional<String> actionChange(String phase, List<WorkflowAction> before,
                                                 List<WorkflowAction> after) {
        if (before.equals(after)) {
            return Optional.empty();
        }
        if (after.size() > before.size()) {
            return Optional.of("Add " + phase + "action " + firstMissing(after, before).kind().code());
        }
        if (after.size() < before.size()) {
            return Optional.of("Remove " + phase + "action " + firstMissing(before, after).kind().code());
        }
        return Optional.of("Edit " + phase + "action " + firstMissing(after, before).kind().code());
    }

    private static <T> Optional<String> listChange(String noun, List<T> before, List<T> after, String what) {
        if (after.size() > before.size()) {
            return Optional.of("Add " + noun + " to " + what);
        }
        if (after.size() < before.size()) {
            return Optional.of("Remove " + noun + " of " + what);
        }
        return before.equals(after) ? Optional.empty() : Optional.of("Edit " + noun + " of " + what);
    }

    private static WorkflowAction firstMissing(List<WorkflowAction> in, List<WorkflowAction> from) {
        return in.stream().filter(x -> !from.contains(x)).findFirst().orElse(in.get(0));
    }
}
