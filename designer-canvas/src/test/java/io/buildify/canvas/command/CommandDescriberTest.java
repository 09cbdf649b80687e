package io.buildify.canvas.command;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.TestDiagrams;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.modeling.Modeling;
import io.buildify.canvas.modeling.cmd.RemoveElementsHandler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static io.buildify.canvas.TestDiagrams.TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The host's hook for undo/redo texts: per command id, given the handler's own text, asked once per command. */
class CommandDescriberTest {
    record Rename(String from, String to) {
    }

    private final CommandStack stack = new CommandStack();
    private final List<ElementsChanged> events = new ArrayList<>();

    CommandDescriberTest() {
        registerRename(stack);
        stack.addListener(events::add);
    }

    private static void registerRename(CommandStack stack) {
        stack.register("thing.rename", Rename.class, new CommandHandler<>() {
            @Override
            public Collection<?> execute(Rename context) {
                return List.of(context.to());
            }

            @Override
            public Collection<?> revert(Rename context) {
                return List.of(context.from());
            }

            @Override
            public String describe(Rename context) {
                return "Rename " + context.from();
            }
        });
    }

    @Test
    void withoutADescriberTheHandlersTextIsShown() {
        stack.execute("thing.rename", new Rename("a", "b"));

        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("Rename a");
        assertThat(events.get(0).description()).isEqualTo("Rename a");
    }

    @Test
    void theDescriberWordsUndoRedoAndTheChangeEventFromTheContextAndTheGenericText() {
        List<String> generics = new ArrayList<>();
        stack.describeWith("thing.rename", Rename.class, (context, generic) -> {
            generics.add(generic);
            return "Rename state '" + context.from() + "' to '" + context.to() + "'";
        });

        stack.execute("thing.rename", new Rename("a", "b"));
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("Rename state 'a' to 'b'");
        assertThat(events.get(0).description()).isEqualTo("Rename state 'a' to 'b'");
        stack.undo();
        assertThat(stack.redoDescriptionProperty().get()).isEqualTo("Rename state 'a' to 'b'");
        assertThat(events.get(1).description()).isEqualTo("Rename state 'a' to 'b'");
        stack.redo();

        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("Rename state 'a' to 'b'");
        assertThat(generics).as("asked once, when the command ran, not again on undo or redo")
                .containsExactly("Rename a");
    }

    @Test
    void aDescriberMayKeepTheGenericText() {
        stack.describeWith("thing.rename", Rename.class, (context, generic) -> context.to().isEmpty()
                ? generic : "Rename to " + context.to());

        stack.execute("thing.rename", new Rename("a", ""));
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("Rename a");
        stack.execute("thing.rename", new Rename("a", "c"));
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("Rename to c");
    }

    /** Asked before the command runs: a removed element can still be looked up in the model by the host. */
    @Test
    void aBuiltInCommandIsDescribedBeforeItChangesTheModel() {
        Diagram diagram = TestDiagrams.empty();
        DiagramNode node = diagram.modeling().createNode(TASK, 10, 20);
        node.setLabel("Review");
        List<String> seen = new ArrayList<>();
        diagram.commandStack().describeWith(Modeling.REMOVE, RemoveElementsHandler.Context.class,
                (context, generic) -> {
                    seen.add(generic);
                    DiagramElement removed = context.elements().get(0);
                    return "Delete " + diagram.model().findNode(removed.id()).orElseThrow().getLabel();
                });

        diagram.modeling().removeElements(List.of(node));

        assertThat(diagram.model().nodes()).isEmpty();
        assertThat(seen).containsExactly("Delete " + node.id());
        assertThat(diagram.commandStack().undoDescriptionProperty().get()).isEqualTo("Delete Review");
    }

    @Test
    void badDescribersFailClearly() {
        stack.describeWith("thing.rename", String.class, (context, generic) -> generic);
        assertThatThrownBy(() -> stack.describeWith("thing.rename", Rename.class, (c, g) -> g))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already set");
        assertThatThrownBy(() -> stack.execute("thing.rename", new Rename("a", "b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("describer of 'thing.rename' expects a String, got a Rename");
        assertThat(stack.canUndo()).as("nothing ran").isFalse();

        CommandStack other = new CommandStack();
        registerRename(other);
        other.describeWith("thing.rename", Rename.class, (context, generic) -> null);
        assertThatThrownBy(() -> other.execute("thing.rename", new Rename("a", "b")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("returned null");
    }
}
