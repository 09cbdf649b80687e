package io.buildify.canvas;

import io.buildify.canvas.clipboard.DiagramClipboard;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.DiagramSnapshot;

import java.util.List;
import java.util.Objects;

/**
 * The edit actions of a {@link DiagramView} on its selection — what the keyboard shortcuts and a host's menus
 * call. Each edit is one command (one undo step); selection follows the result (pasted elements get selected).
 */
public final class DiagramActions {
    private static final double PASTE_STEP = 20;

    private final DiagramView view;

    DiagramActions(DiagramView view) {
        this.view = Objects.requireNonNull(view, "view");
    }

    public boolean copy() {
        Diagram diagram = view.getDiagram();
        return diagram != null && view.getClipboard().copy(diagram.model(), view.getSelection());
    }

    public boolean cut() {
        if (!copy()) {
            return false;
        }
        deleteSelection();
        return true;
    }

    public void paste() {
        DiagramSnapshot contents = view.getClipboard().getContents();
        if (view.getDiagram() != null && !contents.nodes().isEmpty()) {
            double offset = view.getClipboard().nextPasteOffset(PASTE_STEP);
            select(view.getDiagram().modeling().paste(contents, offset, offset));
        }
    }

    /** Copies the selected nodes (with the edges among them) next to themselves, leaving the clipboard alone. */
    public void duplicate() {
        Diagram diagram = view.getDiagram();
        if (diagram == null) {
            return;
        }
        DiagramSnapshot fragment = DiagramClipboard.fragmentOf(diagram.model(), view.getSelection());
        if (!fragment.nodes().isEmpty()) {
            select(diagram.modeling().paste(fragment, PASTE_STEP, PASTE_STEP));
        }
    }

    public void deleteSelection() {
        if (view.getDiagram() != null && !view.getSelection().isEmpty()) {
            List<DiagramElement> doomed = List.copyOf(view.getSelection());
            view.getSelection().clear();
            view.getDiagram().modeling().removeElements(doomed);
        }
    }

    public void selectAll() {
        if (view.getDiagram() != null) {
            view.getSelection().addAll(view.getDiagram().model().nodes());
            view.getSelection().addAll(view.getDiagram().model().edges());
        }
    }

    /** Moves the selected nodes by a delta as one undoable step (arrow-key nudging). */
    public void nudge(double dx, double dy) {
        List<DiagramNode> nodes = selectedNodes();
        if (!nodes.isEmpty()) {
            view.getDiagram().modeling().moveNodes(nodes, dx, dy);
        }
    }

    public void undo() {
        if (view.getDiagram() != null) {
            view.getDiagram().commandStack().undo();
            dropRemovedFromSelection();
        }
    }

    public void redo() {
        if (view.getDiagram() != null) {
            view.getDiagram().commandStack().redo();
            dropRemovedFromSelection();
        }
    }

    public List<DiagramNode> selectedNodes() {
        return view.getSelection().stream().filter(DiagramNode.class::isInstance).map(DiagramNode.class::cast)
                .toList();
    }

    private void select(List<DiagramElement> elements) {
        view.getSelection().clear();
        view.getSelection().addAll(elements);
    }

    private void dropRemovedFromSelection() {
        view.getSelection().removeIf(element -> !view.getDiagram().model().contains(element));
    }
}
