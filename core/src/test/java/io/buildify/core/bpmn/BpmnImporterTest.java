package io.buildify.core.bpmn;

import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BpmnImporterTest {

    /** A process with a diagram shape for each of its flow nodes, placed in a row. */
    private static String bpmn(String processBody) {
        Matcher node = Pattern.compile("<(\\w+) id=\"([^\"]+)\"").matcher(processBody);
        StringBuilder shapes = new StringBuilder();
        for (int x = 0; node.find(); x += 100) {
            if (!node.group(1).equals("sequenceFlow")) {
                shapes.append(shape(node.group(2), x, 0));
            }
        }
        return bpmn(processBody, shapes.toString());
    }

    private static String bpmn(String processBody, String shapes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="d" targetNamespace="t">
                  <process id="p" name="Hand drawn">%s</process>
                  <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="pl" bpmnElement="p">%s</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </definitions>
                """.formatted(processBody, shapes);
    }

    private static String shape(String element, int x, int y) {
        return "<bpmndi:BPMNShape id=\"%s_di\" bpmnElement=\"%s\"><dc:Bounds x=\"%d\" y=\"%d\" width=\"10\" height=\"10\"/></bpmndi:BPMNShape>"
                .formatted(element, element, x, y);
    }

    private static WorkflowState state(WorkflowDefinition workflow, String id) {
        return workflow.states().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static WorkflowTransition transition(WorkflowDefinition workflow, String id) {
        return workflow.transitions().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedAndNothingIsRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE definitions [<!ENTITY secret SYSTEM "%s">]>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
                  <process id="p"><startEvent id="s" name="&secret;"/></process>
                </definitions>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> BpmnImporter.readString(xxe)).isInstanceOf(BpmnImportException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void malformedXmlIsRefusedWithLineAndColumn() {
        String broken = "<?xml version=\"1.0\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n"
                + "  <process id=\"p\">\n</definitions>\n";

        assertThatThrownBy(() -> BpmnImporter.readString(broken)).isInstanceOf(BpmnImportException.class)
                .hasMessageStartingWith("line 4, column")
                .hasMessageContaining("not well-formed XML")
                .satisfies(e -> assertThat(((BpmnImportException) e).line()).isEqualTo(4));
    }

    @Test
    void xmlThatIsNotBpmnIsRefusedNamingItsRoot() {
        assertThatThrownBy(() -> BpmnImporter.readString("<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>"))
                .isInstanceOf(BpmnImportException.class)
                .hasMessageContaining("not a BPMN 2.0 file").hasMessageContaining("<project>")
                .hasMessageContaining("http://maven.apache.org/POM/4.0.0");
    }

    @Test
    void bpmnWithoutAProcessIsRefused() {
        String onlyCollaboration = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
                  <collaboration id="c"/>
                </definitions>""";

        assertThatThrownBy(() -> BpmnImporter.readString(onlyCollaboration)).isInstanceOf(BpmnImportException.class)
                .hasMessageContaining("no process").hasMessageContaining("collaboration");
    }

    @Test
    void aMissingFileIsRefusedNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> BpmnImporter.read(dir.resolve("gone.bpmn"))).isInstanceOf(BpmnImportException.class)
                .hasMessageContaining("gone.bpmn");
    }

    @Test
    void namesAreSnakeCaseDeduplicatedAndLabelsKeepTheBpmnName() {
        WorkflowDefinition workflow = BpmnImporter.readString(bpmn("""
                <startEvent id="s" name="Request&#10;received"/>
                <userTask id="a" name="Review"/><userTask id="b" name="Review"/>
                <userTask id="Task_7"/><manualTask id="m" name="1st check"/>""")).workflow();

        assertThat(workflow.states()).extracting(WorkflowState::name)
                .containsExactly("request_received", "review", "review_2", "task_7", "state_1st_check");
        assertThat(workflow.states()).extracting(WorkflowState::label)
                .containsExactly("Request received", "Review", "Review", "Task 7", "1st check");
        assertThat(workflow.name()).isEqualTo("hand_drawn");
        assertThat(workflow.label()).isEqualTo("Hand drawn");
    }

    @Test
    void gatewayDefaultFlowIsTheDefaultBranchAndSimpleConditionsBecomeConditions() {
        BpmnImportResult result = BpmnImporter.readString(bpmn("""
                <exclusiveGateway id="g" name="Big?" default="other"/>
                <userTask id="t" name="Review"/><endEvent id="e"/>
                <sequenceFlow id="big" name="big" sourceRef="g" targetRef="t">
                  <conditionExpression>${amount > 1000}</conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="other" sourceRef="g" targetRef="e"/>"""));
        WorkflowDefinition workflow = result.workflow();

        assertThat(state(workflow, "g").type()).isEqualTo(StateType.CONDITION);
        assertThat(transition(workflow, "big").conditionType()).isEqualTo(ConditionType.CONDITIONAL);
        assertThat(transition(workflow, "big").conditions().conditions())
                .containsExactly(new Condition("amount", ConditionOperator.GT, 1000));
        assertThat(transition(workflow, "other").conditionType()).isEqualTo(ConditionType.ALWAYS);
        assertThat(transition(workflow, "other").displayOrder()).isGreaterThan(transition(workflow, "big").displayOrder());
        assertThat(result.dropped()).isEmpty();
    }

    @Test
    void anExpressionWeCannotReadIsKeptAsTextAndReported() {
        BpmnImportResult result = BpmnImporter.readString(bpmn("""
                <exclusiveGateway id="g"/><endEvent id="e"/>
                <sequenceFlow id="f" name="yes" sourceRef="g" targetRef="e">
                  <conditionExpression>${approved}</conditionExpression>
                </sequenceFlow>"""));
        WorkflowTransition yes = transition(result.workflow(), "f");

        assertThat(yes.conditionType()).isEqualTo(ConditionType.CONDITIONAL);
        assertThat(yes.conditions().conditions()).isEmpty();
        assertThat(yes.description()).contains("${approved}");
        assertThat(result.dropped()).singleElement().asString()
                .startsWith("conditionExpression '${approved}' on flow 'yes' (f) kept as text only");
    }

    @Test
    void parallelGatewayIsDroppedWithItsFlowsAndBothAreListed() {
        BpmnImportResult result = BpmnImporter.readString(bpmn("""
                <startEvent id="s"/><parallelGateway id="Gateway_1" name="Fork"/><endEvent id="e"/>
                <sequenceFlow id="in" sourceRef="s" targetRef="Gateway_1"/>
                <sequenceFlow id="out" sourceRef="Gateway_1" targetRef="e"/>"""));

        assertThat(result.workflow().states()).hasSize(2);
        assertThat(result.workflow().transitions()).isEmpty();
        assertThat(result.dropped()).containsExactly(
                "parallelGateway 'Fork' (Gateway_1): parallel gateways are not supported",
                "sequenceFlow (in) from s to Gateway_1: dropped with its target parallelGateway 'Fork' (Gateway_1)",
                "sequenceFlow (out) from Gateway_1 to e: dropped with its source parallelGateway 'Fork' (Gateway_1)");
    }

    @Test
    void otherTaskKindsBecomePlainTasksWithANote() {
        BpmnImportResult result = BpmnImporter.readString(bpmn("<serviceTask id=\"st\" name=\"Call API\"/>"));

        assertThat(state(result.workflow(), "st").type()).isEqualTo(StateType.TASK);
        assertThat(result.dropped()).containsExactly("serviceTask 'Call API' (st): a serviceTask became a plain task");
    }

    @Test
    void positionsComeFromShapesAndAStateWithoutAShapeIsPlacedBelowAndReported() {
        BpmnImportResult result = BpmnImporter.readString(bpmn(
                "<startEvent id=\"s\"/><endEvent id=\"e\" name=\"End\"/>", shape("s", 40, 60)));

        assertThat(state(result.workflow(), "s")).extracting(WorkflowState::x, WorkflowState::y).containsExactly(40.0, 60.0);
        assertThat(state(result.workflow(), "e")).extracting(WorkflowState::x, WorkflowState::y).containsExactly(100.0, 210.0);
        assertThat(result.dropped()).containsExactly(
                "endEvent 'End' (e): it has no shape in the diagram and was placed at (100, 210)");
    }

    @Test
    void ofSeveralProcessesTheFirstWithAStartEventIsImportedAndTheOthersListed() {
        String xml = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
                  <process id="empty" name="Notes"><task id="x"/></process>
                  <process id="main" name="Main"><startEvent id="s"/></process>
                </definitions>""";

        BpmnImportResult result = BpmnImporter.readString(xml);

        assertThat(result.workflow().label()).isEqualTo("Main");
        assertThat(result.dropped()).anyMatch(d -> d.startsWith("process 'Notes' (empty): not imported"));
    }

    @Test
    void theDeclaredEncodingOfAFileIsHonoured() {
        byte[] latin1 = bpmn("<userTask id=\"t\" name=\"Prüfung\"/>").replace("UTF-8", "ISO-8859-1")
                .getBytes(StandardCharsets.ISO_8859_1);

        WorkflowDefinition workflow = BpmnImporter.read(new ByteArrayInputStream(latin1)).workflow();

        assertThat(workflow.states()).extracting(WorkflowState::label).containsExactly("Prüfung");
        assertThat(workflow.states()).extracting(WorkflowState::name).containsExactly("pr_fung");
    }
}
