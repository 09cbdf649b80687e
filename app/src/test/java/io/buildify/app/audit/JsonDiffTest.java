package io.buildify.app.audit;

import io.buildify.app.drafts.DefinitionJson;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail's field-level difference between two stored definitions. */
class JsonDiffTest {

    @Test
    void oneChangedFieldPropertyIsOneLineNamedByTheFieldsName() {
        EntityDefinition before = EntityDefinition.of("customer")
                .withFieldAdded(FieldDefinition.of("email", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("age", FieldType.INTEGER));
        FieldDefinition email = before.fields().get(0);
        EntityDefinition after = before.withFields(List.of(email.withRequired(!email.required()),
                before.fields().get(1)));

        List<FieldChange> changes = JsonDiff.between(DefinitionJson.write(before), DefinitionJson.write(after));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.path()).isEqualTo("fields[email].required");
            assertThat(change.before()).isEqualTo(Boolean.toString(email.required()));
            assertThat(change.after()).isEqualTo(Boolean.toString(!email.required()));
        });
    }

    @Test
    void reorderedFieldsAreNotReportedAsChangedButAnAddedOneIs() {
        EntityDefinition before = EntityDefinition.of("customer")
                .withFieldAdded(FieldDefinition.of("email", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("age", FieldType.INTEGER));
        EntityDefinition after = before.withFields(List.of(before.fields().get(1), before.fields().get(0)))
                .withFieldAdded(FieldDefinition.of("phone", FieldType.STRING));

        List<FieldChange> changes = JsonDiff.between(DefinitionJson.write(before), DefinitionJson.write(after));

        assertThat(changes).isNotEmpty().allSatisfy(change -> {
            assertThat(change.path()).startsWith("fields[phone]");
            assertThat(change.before()).isEqualTo(FieldChange.ABSENT);
        });
        assertThat(changes).extracting(FieldChange::path).contains("fields[phone].name");
    }

    @Test
    void aCreationListsEveryValueAsAddedAndADeletionAsRemoved() {
        String json = DefinitionJson.write(EntityDefinition.of("ticket"));
        assertThat(JsonDiff.between(null, json)).isNotEmpty()
                .allSatisfy(change -> assertThat(change.before()).isEqualTo(FieldChange.ABSENT))
                .anySatisfy(change -> assertThat(change).hasToString("name: — → \"ticket\""));
        assertThat(JsonDiff.between(json, null)).isNotEmpty()
                .allSatisfy(change -> assertThat(change.after()).isEqualTo(FieldChange.ABSENT));
        assertThat(JsonDiff.between(json, json)).isEmpty();
        assertThat(JsonDiff.between(null, null)).isEmpty();
    }

    @Test
    void brokenJsonIsRefusedNamingTheSide() {
        assertThatThrownBy(() -> JsonDiff.between("{\"name\":", "{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the before definition is not JSON");
    }

    /** Property-style: changing one random field's name leaves exactly that field's "name" leaf in the diff. */
    @Test
    void renamingOneOfManyFieldsIsExactlyOneChange() {
        Random random = new Random(Long.getLong("buildify.seed", 42L));
        int cases = Integer.getInteger("buildify.cases", 50);
        for (int c = 0; c < cases; c++) {
            EntityDefinition entity = EntityDefinition.of("e" + c);
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                entity = entity.withFieldAdded(FieldDefinition.of("f" + i, FieldType.STRING));
            }
            int pick = random.nextInt(count);
            List<FieldDefinition> fields = new java.util.ArrayList<>(entity.fields());
            fields.set(pick, fields.get(pick).withName("renamed_" + pick));
            List<FieldChange> changes = JsonDiff.between(DefinitionJson.write(entity),
                    DefinitionJson.write(entity.withFields(fields)));
            assertThat(changes).as("case %d, field %d of %d", c, pick, count).singleElement()
                    .satisfies(change -> assertThat(change).hasToString("fields[renamed_" + pick + "].name: \"f"
                            + pick + "\" → \"renamed_" + pick + "\""));
        }
    }
}
