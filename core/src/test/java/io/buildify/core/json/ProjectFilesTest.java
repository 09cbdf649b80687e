package io.buildify.core.json;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectFilesTest {

    /** One fixed project (the fixtures mint fresh ids on each call). */
    private static final Project CRM = new Project("crm", List.of(
            EntityDefinition.of("sales_order").withFieldAdded(FieldDefinition.of("total", FieldType.CURRENCY)),
            DefinitionFilesTest.fullEntity()), List.of(DefinitionFilesTest.fullWorkflow()));

    private static Project crm() {
        return CRM;
    }

    @Test
    void projectRoundTripsThroughAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("crm.buildify.json");

        DefinitionFiles.write(file, crm());

        assertThat(DefinitionFiles.readProject(file)).isEqualTo(crm().canonical());
    }

    @Test
    void definitionsAreWrittenSortedByNameWhateverTheirOrder() {
        Project reversed = new Project("crm", List.of(crm().entities().get(1), crm().entities().get(0)),
                crm().workflows());

        assertThat(DefinitionFiles.toJson(reversed)).isEqualTo(DefinitionFiles.toJson(crm()));
        assertThat(DefinitionFiles.readProject(DefinitionFiles.toJson(crm())).entities())
                .extracting(EntityDefinition::name).containsExactly("customer", "sales_order");
    }

    @Test
    void oneFieldChangeIsOneHunkOfOneLine() {
        Project before = crm();
        EntityDefinition customer = before.entities().get(1);
        FieldDefinition name = customer.fieldNamed("name").orElseThrow();
        Project after = new Project("crm", List.of(before.entities().get(0),
                customer.withFieldReplaced(name.withLabel("Full name"))), before.workflows());

        List<String> a = DefinitionFiles.toJson(before).lines().toList();
        List<String> b = DefinitionFiles.toJson(after).lines().toList();

        assertThat(changedRegion(a, b)).containsExactly("    \"label\" : \"Full name\",".strip());
    }

    @Test
    void projectFileIsNotReadAsAnEntity() {
        assertThatThrownBy(() -> DefinitionFiles.readEntity(DefinitionFiles.toJson(crm())))
                .isInstanceOf(DefinitionFileException.class)
                .hasMessageContaining("holds a project definition, not a entity");
    }

    @Test
    void truncatedProjectFileIsRefusedWithItsLine() {
        String json = DefinitionFiles.toJson(crm());
        String truncated = json.substring(0, json.length() / 2);

        assertThatThrownBy(() -> DefinitionFiles.readProject(truncated))
                .isInstanceOf(DefinitionFileException.class)
                .satisfies(e -> assertThat(((DefinitionFileException) e).line()).isPositive());
    }

    /**
     * The lines of {@code b} between the longest common prefix and suffix of the two files: when that is all that
     * differs, {@code diff} shows exactly one hunk.
     */
    private static List<String> changedRegion(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < Math.min(a.size(), b.size()) && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < Math.min(a.size(), b.size()) - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        assertThat(a.size() - prefix - suffix).as("lines removed").isEqualTo(1);
        return b.subList(prefix, b.size() - suffix).stream().map(String::strip).toList();
    }
}
