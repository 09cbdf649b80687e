package io.buildify.core.bpmn;

import io.buildify.core.model.ConditionType;
import io.buildify.core.model.Waypoint;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowTransition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Export then import gives back the workflow: states, types, names, labels, positions, transitions, conditions. */
class BpmnRoundTripTest {

    @Test
    void exportThenImportGivesBackTheSameWorkflowAndDropsNothing() {
        WorkflowDefinition original = BpmnFixtures.loanWorkflow();

        BpmnImportResult result = BpmnImporter.readString(BpmnExporter.export(original));

        assertThat(result.dropped()).isEmpty();
        assertThat(result.workflow().states()).containsExactlyElementsOf(original.states());
        assertThat(result.workflow().transitions()).containsExactlyElementsOf(original.transitions());
        assertThat(result.workflow()).isEqualTo(original);
    }

    @Test
    void secondExportOfAnImportedExportIsIdenticalText() {
        String first = BpmnExporter.export(BpmnFixtures.loanWorkflow());

        String second = BpmnExporter.export(BpmnImporter.readString(first).workflow());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void bendPointsGoOutAsDiagramWaypointsAndComeBack() throws Exception {
        WorkflowDefinition plain = BpmnFixtures.loanWorkflow();
        List<WorkflowTransition> transitions = new ArrayList<>(plain.transitions().stream()
                .map(t -> t.id().equals("car") ? t.withWaypoints(List.of(new Waypoint(245, 280), new Waypoint(340, 280)))
                        : t).toList());
        transitions.add(BpmnFixtures.transition("retry", "paperwork", "paperwork", ConditionType.ALWAYS, null, 1)
                .withWaypoints(List.of(new Waypoint(500, 260), new Waypoint(500, 200), new Waypoint(410, 200))));
        WorkflowDefinition bent = new WorkflowDefinition(plain.id(), plain.name(), plain.label(), plain.description(),
                plain.category(), plain.entityName(), plain.trigger(), plain.states(), transitions);

        String xml = BpmnExporter.export(bent);
        BpmnImportResult result = BpmnImporter.readString(xml);

        assertThat(xml).contains("<di:waypoint x=\"245\" y=\"280\"/>", "<di:waypoint x=\"340\" y=\"280\"/>");
        assertThat(result.dropped()).isEmpty();
        assertThat(result.workflow().transitions()).containsExactlyElementsOf(bent.transitions());
        BpmnSchema.validate(xml);
    }

    @Test
    void aForeignEdgeWithBendsGivesTheTransitionItsInnerWaypoints() {
        String xml = BpmnExporter.export(BpmnFixtures.loanWorkflow()).replaceFirst(
                "(<bpmndi:BPMNEdge [^>]*bpmnElement=\"submit\"[^>]*>\\s*<di:waypoint [^>]*/>)",
                "$1<di:waypoint x=\"150\" y=\"60\"/><di:waypoint x=\"245\" y=\"60\"/>");

        WorkflowTransition submit = BpmnImporter.readString(xml).workflow().transitions().get(0);

        assertThat(submit.waypoints()).containsExactly(new Waypoint(150, 60), new Waypoint(245, 60));
    }
}
