package io.buildify.canvas;

import io.buildify.canvas.clipboard.DiagramClipboard;
import io.buildify.canvas.layout.LayeredLayout;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.DiagramSnapshot;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The edit actions of a {@link DiagramView} on its selection — what the keyboard shortcuts and a host's menus
 * call. Each edit is one command (one undo step); selection follows the result (pasted elements get selected).
 */
public final class DiagramActions {
    private static final double PASTE_STEP = 20;

    private final DiagramView view;
    private DiagramNode lastFound;

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

    /**
     * Lays out, left to right, the selected nodes when two or more are selected, otherwise all nodes (one undo
     * step; see {@link LayeredLayout}).
     */
    public void autoLayout() {
        Diagram diagram = view.getDiagram();
        if (diagram != null) {
            List<DiagramNode> selected = selectedNodes();
            new LayeredLayout().apply(diagram, selected.size() >= 2 ? selected : diagram.model().nodes());
        }
    }

    /**
     * Selects and centres the next node, in model order after the one found last, whose label contains the text
     * (ignoring case); wraps around. Returns empty, leaving the selection alone, when no label matches.
     */
    public Optional<DiagramNode> findNext(String text) {
        Diagram diagram = view.getDiagram();
        String wanted = Objects.requireNonNull(text, "text").strip().toLowerCase(Locale.ROOT);
        if (diagram == null || wanted.isEmpty()) {
            return Optional.empty();
        }
        List<DiagramNode> nodes = diagram.model().nodes();
        int start = lastFound == null ? -1 : nodes.indexOf(lastFound);
        for (int step = 1; step <= nodes.size(); step++) {
            DiagramNode candidate = nodes.get(Math.floorMod(start + step, nodes.size()));
            if (candidate.getLabel().toLowerCase(Locale.ROOT).contains(wanted)) {
                lastFound = candidate;
                select(List.of(candidate));
                view.centerOn(candidate.center().getX(), candidate.center().getY());
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
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
