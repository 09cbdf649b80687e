package io.buildify.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.Names;
import io.buildify.core.model.Project;
import io.buildify.core.model.WorkflowDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/schema/buildify-file-v1.schema.json} true: it is generated from the model records, must equal
 * the committed file, and the files we write must validate against it. Regenerate after a model change with
 * {@code ./mvnw -pl core test -Dtest=ProjectFileSchemaTest -Dbuildify.updateSchema=true}.
 */
class ProjectFileSchemaTest {
    private static final Path COMMITTED = Path.of("..", "docs", "schema", "buildify-file-v1.schema.json");

    @Test
    void committedSchemaMatchesTheModel() throws IOException {
        String generated = JsonCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema()) + "\n";
        if (Boolean.getBoolean("buildify.updateSchema")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs schema is stale; regenerate it (see class comment)").isEqualTo(generated);
    }

    @Test
    void writtenProjectFileValidatesAgainstTheSchema() throws IOException {
        Project project = new Project("crm", List.of(DefinitionFilesTest.fullEntity()),
                List.of(DefinitionFilesTest.fullWorkflow()));

        assertThat(validate(DefinitionFiles.toJson(project))).isEmpty();
        assertThat(validate(DefinitionFiles.toJson(DefinitionFilesTest.fullEntity()))).isEmpty();
        assertThat(validate(DefinitionFiles.toJson(DefinitionFilesTest.fullWorkflow()))).isEmpty();
    }

    @Test
    void schemaRejectsAnUnknownProperty() throws IOException {
        String json = DefinitionFiles.toJson(DefinitionFilesTest.fullEntity())
                .replaceFirst("\"label\" :", "\"lable\" :");

        assertThat(validate(json)).isNotEmpty();
    }

    @Test
    void schemaRejectsAFieldOfUnknownType() throws IOException {
        String json = DefinitionFiles.toJson(DefinitionFilesTest.fullEntity())
                .replaceFirst("\"type\" : \"string\"", "\"type\" : \"strng\"");

        assertThat(validate(json)).isNotEmpty();
    }

    private static Set<ValidationMessage> validate(String json) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        return schema.validate(JsonCodec.mapper().readTree(json));
    }

    /** The envelope of DefinitionFiles, with the definition one of the three kinds. */
    private static ObjectNode schema() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(JsonCodec.mapper(),
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.NULLABLE_FIELDS_BY_DEFAULT,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        // the shared mapper writes snake_case names
        config.forFields().withPropertyNameOverrideResolver(field -> Names.snakeCaseOf(
                field.getDeclaredName().replaceAll("([A-Z])", "_$1")));
        // the codec refuses absent numbers and booleans (FAIL_ON_NULL_FOR_PRIMITIVES)
        config.forFields().withRequiredCheck(field -> field.getType().getErasedType().isPrimitive());
        SchemaGenerator generator = new SchemaGenerator(config.build());

        ObjectNode root = JsonCodec.mapper().createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "Buildify Designer definition file, format_version " + DefinitionFiles.FORMAT_VERSION);
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        properties.putObject("format_version").put("type", "integer").put("const", DefinitionFiles.FORMAT_VERSION);
        properties.putObject("kind").putArray("enum").add("entity").add("workflow").add("project");
        properties.putObject("definition").put("type", "object");
        root.putArray("required").add("format_version").add("kind").add("definition");
        root.put("additionalProperties", false);
        ObjectNode defs = root.putObject("$defs");
        root.putArray("allOf")
                .add(kindRule("entity", EntityDefinition.class, generator, defs))
                .add(kindRule("workflow", WorkflowDefinition.class, generator, defs))
                .add(kindRule("project", Project.class, generator, defs));
        return root;
    }

    /** if kind == code then definition must match the type's schema. */
    private static JsonNode kindRule(String code, Class<?> type, SchemaGenerator generator, ObjectNode defs) {
        ObjectNode typeSchema = generator.generateSchema(type);
        JsonNode typeDefs = typeSchema.remove("$defs");
        if (typeDefs != null) {
            typeDefs.fields().forEachRemaining(e -> defs.set(e.getKey(), e.getValue()));
        }
        defs.set(type.getSimpleName(), typeSchema);
        ObjectNode rule = JsonCodec.mapper().createObjectNode();
        rule.putObject("if").putObject("properties").putObject("kind").put("const", code);
        rule.putObject("then").putObject("properties").putObject("definition")
                .put("$ref", "#/$defs/" + type.getSimpleName());
        return rule;
    }
}
