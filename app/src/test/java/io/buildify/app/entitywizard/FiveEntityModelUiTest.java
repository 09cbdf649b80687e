package io.buildify.app.entitywizard;

import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.explorer.EntityListItem;
import io.buildify.app.ui.OfflineWindowTest;
import io.buildify.app.ui.Screenshots;
import io.buildify.app.ui.SqlText;
import io.buildify.core.migration.MigrationPlanner;
import io.buildify.core.migration.KnownEntities;
import io.buildify.core.migration.PlanOptions;
import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.RelationshipKind;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A five-entity model with one relationship of each kind, designed only through the UI (company 1:N contact,
 * contact 1:1 profile, project N:M tag, plus a field and an index), whose preview for every entity shows exactly
 * what the migration planner makes of the stored draft. Also writes the user guide's screenshots of steps 2–5.
 */
class FiveEntityModelUiTest extends OfflineWindowTest {
    private static final List<String> ENTITIES = List.of("company", "contact", "profile", "project", "tag");

    @Test
    void everyEntitysPreviewIsThePlannersSql() {
        for (String name : ENTITIES) {
            robot.clickOn("#newEntityButton");
            robot.replaceText("#entityName", name).type(KeyCode.ENTER);
            if (name.equals("company")) {
                robot.replaceText("#entityCategory", "CRM").type(KeyCode.ENTER);
            }
            robot.clickOn("#nextButton");
            robot.clickOn("#addFieldButton");
            robot.replaceText("#fieldName", "title").type(KeyCode.ENTER);
            robot.clickOn("#fieldRequired");
        }
        robot.clickOn("#fieldTemplateButton").clickOn("#templateNOTES"); // on tag
        Screenshots.write(window.scene(), "wizard-fields.png");

        relate("company", RelationshipKind.ONE_TO_MANY, "contact", "contacts");
        relate("project", RelationshipKind.MANY_TO_MANY, "tag", "tags");
        relate("contact", RelationshipKind.ONE_TO_ONE, "profile", "profile");
        robot.choose("#relationshipOnDelete", "CASCADE");
        Screenshots.write(window.scene(), "wizard-relationships.png");

        robot.clickOn("#nextButton");
        robot.clickOn("#addIndexButton");
        robot.clickListItem("#indexAvailableColumns", "profile_id").clickOn("#indexAddColumn");
        robot.replaceText("#indexWhere", "profile_id IS NOT NULL").type(KeyCode.ENTER);
        Screenshots.write(window.scene(), "wizard-indexes.png");

        for (String name : ENTITIES) {
            open(name);
            robot.clickOn("#showPublishButton");
            WaitForAsyncUtils.waitForFxEvents();
            assertPreviewIsThePlanners(name);
            if (name.equals("contact")) {
                Screenshots.write(window.scene(), "wizard-preview.png");
            }
        }
    }

    private static void relate(String source, RelationshipKind kind, String target, String expectedName) {
        open(source);
        robot.clickOn("#step" + WizardStep.RELATIONSHIPS.name());
        robot.clickOn("#addRelationshipButton");
        robot.choose("#relationshipKind", RelationshipEditorView.kindText(kind));
        robot.choose("#relationshipTarget", target);
        assertThat(definition(source).relationships()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(kind);
            assertThat(r.targetEntity()).isEqualTo(target);
            assertThat(r.name()).isEqualTo(expectedName);
        });
        assertThat(robot.nextDisabled()).isFalse();
    }

    private static void open(String entity) {
        robot.clickListItem("#entityList", item -> ((EntityListItem) item).name().equals(entity), entity);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().wizardProperty().get().document().definition().name()).isEqualTo(entity);
    }

    private static EntityDefinition definition(String name) {
        return window.project().list().stream().map(EntityDraft::definition).filter(d -> d.name().equals(name))
                .findFirst().orElseThrow();
    }

    /**
     * The preview must be exactly what the planner makes of the stored draft, planned against the other drafts;
     * company's one-to-many adds its key column to contact's table.
     */
    private static void assertPreviewIsThePlanners(String name) {
        EntityDefinition stored = definition(name);
        MigrationPlanner planner = new MigrationPlanner(KnownEntities.of(window.project().list().stream()
                .map(EntityDraft::definition).toList()), PlanOptions.defaults());
        String shownSql = robot.lookup("#upSql").queryAs(SqlText.class).getSql();
        String note = robot.lookup("#previewNote").queryLabeled().getText();
        String expected = planner.plan(null, stored, DefinitionVersion.NONE).upSql();
        assertThat(shownSql).as(name).isEqualTo(expected).contains("CREATE TABLE \"" + name + "\"");
        assertThat(note).as(name).isEmpty();
        if (name.equals("company")) {
            assertThat(shownSql).contains("ALTER TABLE \"contact\" ADD COLUMN \"company_id\" UUID;\n"
                    + "ALTER TABLE \"contact\" ADD CONSTRAINT \"company_contacts_fkey\" FOREIGN KEY (\"company_id\")"
                    + " REFERENCES \"company\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION;\n"
                    + "CREATE INDEX \"company_contacts_idx\" ON \"contact\" USING btree (\"company_id\");");
        }
    }
}
