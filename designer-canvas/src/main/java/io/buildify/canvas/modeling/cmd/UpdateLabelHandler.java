package io.buildify.canvas.modeling.cmd;

import io.buildify.canvas.command.CommandHandler;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** {@code label.update}: sets the label of a node or an edge; execute saves the old label for revert. */
public final class UpdateLabelHandler implements CommandHandler<UpdateLabelHandler.Context> {
    public record Context(DiagramElement element, String label, Memo<String> oldLabel) {
        public Context {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(label, "label");
        }

        public Context(DiagramElement element, String label) {
            this(element, label, new Memo<>());
        }
    }

    private final DiagramModel model;

    public UpdateLabelHandler(DiagramModel model) {
        this.model = model;
    }

    @Override
    public boolean canExecute(Context context) {
        return model.contains(context.element());
    }

    @Override
    public Collection<?> execute(Context context) {
        context.oldLabel().save(label(context.element()));
        setLabel(context.element(), context.label());
        return List.of(context.element());
    }

    @Override
    public Collection<?> revert(Context context) {
        setLabel(context.element(), context.oldLabel().get());
        return List.of(context.element());
    }

    @Override
    public String describe(Context context) {
        return "Rename to '" + context.label() + "'";
    }

    private static String label(DiagramElement element) {
        return element instanceof DiagramNode node ? node.getLabel() : ((DiagramEdge) element).getLabel();
    }

    private static void setLabel(DiagramElement element, String label) {
        if (element instanceof DiagramNode node) {
            node.setLabel(label);
        } else {
            ((DiagramEdge) element).setLabel(label);
        }
    }
}
