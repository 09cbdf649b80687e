package io.buildify.app.eroverview;

import io.buildify.app.drafts.DraftStatus;
import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.canvas.Diagram;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ER overview's model, without the FX toolkit: boxes, labelled links, layout, read-only, refresh, open. */
class ErOverviewViewModelTest {
    @TempDir
    Path dir;
    private DraftStore store;
    private ProjectSession project;
    private final List<String> opened = new ArrayList<>();
    private ErOverviewViewModel overview;

    @BeforeEach
    void open() {
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        ErSampleModel.saveInto(project);
        overview = new ErOverviewViewModel(project, opened::add);
        overview.setActive(true);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Map<String, DiagramNode> nodesByTitle() {
        return overview.diagramProperty().get().model().nodes().stream()
                .collect(Collectors.toMap(n -> n.getLabel().lines().findFirst().orElseThrow(), Function.identity()));
    }

    private List<String> edges() {
        Map<String, DiagramNode> byId = overview.diagramProperty().get().model().nodes().stream()
                .collect(Collectors.toMap(DiagramNode::id, Function.identity()));
        return overview.diagramProperty().get().model().edges().stream().map(e -> title(byId, e.source().nodeId())
                + " " + e.getLabel() + " " + title(byId, e.target().nodeId())).sorted().toList();
    }

    private static String title(Map<String, DiagramNode> byId, String id) {
        return byId.get(id).getLabel().lines().findFirst().orElseThrow();
    }

    @Test
    void everyEntityIsABoxWithItsStatusAndKeyFields() {
        Map<String, DiagramNode> nodes = nodesByTitle();

        assertThat(nodes).containsOnlyKeys("Company", "Person", "Profile", "Tag", "Deal");
        assertThat(nodes.get("Company").type()).isEqualTo(ErNodeTypes.PUBLISHED);
        assertThat(nodes.get("Person").type()).isEqualTo(ErNodeTypes.CHANGED);
        assertThat(nodes.get("Tag").type()).isEqualTo(ErNodeTypes.DRAFT);
        assertThat(nodes.get("Company").getLabel()).isEqualTo("Company\nname · string ★");
        assertThat(nodes.get("Person").getLabel()).isEqualTo("Person\nemail · email unique");
        assertThat(nodes.get("Company").getHeight()).isGreaterThan(nodes.get("Tag").getHeight());
        assertThat(overview.summaryProperty().get()).isEqualTo("5 entities, 4 relationships");
    }

    @Test
    void relationshipsAndLookupsAreLinksLabelledWithTheirKind() {
        assertThat(edges()).containsExactly("Company 1:N Person", "Deal N:1 Company", "Person 1:1 Profile",
                "Person N:M Tag");
    }

    @Test
    void theLayoutGoesLeftToRightWithoutOverlaps() {
        Map<String, DiagramNode> nodes = nodesByTitle();
        assertThat(nodes.get("Company").getX()).isLessThan(nodes.get("Person").getX());
        assertThat(nodes.get("Person").getX()).isLessThan(nodes.get("Tag").getX());
        List<DiagramNode> all = new ArrayList<>(nodes.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).bounds().intersects(all.get(j).bounds()))
                        .as(all.get(i) + " overlaps " + all.get(j)).isFalse();
            }
        }
    }

    @Test
    void theDiagramRefusesEveryContentEditButLetsBoxesMove() {
        Diagram diagram = overview.diagramProperty().get();
        DiagramNode company = nodesByTitle().get("Company");
        DiagramEdge edge = diagram.model().edges().get(0);
        double x = company.getX();

        assertThatThrownBy(() -> diagram.modeling().removeElements(List.of(company, edge)))
                .hasMessageContaining("not allowed");
        assertThatThrownBy(() -> diagram.modeling().updateLabel(company, "renamed"))
                .hasMessageContaining("not allowed");
        assertThatThrownBy(() -> diagram.modeling().createNode(ErNodeTypes.DRAFT, 0, 0))
                .hasMessageContaining("not allowed");
        assertThat(diagram.modeling().canConnect(edge.target(), edge.source())).isFalse();
        diagram.modeling().moveNodes(List.of(company), 10, 0);

        assertThat(company.getX()).isEqualTo(x + 10);
        assertThat(diagram.model().nodes()).hasSize(5);
        assertThat(diagram.model().edges()).hasSize(4);
        assertThat(company.getLabel()).startsWith("Company");
        assertThat(project.list()).hasSize(5);
    }

    @Test
    void aDraftChangeRebuildsTheDiagramWhileActiveOnly() {
        project.save(EntityDefinition.of("invoice"));
        assertThat(nodesByTitle()).containsKey("Invoice");

        overview.setActive(false);
        project.save(EntityDefinition.of("payment"));
        assertThat(nodesByTitle()).doesNotContainKey("Payment");
        overview.setActive(true);
        assertThat(nodesByTitle()).containsKey("Payment");
    }

    @Test
    void aTargetMissingFromTheProjectIsAGreyBoxThatDoesNotOpen() {
        project.save(EntityDefinition.of("order").withRelationshipAdded(
                RelationshipDefinition.of("lines", RelationshipKind.ONE_TO_MANY, "order_line")));
        DiagramNode missing = nodesByTitle().get("order_line (not in project)");

        assertThat(missing.type()).isEqualTo(ErNodeTypes.MISSING);
        assertThat(overview.open(missing)).isFalse();
        assertThat(opened).isEmpty();
    }

    @Test
    void openingABoxHandsItsEntityIdOver() {
        String companyId = project.list().stream().filter(d -> d.definition().name().equals("company"))
                .findFirst().orElseThrow().definition().id();

        assertThat(overview.open(nodesByTitle().get("Company"))).isTrue();
        assertThat(opened).containsExactly(companyId);
    }

    @Test
    void keyFieldsAreCappedWithACount() {
        EntityDefinition wide = EntityDefinition.of("wide");
        for (int i = 0; i < 6; i++) {
            wide = wide.withFieldAdded(FieldDefinition.of("f" + i, FieldType.STRING).withRequired(true));
        }
        assertThat(ErGraph.keyFields(wide)).hasSize(ErGraph.MAX_KEY_FIELDS + 1).last().isEqualTo("+2 more");
        assertThat(DraftStatus.values()).allSatisfy(status -> assertThat(ErNodeTypes.of(status)).isNotNull());
    }
}
