package io.buildify.canvas.modeling.cmd;

import io.buildify.canvas.command.CommandHandler;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** {@code node.create}: adds a node built by the caller, so redo re-adds the very same element and id. */
public final class CreateNodeHandler implements CommandHandler<CreateNodeHandler.Context> {
    public record Context(DiagramNode node) {
        public Context {
            Objects.requireNonNull(node, "node");
        }
    }

    private final DiagramModel model;

    public CreateNodeHandler(DiagramModel model) {
        this.model = model;
    }

    @Override
    public boolean canExecute(Context context) {
        return model.findNode(context.node().id()).isEmpty();
    }

    @Override
    public Collection<?> execute(Context context) {
        model.addNode(context.node());
        return List.of(context.node());
    }

    @Override
    public Collection<?> revert(Context context) {
        model.removeNode(context.node());
        return List.of(context.node());
    }

    @Override
    public String describe(Context context) {
        return "Create " + context.node().type().displayName();
    }
}
