package io.buildify.app.workflow;

import io.buildify.core.model.ActionKind;
import io.buildify.core.model.Ids;
import io.buildify.core.model.WorkflowAction;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.workflow.ActionRules;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The actions of the selected element (send email, notification, update field, call webhook) with their settings
 * as key/value pairs: a state's on-entry and on-exit actions, or a transition's actions. Every change is one
 * document edit (typing in the same box merges), so it is undoable and saved like any other; the lists mirror the
 * document after each change, and each action's problems (from the core's per-kind checks) show beside it.
 */
public final class ActionsViewModel extends PanelModel {
    /** When an action runs: on entering or leaving the selected state, or when the selected transition is taken. */
    public enum Phase {
        ENTRY("On entry", "on-entry"), EXIT("On exit", "on-exit"), TRANSITION("When taken", "transition");

        private final String title;
        private final String undoName;

        Phase(String title, String undoName) {
            this.title = title;
            this.undoName = undoName;
        }

        public String title() {
            return title;
        }

        /** How an undo description names the list ("Add on-entry action send_email"). */
        public String undoName() {
            return undoName;
        }

        boolean onState() {
            return this != TRANSITION;
        }
    }

    private final Map<Phase, ObservableList<WorkflowAction>> lists = new EnumMap<>(Phase.class);
    /** Made once: the wrappers listen to the lists weakly, so a wrapper made per call could be collected. */
    private final Map<Phase, ObservableList<WorkflowAction>> views = new EnumMap<>(Phase.class);
    private String stateId;
    private String transitionId;

    ActionsViewModel(WorkflowDesignerViewModel designer) {
        super(designer);
        for (Phase phase : Phase.values()) {
            ObservableList<WorkflowAction> list = FXCollections.observableArrayList();
            lists.put(phase, list);
            views.put(phase, FXCollections.unmodifiableObservableList(list));
        }
        designer.selectedIdProperty().addListener((obs, old, now) -> reload());
        reload();
    }

    /** The settings a new action of a kind starts with (empty values to fill in), in the order they are shown. */
    public static List<String> defaultKeys(ActionKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case SEND_EMAIL -> List.of("to", "subject", "body");
            case NOTIFICATION -> List.of("to", "message");
            case UPDATE_FIELD -> List.of("field", "value");
            case CALL_WEBHOOK -> List.of("url", "method");
        };
    }

    /** Settings keys in display order: the kind's own first, then the others alphabetically. */
    public static List<String> orderedKeys(WorkflowAction action) {
        List<String> keys = new ArrayList<>(defaultKeys(action.kind()).stream()
                .filter(action.settings()::containsKey).toList());
        action.settings().keySet().stream().filter(k -> !keys.contains(k)).sorted().forEach(keys::add);
        return keys;
    }

    public WorkflowAction add(Phase phase, ActionKind kind) {
        Map<String, String> settings = new LinkedHashMap<>();
        defaultKeys(kind).forEach(key -> settings.put(key, ""));
        WorkflowAction action = new WorkflowAction(Ids.newId(), kind, WorkflowForms.enumLabel(kind), settings);
        change(phase, null, list -> {
            list.add(action);
            return list;
        });
        return action;
    }

    public void remove(Phase phase, String actionId) {
        change(phase, null, list -> {
            list.removeIf(a -> a.id().equals(actionId));
            return list;
        });
    }

    public void setLabel(Phase phase, String actionId, String label) {
        update(phase, actionId, "label", a -> new WorkflowAction(a.id(), a.kind(), label, a.settings()));
    }

    /** Sets a setting's value; a new key adds the setting. The key must not be blank. */
    public void putSetting(Phase phase, String actionId, String key, String value) {
        String k = requireKey(key);
        update(phase, actionId, "setting:" + k, a -> {
            Map<String, String> settings = new LinkedHashMap<>(a.settings());
            settings.put(k, value == null ? "" : value);
            return new WorkflowAction(a.id(), a.kind(), a.label(), settings);
        });
    }

    /** Renames a setting, keeping its value; refused when the new key is blank or already used. */
    public void renameSetting(Phase phase, String actionId, String oldKey, String newKey) {
        String k = requireKey(newKey);
        update(phase, actionId, "setting-key:" + oldKey, a -> {
            if (a.settings().containsKey(k) && !k.equals(oldKey)) {
                throw new IllegalArgumentException("the action already has a setting '" + k + "'");
            }
            Map<String, String> settings = new LinkedHashMap<>(a.settings());
            settings.put(k, settings.remove(oldKey));
            return new WorkflowAction(a.id(), a.kind(), a.label(), settings);
        });
    }

    public void removeSetting(Phase phase, String actionId, String key) {
        update(phase, actionId, null, a -> {
            Map<String, String> settings = new LinkedHashMap<>(a.settings());
            settings.remove(key);
            return new WorkflowAction(a.id(), a.kind(), a.label(), settings);
        });
    }

    private static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a setting needs a name, e.g. 'to' or 'url'");
        }
        return key.strip();
    }

    private void update(Phase phase, String actionId, String field, UnaryOperator<WorkflowAction> change) {
        change(phase, field == null ? null : actionId + ":" + field, list -> {
            list.replaceAll(a -> a.id().equals(actionId) ? change.apply(a) : a);
            return list;
        });
    }

    /** One document edit; {@code field} non-null merges repeated edits of the same box into one undo step. */
    private void change(Phase phase, String field, UnaryOperator<List<WorkflowAction>> change) {
        String merged = field == null ? null : phase.name().toLowerCase() + "_actions:" + field;
        if (phase.onState()) {
            if (stateId == null) {
                throw new IllegalStateException("no state is selected");
            }
            designer.document().updateState(stateId, merged, s -> {
                if (phase == Phase.ENTRY) {
                    s.onEntryActions = change.apply(new ArrayList<>(s.onEntryActions));
                } else {
                    s.onExitActions = change.apply(new ArrayList<>(s.onExitActions));
                }
                return s;
            });
        } else {
            if (transitionId == null) {
                throw new IllegalStateException("no transition is selected");
            }
            designer.document().updateTransition(transitionId, merged, t -> {
                t.actions = change.apply(new ArrayList<>(t.actions));
                return t;
            });
        }
    }

    @Override
    protected void reload() {
        stateId = selectedState();
        transitionId = selectedTransition();
        Map<Phase, List<WorkflowAction>> now = new EnumMap<>(Phase.class);
        if (stateId != null) {
            WorkflowState state = designer.document().state(stateId);
            now.put(Phase.ENTRY, state.onEntryActions());
            now.put(Phase.EXIT, state.onExitActions());
        }
        if (transitionId != null) {
            now.put(Phase.TRANSITION, designer.document().transition(transitionId).actions());
        }
        for (Phase phase : Phase.values()) {
            List<WorkflowAction> actions = now.getOrDefault(phase, List.of());
            if (!lists.get(phase).equals(actions)) {
                lists.get(phase).setAll(actions);
            }
        }
    }

    /** The actions of a phase as the document has them now (read-only mirror). */
    public ObservableList<WorkflowAction> actions(Phase phase) {
        return views.get(phase);
    }

    /** What is wrong with an action's settings (unknown field, bad URL, no recipient…), for the row's message. */
    public List<String> problems(WorkflowAction action) {
        return ActionRules.problems(action, designer.entity().orElse(null));
    }
}
