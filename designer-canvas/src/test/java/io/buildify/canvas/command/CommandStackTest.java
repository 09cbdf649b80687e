package io.buildify.canvas.command;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandStackTest {
    /** Adds {@code amount} to a counter; the element it reports changed is its name. */
    record Add(String name, int amount, long gesture) {
        Add(String name, int amount) {
            this(name, amount, 0);
        }
    }

    private final CommandStack stack = new CommandStack();
    private final List<ElementsChanged> events = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private int counter;
    private Runnable duringExecute = () -> { };
    private Runnable duringPost = () -> { };
    private Runnable duringRevert = () -> { };

    @BeforeEach
    void registerCounter() {
        stack.register("counter.add", Add.class, new CommandHandler<>() {
            @Override
            public void preExecute(Add context) {
                calls.add("pre " + context.name());
            }

            @Override
            public Collection<?> execute(Add context) {
                calls.add("execute " + context.name());
                duringExecute.run();
                counter += context.amount();
                return List.of(context.name());
            }

            @Override
            public void postExecute(Add context) {
                calls.add("post " + context.name());
                duringPost.run();
            }

            @Override
            public Collection<?> revert(Add context) {
                duringRevert.run();
                counter -= context.amount();
                return List.of(context.name());
            }

            @Override
            public String describe(Add context) {
                return "Add " + context.amount();
            }

            @Override
            public Optional<Add> merge(Add previous, Add next) {
                return next.gesture() != 0 && next.gesture() == previous.gesture()
                        ? Optional.of(new Add(previous.name(), previous.amount() + next.amount(), next.gesture()))
                        : Optional.empty();
            }
        });
        stack.addListener(events::add);
    }

    @Test
    void executeUndoRedoUpdateStateAndDescriptions() {
        stack.execute("counter.add", new Add("a", 5));
        assertThat(counter).isEqualTo(5);
        assertThat(calls).containsExactly("pre a", "execute a", "post a");
        assertThat(stack.canUndo()).isTrue();
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("Add 5");

        stack.undo();
        assertThat(counter).isZero();
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.redoDescriptionProperty().get()).isEqualTo("Add 5");

        stack.redo();
        assertThat(counter).isEqualTo(5);
        assertThat(calls).as("redo runs execute only").containsExactly("pre a", "execute a", "post a", "execute a");
        assertThat(stack.getRevision()).isEqualTo(3);
        assertThat(events).extracting(ElementsChanged::trigger)
                .containsExactly(StackTrigger.EXECUTE, StackTrigger.UNDO, StackTrigger.REDO);
    }

    @Test
    void newCommandAfterUndoDiscardsTheRedoBranch() {
        stack.execute("counter.add", new Add("a", 1));
        stack.undo();
        stack.execute("counter.add", new Add("b", 2));
        assertThat(stack.canRedo()).isFalse();
        stack.undo();
        assertThat(counter).isZero();
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void commandsFromPostExecuteJoinTheUnitAndOneUndoRevertsAll() {
        duringPost = () -> {
            if (counter == 1) {
                stack.execute("counter.add", new Add("follow-up", 10));
            }
        };
        stack.execute("counter.add", new Add("a", 1));
        assertThat(counter).isEqualTo(11);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).elements()).containsExactly("a", "follow-up");
        assertThat(events.get(0).description()).isEqualTo("Add 1");

        stack.undo();
        assertThat(counter).isZero();
        assertThat(stack.canUndo()).isFalse();
        stack.redo();
        assertThat(counter).isEqualTo(11);
    }

    @Test
    void commandInsideExecuteThrows() {
        duringExecute = () -> stack.execute("counter.add", new Add("nested", 1));
        assertThatThrownBy(() -> stack.execute("counter.add", new Add("a", 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("during execute");
        assertThat(counter).isZero();
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void commandInsideRevertThrows() {
        stack.execute("counter.add", new Add("a", 1));
        duringRevert = () -> stack.execute("counter.add", new Add("nested", 1));
        assertThatThrownBy(stack::undo)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("during revert");
        assertThat(counter).isEqualTo(1);
    }

    @Test
    void commandFromAChangeListenerThrows() {
        stack.addListener(event -> stack.execute("counter.add", new Add("from listener", 1)));
        assertThatThrownBy(() -> stack.execute("counter.add", new Add("a", 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("change notification");
        assertThat(counter).isEqualTo(1);
    }

    @Test
    void undoFromARuleThrows() {
        stack.addRule("counter.add", 1, context -> {
            stack.undo();
            return true;
        });
        assertThatThrownBy(() -> stack.execute("counter.add", new Add("a", 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rule check");
    }

    @Test
    void failingHandlerRollsBackTheWholeUnit() {
        duringPost = () -> {
            if (counter == 1) {
                stack.execute("counter.add", new Add("b", 2));
            } else {
                throw new IllegalArgumentException("boom");
            }
        };
        assertThatThrownBy(() -> stack.execute("counter.add", new Add("a", 1))).hasMessage("boom");
        assertThat(counter).isZero();
        assertThat(stack.canUndo()).isFalse();
        assertThat(events).isEmpty();
    }

    @Test
    void stepsOfOneGestureMergeIntoOneUndo() {
        stack.execute("counter.add", new Add("a", 1));
        long gesture = 42;
        stack.execute("counter.add", new Add("drag", 2, gesture));
        stack.execute("counter.add", new Add("drag", 3, gesture));
        stack.execute("counter.add", new Add("drag", 4, gesture));
        assertThat(counter).isEqualTo(10);
        assertThat(stack.undoableUnits()).isEqualTo(2);

        stack.undo();
        assertThat(counter).isEqualTo(1);
        stack.redo();
        assertThat(counter).isEqualTo(10);
    }

    @Test
    void historyIsCappedAtTheLimit() {
        stack.limitProperty().set(3);
        for (int i = 1; i <= 5; i++) {
            stack.execute("counter.add", new Add("a" + i, i));
        }
        assertThat(stack.undoableUnits()).isEqualTo(3);
        stack.undo();
        stack.undo();
        stack.undo();
        assertThat(stack.canUndo()).isFalse();
        assertThat(counter).isEqualTo(1 + 2);
    }

    @Test
    void rulesDecideByPriorityBeforeTheHandler() {
        stack.addRule("counter.add", 1, context -> ((Add) context).amount() < 0 ? false : null);
        stack.addRule("counter.add", 5, context -> ((Add) context).amount() == -1 ? true : null);
        assertThat(stack.canExecute("counter.add", new Add("a", -1))).isTrue();
        assertThat(stack.canExecute("counter.add", new Add("a", -2))).isFalse();
        assertThat(stack.canExecute("counter.add", new Add("a", 2))).isTrue();
        assertThatThrownBy(() -> stack.execute("counter.add", new Add("a", -2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not allowed");
    }

    @Test
    void wrongContextTypeAndUnknownCommandFailClearly() {
        assertThatThrownBy(() -> stack.execute("counter.add", "text"))
                .hasMessageContaining("takes a Add, not a String");
        assertThatThrownBy(() -> stack.execute("counter.nope", new Add("a", 1)))
                .hasMessageContaining("no handler registered for command 'counter.nope'");
        assertThatThrownBy(() -> stack.register("counter.add", Add.class, null))
                .hasMessageContaining("already registered");
    }
}
