package io.buildify.core.bpmn;

import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Imports every real BPMN file of the shared sample corpus (exports of Camunda Modeler, Signavio, Bizagi, ADONIS and
 * the MIWG reference models) and checks it against the element counts of its SOURCES.md table. The corpus lives
 * beside the repository ({@code ../shared/bpmn-samples} from the repository root); where it is absent these tests
 * are skipped with a message, as SOURCES.md asks.
 */
class BpmnSamplesTest {
    /** Surefire runs in the module directory (core/), two levels below the folder that holds shared/. */
    private static final Path SAMPLES = Path.of("..", "..", "shared", "bpmn-samples");
    private static final List<String> OTHER_TASK_KINDS = List.of("manualTask", "serviceTask", "scriptTask",
            "sendTask", "receiveTask", "businessRuleTask");

    /** One row of the SOURCES.md summary table. */
    record Row(String file, int start, int end, int userTask, int task, int exclusive, int parallel, int flows,
               int subProcess, int boundary) {
    }

    private static Map<String, Row> table() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "BPMN sample corpus not found at " + SAMPLES.toAbsolutePath().normalize()
                + " (it sits beside the repository as shared/bpmn-samples); skipping the sample imports");
        return Files.readAllLines(SAMPLES.resolve("SOURCES.md")).stream()
                .filter(line -> line.matches("\\| \\d\\d \\| `.*"))
                .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toList())
                .map(c -> new Row(c.get(2).replace("`", ""), i(c.get(3)), i(c.get(4)), i(c.get(5)), i(c.get(6)),
                        i(c.get(7)), i(c.get(8)), i(c.get(9)), i(c.get(12)), i(c.get(13))))
                .collect(Collectors.toMap(Row::file, r -> r));
    }

    private static int i(String cell) {
        return Integer.parseInt(cell);
    }

    @TestFactory
    Stream<DynamicTest> everySampleImportsWithWhatWasDroppedListed() throws IOException {
        Map<String, Row> table = table();
        List<Path> files;
        try (Stream<Path> list = Files.list(SAMPLES)) {
            files = list.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactlyInAnyOrderElementsOf(table.keySet());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> checkSample(file, table.get(file.getFileName().toString()))));
    }

    private static void checkSample(Path file, Row row) throws Exception {
        BpmnImportResult result = BpmnImporter.read(file);
        WorkflowDefinition workflow = result.workflow();
        Document source = SecureXml.parse(new org.xml.sax.InputSource(file.toUri().toString()));

        nothingIsLostSilently(source, result);
        if (row.start() == 1) { // one process with a start event: all of the table's elements are in it
            assertThat(count(workflow, StateType.START)).as("start events").isEqualTo(row.start());
            assertThat(count(workflow, StateType.END)).as("end events").isEqualTo(row.end());
            assertThat(count(workflow, StateType.TASK)).as("tasks")
                    .isEqualTo(row.userTask() + row.task() + otherTasks(source));
            assertThat(count(workflow, StateType.CONDITION)).as("exclusive gateways").isEqualTo(row.exclusive());
            assertThat(workflow.transitions().size() + mentions(result, "sequenceFlow ")).as("sequence flows")
                    .isEqualTo(row.flows());
            assertThat(mentions(result, "parallelGateway ")).as("parallel gateways").isEqualTo(row.parallel());
            assertThat(mentions(result, "subProcess ")).as("sub-processes").isEqualTo(row.subProcess());
            assertThat(mentions(result, "boundaryEvent ")).as("boundary events").isEqualTo(row.boundary());
        }
        reExportsToValidBpmnThatReadsBackWhole(workflow);
    }

    /** Every flow node and flow of the imported process is a state or transition, or named in the dropped list. */
    private static void nothingIsLostSilently(Document source, BpmnImportResult result) {
        String someStateId = result.workflow().states().get(0).id();
        Element process = Dom.children(source.getDocumentElement(), BpmnNamespaces.MODEL, "process").stream()
                .filter(p -> Dom.children(p).stream().anyMatch(e -> someStateId.equals(e.getAttribute("id"))))
                .findFirst().orElseThrow();
        for (Element element : Dom.children(process)) {
            String id = element.getAttribute("id");
            if (!Dom.inNamespace(element, BpmnNamespaces.MODEL) || id.isEmpty()
                    || UnsupportedElements.SILENT.contains(element.getLocalName())) {
                continue;
            }
            boolean mapped = result.workflow().states().stream().anyMatch(s -> s.id().equals(id))
                    || result.workflow().transitions().stream().anyMatch(t -> t.id().equals(id));
            boolean listed = result.dropped().stream().anyMatch(d -> d.contains("(" + id + ")"));
            assertThat(mapped || listed).as(element.getLocalName() + " " + id + " is mapped or listed").isTrue();
        }
    }

    private static void reExportsToValidBpmnThatReadsBackWhole(WorkflowDefinition workflow) throws Exception {
        String exported = BpmnExporter.export(workflow);

        assertThatCode(() -> BpmnSchema.validate(exported)).doesNotThrowAnyException();
        Document document = SecureXml.parse(new org.xml.sax.InputSource(new java.io.StringReader(exported)));
        assertThat(document.getElementsByTagNameNS(BpmnNamespaces.BPMNDI, "BPMNShape").getLength())
                .isEqualTo(workflow.states().size());
        assertThat(document.getElementsByTagNameNS(BpmnNamespaces.BPMNDI, "BPMNEdge").getLength())
                .isEqualTo(workflow.transitions().size());
        BpmnImportResult again = BpmnImporter.readString(exported);
        assertThat(again.dropped()).isEmpty();
        assertThat(again.workflow()).isEqualTo(workflow);
    }

    @Test
    void loanApprovalFromCamundaModelerIsStartTaskEndAtItsDiagramPositions() throws IOException {
        table();
        WorkflowDefinition workflow = BpmnImporter.read(
                SAMPLES.resolve("01_simple-usertask_camunda-modeler-4.7.0_loanApproval.bpmn")).workflow();

        assertThat(workflow.states()).extracting(WorkflowState::type, WorkflowState::label, WorkflowState::x,
                WorkflowState::y).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(StateType.START, "Loan Request Received", 176.0, 100.0),
                org.assertj.core.groups.Tuple.tuple(StateType.TASK, "Approve Request", 298.0, 78.0),
                org.assertj.core.groups.Tuple.tuple(StateType.END, "Done", 460.0, 100.0));
        assertThat(workflow.transitions()).extracting(t -> state(workflow, t.fromStateId()).type() + "->"
                + state(workflow, t.toStateId()).type()).containsExactly("START->TASK", "TASK->END");
    }

    @Test
    void kitchenSinkWithPoolsImportsTheFirstPoolAndListsTheRest() throws IOException {
        table();
        BpmnImportResult result = BpmnImporter.read(SAMPLES.resolve("12_miwg-B.1.0_reference.bpmn"));

        assertThat(result.workflow().states()).isNotEmpty();
        assertThat(result.dropped()).filteredOn(d -> d.startsWith("process ")).hasSize(3);
        assertThat(result.dropped()).filteredOn(d -> d.startsWith("participant ")).hasSize(2);
        assertThat(result.dropped()).filteredOn(d -> d.startsWith("messageFlow ")).hasSize(2);
    }

    @Test
    void unnamedParallelGatewaysAndJuelConditionsOfCamundaAreListed() throws IOException {
        table();
        BpmnImportResult result = BpmnImporter.read(SAMPLES.resolve(
                "11_parallel-exclusive_camunda-modeler-4.11.0_job-announcement-publication.bpmn"));

        assertThat(result.dropped()).contains("parallelGateway (Gateway_0z7rp9m): parallel gateways are not supported");
        assertThat(result.dropped()).anyMatch(d -> d.startsWith("conditionExpression '#{twitter}' on flow 'yes'"));
    }

    private static WorkflowState state(WorkflowDefinition workflow, String id) {
        return workflow.states().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static long count(WorkflowDefinition workflow, StateType type) {
        return workflow.states().stream().filter(s -> s.type() == type).count();
    }

    private static long mentions(BpmnImportResult result, String prefix) {
        return result.dropped().stream().filter(d -> d.startsWith(prefix)).count();
    }

    private static int otherTasks(Document source) {
        return OTHER_TASK_KINDS.stream()
                .mapToInt(kind -> source.getElementsByTagNameNS(BpmnNamespaces.MODEL, kind).getLength()).sum();
    }

}
