package io.buildify.app.workflow;

import io.buildify.core.model.ActionKind;
import io.buildify.core.model.Ids;
import io.buildify.core.model.WorkflowAction;
import io.buildify.core.model.WorkflowState;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The on-entry and on-exit actions of the selected state (send email, notification, update field, call webhook)
 * with their settings as key/value pairs. Every change is one document edit (typing in the same box merges), so
 * it is undoable and saved like any other; the lists mirror the document after each change.
 */
public final class StateActionsViewModel extends PanelModel {
    /** When an action runs. */
    public enum Phase {
        ENTRY("On entry"), EXIT("On exit");

        private final String title;

        Phase(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final ObservableList<WorkflowAction> entry = FXCollections.observableArrayList();
    private final ObservableList<WorkflowAction> exit = FXCollections.observableArrayList();
    /** Made once: the wrappers listen to the lists weakly, so a wrapper made per call could be collected. */
    private final ObservableList<WorkflowAction> entryView = FXCollections.unmodifiableObservableList(entry);
    private final ObservableList<WorkflowAction> exitView = FXCollections.unmodifiableObservableList(exit);
    private String stateId;

    StateActionsViewModel(WorkflowDesignerViewModel designer) {
        super(designer);
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
        if (stateId == null) {
            throw new IllegalStateException("no state is selected");
        }
        String merged = field == null ? null : phase.name().toLowerCase() + "_actions:" + field;
        designer.document().updateState(stateId, merged, s -> {
            if (phase == Phase.ENTRY) {
                s.onEntryActions = change.apply(new ArrayList<>(s.onEntryActions));
            } else {
                s.onExitActions = change.apply(new ArrayList<>(s.onExitActions));
            }
            return s;
        });
    }

    @Override
    protected void reload() {
        String selected = designer.selectedIdProperty().get();
        if (selected == null || designer.diagram().model().findNode(selected).isEmpty()) {
            stateId = null;
            entry.clear();
            exit.clear();
            return;
        }
        stateId = selected;
        WorkflowState state = designer.document().state(selected);
        if (!entry.equals(state.onEntryActions())) {
            entry.setAll(state.onEntryActions());
        }
        if (!exit.equals(state.onExitActions())) {
            exit.setAll(state.onExitActions());
        }
    }

    /** The actions of a phase as the document has them now (read-only mirror). */
    public ObservableList<WorkflowAction> actions(Phase phase) {
        return phase == Phase.ENTRY ? entryView : exitView;
    }
}
