package io.buildify.app.eroverview;

import io.buildify.app.project.ProjectSession;
import io.buildify.canvas.Diagram;
import io.buildify.canvas.layout.LayeredLayout;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.PortRef;
import io.buildify.canvas.rules.ConnectionRule;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ER overview: a read-only canvas {@link Diagram} of every entity draft and its relationships, laid out by
 * ELK, rebuilt when the drafts change while the overview is shown ({@link #setActive}), and a way to open an
 * entity in the wizard. No JavaFX nodes here; the view shows {@link #diagramProperty()}.
 */
public final class ErOverviewViewModel {
    private final ProjectSession project;
    private final Consumer<String> openEntity;
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram");
    private final ReadOnlyObjectWrapper<ErGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Map<String, String> entityIdByNode = new HashMap<>();
    private boolean active;
    private boolean stale = true;

    /** {@code openEntity} receives the id of an entity the user double-clicked. */
    public ErOverviewViewModel(ProjectSession project, Consumer<String> openEntity) {
        this.project = Objects.requireNonNull(project, "project");
        this.openEntity = Objects.requireNonNull(openEntity, "openEntity");
        project.revisionProperty().addListener((obs, old, now) -> {
            stale = true;
            if (active) {
                refresh();
            }
        });
    }

    /** While active (the overview is on screen) every change of the drafts rebuilds the diagram at once. */
    public void setActive(boolean value) {
        active = value;
        if (active && stale) {
            refresh();
        }
    }

    /** Rebuilds the diagram from the draft store and lays it out. */
    public void refresh() {
        stale = false;
        ErGraph now = ErGraph.of(project.list());
        Diagram built = new Diagram(ErNodeTypes.ALL, ConnectionRule.ANY);
        DiagramModel model = built.model();
        entityIdByNode.clear();
        Map<String, String> nodeIdByKey = new HashMap<>();
        int y = 0;
        for (ErGraph.Box box : now.boxes()) {
            String text = box.text();
            DiagramNode node = new DiagramNode(model.newId("n"), ErNodeTypes.of(box.status()), 0, y,
                    ErNodeTypes.WIDTH, ErNodeTypes.heightFor((int) text.lines().count()), text);
            model.addNode(node);
            nodeIdByKey.put(box.key(), node.id());
            if (box.entityId() != null) {
                entityIdByNode.put(node.id(), box.entityId());
            }
            y += (int) node.getHeight() + 20;
        }
        for (ErGraph.Link link : now.links()) {
            DiagramEdge edge = new DiagramEdge(model.newId("e"),
                    new PortRef(nodeIdByKey.get(link.sourceKey()), ErNodeTypes.OUT),
                    new PortRef(nodeIdByKey.get(link.targetKey()), ErNodeTypes.IN));
            edge.setLabel(link.kindLabel());
            model.addEdge(edge);
        }
        // Applied directly, not as a command: the diagram's rules refuse every edit (see ReadOnlyRules).
        LayeredLayout.Result layout = new LayeredLayout(30, 80).compute(model, model.nodes());
        layout.positions().forEach((node, at) -> node.setPosition(at.getX(), at.getY()));
        layout.waypoints().forEach(DiagramEdge::setWaypoints);
        new ReadOnlyRules(built.commandStack());
        graph.set(now);
        diagram.set(built);
        summary.set(describe(now));
    }

    private static String describe(ErGraph graph) {
        long entities = graph.boxes().stream().filter(box -> !box.missing()).count();
        int links = graph.links().size();
        return entities + (entities == 1 ? " entity, " : " entities, ") + links
                + (links == 1 ? " relationship" : " relationships");
    }

    /** The entity a node shows; empty for a "not in project" box. */
    public Optional<String> entityIdOf(DiagramNode node) {
        return Optional.ofNullable(node == null ? null : entityIdByNode.get(node.id()));
    }

    /** Opens the node's entity in the wizard; returns false for a box that is not a draft of this project. */
    public boolean open(DiagramNode node) {
        Optional<String> id = entityIdOf(node);
        id.ifPresent(openEntity);
        return id.isPresent();
    }

    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    /** "5 entities, 6 relationships". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
