package io.buildify.core.bpmn;

import io.buildify.core.model.WorkflowDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BpmnExporterTest {
    private final WorkflowDefinition workflow = BpmnFixtures.loanWorkflow();
    private final String xml = BpmnExporter.export(workflow);

    @Test
    void exportValidatesAgainstTheBpmn20Xsd() {
        assertThatCode(() -> BpmnSchema.validate(xml)).doesNotThrowAnyException();
    }

    @Test
    void theXsdCheckRejectsWhatIsNotBpmn() {
        String broken = xml.replace("<bpmn:userTask ", "<bpmn:humanTask ").replace("</bpmn:userTask>", "</bpmn:humanTask>");

        assertThatThrownBy(() -> BpmnSchema.validate(broken)).isInstanceOf(SAXException.class)
                .hasMessageContaining("humanTask");
    }

    @Test
    void exportIsTheSameTextEveryTime() {
        assertThat(BpmnExporter.export(BpmnFixtures.loanWorkflow())).isEqualTo(xml);
    }

    @Test
    void aRealBpmnLibraryReadsTheStatesAsBpmnElements() {
        BpmnModelInstance model = parse(xml);

        assertThat(model.getModelElementsByType(StartEvent.class)).extracting(StartEvent::getName)
                .containsExactly("Loan request received");
        assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getName)
                .containsExactly("Manager review", "Prepare paperwork");
        ExclusiveGateway check = model.getModelElementById("check");
        assertThat(check.getDefault().getId()).isEqualTo("small");
        assertThat(model.<SequenceFlow>getModelElementById("small").getConditionExpression()).isNull();
    }

    @Test
    void digitLeadingIdsGetAPrefixAndKeepTheirOriginalInOurAttribute() {
        BpmnModelInstance model = parse(xml);

        StartEvent start = model.getModelElementById("id_1-request");
        assertThat(start.getAttributeValueNs(BpmnNamespaces.BUILDIFY, "id")).isEqualTo("1-request");
        assertThat(model.<SequenceFlow>getModelElementById("submit").getSource().getId()).isEqualTo("id_1-request");
    }

    @Test
    void conditionsBecomeReadableFormalExpressions() {
        ConditionExpression big = parse(xml).<SequenceFlow>getModelElementById("big").getConditionExpression();

        assertThat(big.getTextContent()).isEqualTo("${amount > 1000 && status == \"new\"}");
        assertThat(big.getAttributeValueNs(BpmnNamespaces.XSI, "type")).isEqualTo("bpmn:tFormalExpression");
    }

    @Test
    void approvalKeepsItsTypeAndRolesInOurExtensionAttributes() {
        UserTask review = parse(xml).getModelElementById("review");

        assertThat(review.getAttributeValueNs(BpmnNamespaces.BUILDIFY, "type")).isEqualTo("approval");
        assertThat(review.getAttributeValueNs(BpmnNamespaces.BUILDIFY, "approverRoles")).isEqualTo("manager,finance");
        assertThat(review.getAttributeValueNs(BpmnNamespaces.BUILDIFY, "requiredApprovers")).isEqualTo("2");
    }

    @Test
    void everyStateHasAShapeSizedByItsKindAtItsPosition() {
        BpmnModelInstance model = parse(xml);

        assertThat(model.getModelElementsByType(BpmnShape.class)).hasSize(workflow.states().size());
        assertThat(bounds(model, "id_1-request")).containsExactly(100.0, 120.0, 36.0, 36.0);
        assertThat(bounds(model, "check")).containsExactly(220.0, 113.0, 50.0, 50.0);
        assertThat(bounds(model, "review")).containsExactly(360.0, 92.0, 100.0, 80.0);
        assertThat(bounds(model, "done")).containsExactly(560.0, 120.0, 36.0, 36.0);
    }

    @Test
    void everyTransitionHasAnEdgeFromOutlineToOutline() {
        BpmnModelInstance model = parse(xml);

        assertThat(model.getModelElementsByType(BpmnEdge.class)).hasSize(workflow.transitions().size());
        // request (centre 118,138) to check (centre 245,138): leaves the circle at x=136, enters the diamond at 220
        assertThat(waypoints(model, "submit")).containsExactly(List.of(136.0, 138.0), List.of(220.0, 138.0));
    }

    @Test
    void aLoopBackToTheSameStateGoesRoundItsCorner() {
        WorkflowDefinition looped = new WorkflowDefinition(workflow.id(), workflow.name(), workflow.label(), null,
                null, null, null, workflow.states(), List.of(BpmnFixtures.transition("again", "paperwork",
                "paperwork", io.buildify.core.model.ConditionType.ALWAYS, null, 0)));

        BpmnModelInstance model = parse(BpmnExporter.export(looped));

        assertThat(waypoints(model, "again")).hasSize(5).first().isEqualTo(List.of(460.0, 280.0));
        assertThat(waypoints(model, "again")).last().isEqualTo(List.of(410.0, 240.0));
    }

    @Test
    void transitionsToStatesThatDoNotExistAreLeftOut() {
        WorkflowDefinition dangling = new WorkflowDefinition(workflow.id(), workflow.name(), workflow.label(), null,
                null, null, null, workflow.states(), List.of(BpmnFixtures.transition("lost", "done", "nowhere",
                io.buildify.core.model.ConditionType.ALWAYS, null, 0)));

        String exported = BpmnExporter.export(dangling);

        assertThatCode(() -> BpmnSchema.validate(exported)).doesNotThrowAnyException();
        assertThat(exported).doesNotContain("nowhere");
    }

    static BpmnModelInstance parse(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Double> bounds(BpmnModelInstance model, String elementId) {
        Bounds b = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(s -> s.getBpmnElement().getId().equals(elementId)).findFirst().orElseThrow().getBounds();
        return List.of(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    private static List<List<Double>> waypoints(BpmnModelInstance model, String flowId) {
        return model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(e -> e.getBpmnElement().getId().equals(flowId)).findFirst().orElseThrow()
                .getWaypoints().stream().map((Waypoint w) -> List.of(w.getX(), w.getY())).toList();
    }
}
