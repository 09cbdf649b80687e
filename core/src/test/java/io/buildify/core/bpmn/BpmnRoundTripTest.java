package io.buildify.core.bpmn;

import io.buildify.core.model.WorkflowDefinition;
import org.junit.jupiter.api.Test;

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
}
