package io.buildify.core.json;

import io.buildify.core.model.ActionKind;
import io.buildify.core.model.ApprovalConfig;
import io.buildify.core.model.ButtonStyle;
import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.EntityOptions;
import io.buildify.core.model.EntityType;
import io.buildify.core.model.EscalationKind;
import io.buildify.core.model.EscalationRule;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.IndexMethod;
import io.buildify.core.model.LogicalOperator;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.model.SortOrder;
import io.buildify.core.model.StateType;
import io.buildify.core.model.TriggerType;
import io.buildify.core.model.ValidationRule;
import io.buildify.core.model.WorkflowAction;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.Waypoint;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.model.WorkflowTrigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefinitionFilesTest {

    /** Every property set, so a component the codec drops shows up as an inequality. */
    static EntityDefinition fullEntity() {
        FieldDefinition name = new FieldDefinition("f-name", "name", "Name", FieldType.STRING, "Full name",
                "As on the ID card", "Jane Doe", "Mr", "Jr", "text", true, false, true, false, 2, 120, null, null,
                null, null, "O'Brien", List.of(), List.of(new ValidationRule("regex", "^[A-Z].*", "Capitalised")),
                0, null);
        FieldDefinition limit = new FieldDefinition("f-limit", "credit_limit", "Credit limit", FieldType.DECIMAL,
                null, null, null, "$", null, null, false, false, false, true, null, null, new BigDecimal("0.00"),
                new BigDecimal("1000000.50"), 12, 2, "100.25", List.of(), List.of(), 1, null);
        FieldDefinition status = FieldDefinition.of("status", FieldType.SINGLE_SELECT)
                .withAllowedValues(List.of("new", "active")).withDefaultValue("new").withDisplayOrder(2);
        FieldDefinition account = FieldDefinition.of("account", FieldType.LOOKUP).withLookupEntity("account")
                .withDisplayOrder(3);
        return new EntityDefinition("e-1", "customer", "Customer", "Customers", "People who buy", "mdi-account",
                "Sales", EntityType.CUSTOM, "crm_customer", new EntityOptions(true, true, true, false, true), "name",
                "credit_limit", SortOrder.DESC, 50, List.of(name, limit, status, account),
                List.of(new RelationshipDefinition("r-1", "tags", "Tags", RelationshipKind.MANY_TO_MANY, "tag", null,
                        "customer_tag", ReferentialAction.CASCADE, ReferentialAction.SET_NULL, false)),
                List.of(new IndexDefinition("i-1", "customer_name_status", List.of("name", "status"),
                        IndexMethod.BTREE, true, "status <> 'new'")));
    }

    static WorkflowDefinition fullWorkflow() {
        WorkflowAction email = new WorkflowAction("a-1", ActionKind.SEND_EMAIL, "Tell the owner",
                Map.of("to", "owner@example.com", "subject", "New order"));
        WorkflowAction webhook = new WorkflowAction("a-2", ActionKind.CALL_WEBHOOK, "Ping ERP",
                Map.of("url", "https://erp.example.com/hook", "method", "POST"));
        WorkflowState start = new WorkflowState("s-1", "draft", "Draft", "Being written", StateType.START,
                "#cccccc", "mdi-pencil", false, false, null, null, List.of(), List.of(), List.of(webhook),
                List.of("name"), 10.5, 20.0);
        WorkflowState approval = new WorkflowState("s-2", "review", "Review", null, StateType.APPROVAL, "#ffcc00",
                null, false, true, new ApprovalConfig(List.of("manager", "cfo"), 2), 48,
                List.of(new EscalationRule(24, "director", null), new EscalationRule(72, null, "s-3"),
                        new EscalationRule(8, EscalationKind.REASSIGN, "cfo", "jane", null)),
                List.of(email), List.of(), List.of(), 200, 20);
        WorkflowState end = WorkflowState.of("done", StateType.END, 400, 20);
        ConditionGroup big = new ConditionGroup(LogicalOperator.OR, List.of(
                new Condition("credit_limit", ConditionOperator.GT, 1000),
                new Condition("status", ConditionOperator.IN, List.of("new", "active")),
                new Condition("account", ConditionOperator.IS_NULL, null)));
        WorkflowTransition submit = new WorkflowTransition("t-1", "submit", "Submit", "Send for review", "s-1",
                "s-2", ConditionType.CONDITIONAL, big, List.of("sales"), List.of("jane"), List.of(email), "Submit",
                ButtonStyle.SUCCESS, 1, List.of(new Waypoint(120, 80.5), new Waypoint(150, 80.5)));
        WorkflowTransition approve = WorkflowTransition.of("approve", "s-2", end.id());
        return new WorkflowDefinition("w-1", "order_approval", "Order approval", "Approve big orders", "Sales",
                "customer", new WorkflowTrigger(TriggerType.ON_FIELD_CHANGE, big, "0 9 * * *", List.of("status")),
                List.of(start, approval, end), List.of(submit, approve));
    }

    @Test
    void entityRoundTripsWithEveryProperty() {
        EntityDefinition entity = fullEntity();
        String json = DefinitionFiles.toJson(entity);
        assertThat(json).startsWith("{\n  \"format_version\" : 1,\n  \"kind\" : \"entity\",\n  \"definition\" : {");
        assertThat(DefinitionFiles.readEntity(json)).isEqualTo(entity);
    }

    @Test
    void workflowRoundTripsWithEveryRecordType() {
        WorkflowDefinition workflow = fullWorkflow();
        String json = DefinitionFiles.toJson(workflow);
        assertThat(DefinitionFiles.kindOf(json)).isEqualTo(DefinitionKind.WORKFLOW);
        assertThat(DefinitionFiles.readWorkflow(json)).isEqualTo(workflow);
    }

    @Test
    void transitionOfAnOlderFileWithoutWaypointsReadsAsAStraightLine() throws Exception {
        WorkflowTransition straight = JsonCodec.mapper().readValue(
                "{\"id\":\"t-9\",\"from_state_id\":\"a\",\"to_state_id\":\"b\",\"display_order\":0}",
                WorkflowTransition.class);
        assertThat(straight.waypoints()).isEmpty();
        assertThat(JsonCodec.mapper().writeValueAsString(straight)).doesNotContain("waypoints");
        assertThat(DefinitionFiles.toJson(fullWorkflow())).contains("\"waypoints\" : [ {");
    }

    @Test
    void waypointWithoutACoordinateIsRefused() {
        assertThatThrownBy(() -> JsonCodec.mapper().readValue(
                "{\"id\":\"t-9\",\"display_order\":0,\"waypoints\":[{\"x\":1}]}", WorkflowTransition.class))
                .hasMessageContaining("y");
    }

    @Test
    void escalationRuleOfAnOlderFileGetsItsKindFromItsTarget() throws Exception {
        var mapper = JsonCodec.mapper();
        assertThat(mapper.readValue("{\"after_hours\":72,\"move_to_state_id\":\"s-3\"}", EscalationRule.class)
                .kind()).isEqualTo(EscalationKind.MOVE_TO_STATE);
        assertThat(mapper.readValue("{\"after_hours\":1,\"notify_role\":\"boss\"}", EscalationRule.class)
                .kind()).isEqualTo(EscalationKind.NOTIFY);
    }

    @Test
    void rewritingAReadDefinitionGivesTheSameText() {
        // settings maps have no iteration order of their own; the file must not depend on it
        String first = DefinitionFiles.toJson(fullWorkflow());
        assertThat(DefinitionFiles.toJson(DefinitionFiles.readWorkflow(first))).isEqualTo(first);
        assertThat(first).contains("\"method\" : \"POST\",\n").contains("\"url\" : ");
        assertThat(first.indexOf("\"method\"")).isLessThan(first.indexOf("\"url\""));
    }

    @Test
    void decimalsKeepTheirScale() {
        assertThat(DefinitionFiles.toJson(fullEntity())).contains("\"min_value\" : 0.00,")
                .contains("\"max_value\" : 1000000.50,");
    }

    @Test
    void filesRoundTripOnDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("customer.entity.json");
        EntityDefinition entity = fullEntity();
        DefinitionFiles.write(file, entity.withLabel("First"));
        DefinitionFiles.write(file, entity); // overwrite in place
        assertThat(DefinitionFiles.readEntity(file)).isEqualTo(entity);
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void newerFormatVersionIsRefusedWithAClearMessage() {
        String json = DefinitionFiles.toJson(fullEntity()).replace("\"format_version\" : 1", "\"format_version\" : 2");
        assertThatThrownBy(() -> DefinitionFiles.readEntity(json)).isInstanceOfSatisfying(
                DefinitionFileException.class, e -> {
                    assertThat(e.path()).isEqualTo("format_version");
                    assertThat(e.getMessage()).contains("format_version 2").contains("newer")
                            .contains("reads up to 1");
                });
    }

    @Test
    void missingFormatVersionIsRefused() {
        assertThatThrownBy(() -> DefinitionFiles.readEntity("{\"kind\": \"entity\", \"definition\": {}}"))
                .isInstanceOf(DefinitionFileException.class).hasMessageContaining("format_version is missing");
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumn() {
        String json = "{\n  \"format_version\": 1,\n  \"kind\": \"entity\",\n  \"definition\": {\"id\": \"x\",,}\n}";
        assertThatThrownBy(() -> DefinitionFiles.readEntity(json)).isInstanceOfSatisfying(
                DefinitionFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isGreaterThan(20);
                    assertThat(e.getMessage()).startsWith("line 4, column ");
                });
    }

    @Test
    void wrongValueInsideTheDefinitionIsLocatedByLineAndPath() {
        String json = DefinitionFiles.toJson(fullEntity()).replace("\"type\" : \"decimal\"", "\"type\" : \"money\"");
        int expectedLine = lineOf(json, "\"money\"");
        assertThatThrownBy(() -> DefinitionFiles.readEntity(json)).isInstanceOfSatisfying(
                DefinitionFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(expectedLine);
                    assertThat(e.path()).isEqualTo("definition.fields[1].type");
                    assertThat(e.getMessage()).contains("unknown field type 'money'");
                });
    }

    @Test
    void unknownPropertyInsideTheDefinitionIsRefused() {
        String json = DefinitionFiles.toJson(fullEntity()).replace("\"label\" : \"Customer\"",
                "\"label\" : \"Customer\", \"lable\" : \"typo\"");
        assertThatThrownBy(() -> DefinitionFiles.readEntity(json)).isInstanceOfSatisfying(
                DefinitionFileException.class, e -> {
                    assertThat(e.path()).isEqualTo("definition.lable");
                    assertThat(e.getMessage()).contains("lable");
                });
    }

    @Test
    void missingRequiredIdIsNamed() {
        String json = "{\"format_version\": 1, \"kind\": \"entity\", \"definition\": {\"name\": \"customer\", "
                + "\"records_per_page\": 25}}";
        assertThatThrownBy(() -> DefinitionFiles.readEntity(json)).isInstanceOf(DefinitionFileException.class)
                .hasMessageContaining("required property 'id' is missing");
    }

    @Test
    void missingNumberIsReportedWithoutJacksonJargon() {
        String json = "{\"format_version\": 1, \"kind\": \"entity\", \"definition\": {\"id\": \"e\", "
                + "\"name\": \"customer\"}}";
        assertThatThrownBy(() -> DefinitionFiles.readEntity(json)).isInstanceOfSatisfying(
                DefinitionFileException.class, e -> {
                    assertThat(e.path()).isEqualTo("definition.records_per_page");
                    assertThat(e.getMessage()).contains("a value is required here").doesNotContain("Deserialization");
                });
    }

    @Test
    void readingTheWrongKindIsRefused() {
        String json = DefinitionFiles.toJson(fullWorkflow());
        assertThatThrownBy(() -> DefinitionFiles.readEntity(json)).isInstanceOf(DefinitionFileException.class)
                .hasMessageContaining("holds a workflow definition, not a entity");
    }

    @Test
    void unknownKindAndEnvelopePropertiesAreRefused() {
        assertThatThrownBy(() -> DefinitionFiles.kindOf(
                "{\"format_version\": 1, \"kind\": \"report\", \"definition\": {}}"))
                .hasMessageContaining("kind must be \"entity\", \"workflow\" or \"project\"");
        assertThatThrownBy(() -> DefinitionFiles.kindOf(
                "{\"format_version\": 1, \"kind\": \"entity\", \"definition\": {}, \"extra\": 1}"))
                .hasMessageContaining("unknown envelope property \"extra\"");
    }

    @Test
    void emptyOrNonObjectFilesAreRefused() {
        assertThatThrownBy(() -> DefinitionFiles.kindOf("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> DefinitionFiles.kindOf("[1, 2]")).hasMessageContaining("JSON object");
    }

    private static int lineOf(String text, String needle) {
        int index = text.indexOf(needle);
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
