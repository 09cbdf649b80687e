package io.buildify.canvas.command;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs every edit of a diagram as a command, so it can be undone and redone.
 *
 * <p>Lifecycle of {@link #execute}: the stack asks {@link #canExecute} (rules first, then the handler), then runs
 * pre-execute interceptors and {@code preExecute}, {@code execute}, {@code postExecute} and post-execute
 * interceptors. Commands run from the pre/post phases nest: they join the outer command's <em>unit</em>, and one
 * {@link #undo} reverts the whole unit in reverse order. Running a command anywhere else while the stack is busy —
 * inside {@code execute}/{@code revert}, a rule, or a change listener — throws {@link IllegalStateException},
 * because its effect would escape undo. If a handler throws, the part of the unit already done is reverted.
 *
 * <p>After each unit (execute, undo, redo) listeners get one {@link ElementsChanged} and the menu state
 * ({@link #canUndoProperty()}, {@link #revisionProperty()}, descriptions) is updated. History keeps at most
 * {@link #limitProperty()} units. Single-threaded: use it on the thread that owns the model (the FX thread).
 */
public final class CommandStack {
    private enum Phase { IDLE, CAN_EXECUTE, PRE, EXECUTE, POST, REVERT, NOTIFY }

    private final Map<String, Registration<?>> handlers = new HashMap<>();
    private final Hooks preHooks = new Hooks();
    private final Hooks postHooks = new Hooks();
    private final Describers describers = new Describers();
    private final Map<String, List<Rule>> rules = new HashMap<>();
    private final List<Consumer<ElementsChanged>> listeners = new CopyOnWriteArrayList<>();
    private final List<Action> history = new ArrayList<>();
    private int top = -1;
    private int nextUnit;
    private long ruleOrder;

    private Phase phase = Phase.IDLE;
    private int depth;
    private Action unitRoot;
    private final List<Action> doneInUnit = new ArrayList<>();
    private final LinkedHashSet<Object> dirty = new LinkedHashSet<>();

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private final IntegerProperty limit = new SimpleIntegerProperty(this, "limit", 500);

    /** Registers the handler of a command id; ids are unique, a host adds its own ids next to the built-in ones. */
    public <C> void register(String command, Class<C> contextType, CommandHandler<C> handler) {
        Objects.requireNonNull(command, "command");
        if (handlers.putIfAbsent(command, new Registration<>(contextType, handler)) != null) {
            throw new IllegalArgumentException("a handler for command '" + command + "' is already registered");
        }
    }

    /** Runs {@code hook} before the handler's {@code preExecute} of the command; it may run follow-up commands. */
    public <C> void preExecute(String command, Class<C> contextType, int priority, Consumer<C> hook) {
        preHooks.add(command, contextType, priority, hook);
    }

    /** Runs {@code hook} after the handler's {@code postExecute} of the command; it may run follow-up commands. */
    public <C> void postExecute(String command, Class<C> contextType, int priority, Consumer<C> hook) {
        postHooks.add(command, contextType, priority, hook);
    }

    /**
     * Lets the host word a command for the undo/redo menus ({@link #undoDescriptionProperty()}) and
     * {@link ElementsChanged#description()}; without one, the handler's {@link CommandHandler#describe} text is
     * used. One describer per command id.
     */
    public <C> void describeWith(String command, Class<C> contextType, CommandDescriber<C> describer) {
        describers.add(command, contextType, describer);
    }

    /**
     * Adds a rule for an action (a command id or any other action name). Rules are asked highest priority first;
     * the first that answers non-null decides.
     */
    public void addRule(String action, int priority, Function<Object, Boolean> rule) {
        List<Rule> list = rules.computeIfAbsent(action, k -> new ArrayList<>());
        list.add(new Rule(priority, ruleOrder++, rule));
        list.sort(null);
    }

    public boolean canExecute(String command, Object context) {
        Phase before = phase;
        phase = Phase.CAN_EXECUTE;
        try {
            for (Rule rule : rules.getOrDefault(command, List.of())) {
                Boolean answer = rule.rule().apply(context);
                if (answer != null) {
                    return answer;
                }
            }
            Registration<?> registration = handlers.get(command);
            return registration != null && registration.canExecute(context);
        } finally {
            phase = before;
        }
    }

    public void execute(String command, Object context) {
        Registration<?> registration = registration(command);
        registration.check(command, context);
        if (phase != Phase.IDLE && phase != Phase.PRE && phase != Phase.POST) {
            throw new IllegalStateException("cannot run command '" + command + "' during " + phaseName()
                    + "; follow-up commands belong in preExecute/postExecute");
        }
        if (!canExecute(command, context)) {
            throw new IllegalArgumentException("command '" + command + "' is not allowed: " + context);
        }
        if (depth > 0) {
            runNested(command, registration, context);
            return;
        }
        unitRoot = new Action(command, context, ++nextUnit,
                describers.describe(command, context, registration.describe(context)));
        doneInUnit.clear();
        try {
            runNested(command, registration, context);
        } catch (RuntimeException failure) {
            rollBack(failure);
            throw failure;
        }
        mergeWithPrevious();
        trimToLimit();
        finishUnit(StackTrigger.EXECUTE, unitRoot.description);
    }

    public void undo() {
        requireIdle("undo");
        if (top < 0) {
            return;
        }
        int unit = history.get(top).unit;
        String description = history.get(top).description;
        phase = Phase.REVERT;
        try {
            while (top >= 0 && history.get(top).unit == unit) {
                Action action = history.get(top);
                dirty.addAll(registration(action.command).revert(action.context));
                top--;
            }
        } finally {
            phase = Phase.IDLE;
        }
        finishUnit(StackTrigger.UNDO, description);
    }

    public void redo() {
        requireIdle("redo");
        if (top + 1 >= history.size()) {
            return;
        }
        int unit = history.get(top + 1).unit;
        String description = history.get(top + 1).description;
        phase = Phase.EXECUTE;
        try {
            while (top + 1 < history.size() && history.get(top + 1).unit == unit) {
                Action action = history.get(top + 1);
                dirty.addAll(registration(action.command).execute(action.context));
                top++;
            }
        } finally {
            phase = Phase.IDLE;
        }
        finishUnit(StackTrigger.REDO, description);
    }

    /** Forgets all history (for instance after loading another diagram). */
    public void clear() {
        requireIdle("clear");
        history.clear();
        top = -1;
        finishUnit(StackTrigger.CLEAR, "");
    }

    public void addListener(Consumer<ElementsChanged> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<ElementsChanged> listener) {
        listeners.remove(listener);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public boolean canUndo() {
        return canUndo.get();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public boolean canRedo() {
        return canRedo.get();
    }

    /** Counts changes to the model made through the stack; bind "dirty" flags and save triggers to it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public long getRevision() {
        return revision.get();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** The most units kept for undo; older ones are dropped. */
    public IntegerProperty limitProperty() {
        return limit;
    }

    /** Number of undoable units currently kept (for tests and diagnostics). */
    public int undoableUnits() {
        return (int) history.subList(0, top + 1).stream().mapToInt(a -> a.unit).distinct().count();
    }

    private void runNested(String command, Registration<?> registration, Object context) {
        Action action = new Action(command, context, unitRoot.unit, unitRoot.description);
        Phase outer = phase;
        depth++;
        try {
            phase = Phase.PRE;
            preHooks.run(command, context);
            registration.preExecute(context);
            phase = Phase.EXECUTE;
            dirty.addAll(registration.execute(context));
            history.subList(top + 1, history.size()).clear();
            history.add(action);
            top++;
            doneInUnit.add(action);
            phase = Phase.POST;
            registration.postExecute(context);
            postHooks.run(command, context);
        } finally {
            depth--;
            phase = outer;
        }
    }

    private void rollBack(RuntimeException failure) {
        phase = Phase.REVERT;
        try {
            for (int i = doneInUnit.size() - 1; i >= 0; i--) {
                Action action = doneInUnit.get(i);
                registration(action.command).revert(action.context);
                history.remove(top--);
            }
        } catch (RuntimeException secondFailure) {
            failure.addSuppressed(secondFailure);
        } finally {
            phase = Phase.IDLE;
            doneInUnit.clear();
            dirty.clear();
        }
    }

    private void mergeWithPrevious() {
        if (doneInUnit.size() != 1 || top < 1) {
            return;
        }
        Action next = history.get(top);
        Action previous = history.get(top - 1);
        boolean previousAlone = top < 2 || history.get(top - 2).unit != previous.unit;
        if (!previousAlone || !previous.command.equals(next.command)) {
            return;
        }
        registration(next.command).merge(previous.context, next.context).ifPresent(merged -> {
            previous.context = merged;
            history.remove(top--);
        });
    }

    private void trimToLimit() {
        while (undoableUnits() > Math.max(1, limit.get())) {
            int oldest = history.get(0).unit;
            while (!history.isEmpty() && history.get(0).unit == oldest) {
                history.remove(0);
                top--;
            }
        }
    }

    private void finishUnit(StackTrigger trigger, String description) {
        ElementsChanged event = new ElementsChanged(trigger, description, dirty);
        dirty.clear();
        doneInUnit.clear();
        phase = Phase.NOTIFY;
        try {
            canUndo.set(top >= 0);
            canRedo.set(top + 1 < history.size());
            undoDescription.set(top >= 0 ? history.get(top).description : "");
            redoDescription.set(top + 1 < history.size() ? history.get(top + 1).description : "");
            if (trigger != StackTrigger.CLEAR) {
                revision.set(revision.get() + 1);
            }
            for (Consumer<ElementsChanged> listener : listeners) {
                listener.accept(event);
            }
        } finally {
            phase = Phase.IDLE;
        }
    }

    private void requireIdle(String what) {
        if (phase != Phase.IDLE) {
            throw new IllegalStateException("cannot " + what + " during " + phaseName());
        }
    }

    private String phaseName() {
        return switch (phase) {
            case CAN_EXECUTE -> "a rule check";
            case EXECUTE -> "execute";
            case REVERT -> "revert";
            case NOTIFY -> "change notification";
            default -> phase.name().toLowerCase();
        };
    }

    private Registration<?> registration(String command) {
        Registration<?> registration = handlers.get(Objects.requireNonNull(command, "command"));
        if (registration == null) {
            throw new IllegalArgumentException("no handler registered for command '" + command + "'");
        }
        return registration;
    }

    private static final class Action {
        final String command;
        Object context;
        final int unit;
        final String description;

        Action(String command, Object context, int unit, String description) {
            this.command = command;
            this.context = context;
            this.unit = unit;
            this.description = description;
        }
    }

    private record Rule(int priority, long order, Function<Object, Boolean> rule) implements Comparable<Rule> {
        @Override
        public int compareTo(Rule other) {
            return priority != other.priority ? Integer.compare(other.priority, priority)
                    : Long.compare(order, other.order);
        }
    }
}
