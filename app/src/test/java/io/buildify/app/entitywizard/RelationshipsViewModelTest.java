package io.buildify.app.entitywizard;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelationshipsViewModelTest {
    @TempDir
    Path dir;
    private DraftStore store;
    private ProjectSession project;
    private EntityDocument document;
    private RelationshipsViewModel viewModel;
    private RelationshipEditorViewModel editor;

    @BeforeEach
    void open() {
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        project.save(EntityDefinition.of("contact"));
        project.save(EntityDefinition.of("tag"));
        EntityDefinition company = EntityDefinition.of("company");
        project.save(company);
        document = new EntityDocument(project, company);
        viewModel = new RelationshipsViewModel(document, project);
        editor = viewModel.editor();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<RelationshipDefinition> stored() {
        return project.find(document.entityId()).orElseThrow().definition().relationships();
    }

    @Test
    void addedRelationshipIsOneToManyToTheFirstOtherEntityNamedAfterIt() {
        viewModel.addRelationship();

        assertThat(stored()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RelationshipKind.ONE_TO_MANY);
            assertThat(r.targetEntity()).isEqualTo("contact");
            assertThat(r.name()).isEqualTo("contacts");
        });
        assertThat(viewModel.selectedPathProperty().get()).isEqualTo("relationships[0]");
        assertThat(editor.derivedNameProperty().get()).isEqualTo("company_id");
        assertThat(editor.explanationProperty().get()).contains("company_id on table contact");
    }

    @Test
    void nameFollowsTheTargetAndKindUntilEdited() {
        viewModel.addRelationship();

        editor.targetProperty().set("tag");
        assertThat(stored().get(0).name()).isEqualTo("tags");
        editor.kindProperty().set(RelationshipKind.ONE_TO_ONE);
        assertThat(stored().get(0).name()).isEqualTo("tag");

        editor.nameProperty().set("main_tag");
        editor.commit();
        editor.targetProperty().set("contact");
        assertThat(stored().get(0).name()).isEqualTo("main_tag");
    }

    @Test
    void manyToManyDerivesTheJunctionTable() {
        viewModel.addRelationship();
        editor.targetProperty().set("tag");

        editor.kindProperty().set(RelationshipKind.MANY_TO_MANY);

        assertThat(editor.manyToManyProperty().get()).isTrue();
        assertThat(editor.derivedNameProperty().get()).isEqualTo("company_tags");
    }

    @Test
    void setNullOnARequiredRelationshipIsAnErrorOnItsPath() {
        viewModel.addRelationship();
        editor.requiredProperty().set(true);

        editor.onDeleteProperty().set(ReferentialAction.SET_NULL);

        assertThat(document.problemAt("relationships[0].on_delete")).get()
                .satisfies(p -> assertThat(p.message()).contains("SET NULL"));
        assertThat(viewModel.rows().get(0).problemProperty().get()).contains("SET NULL");
    }

    @Test
    void targetMissingFromTheProjectIsAnError() {
        viewModel.addRelationship();

        editor.targetProperty().set("invoice");

        assertThat(document.problemAt("relationships[0].target_entity")).get()
                .satisfies(p -> assertThat(p.message()).isEqualTo("there is no entity named 'invoice' in this project"));
    }

    @Test
    void invalidRelationshipNameIsReported() {
        viewModel.addRelationship();

        editor.nameProperty().set("Bad Name");

        assertThat(document.problemAt("relationships[0].name")).isPresent();
    }

    @Test
    void diagramShowsOwnAndIncomingLinks() {
        EntityDefinition contact = project.list().stream().map(d -> d.definition())
                .filter(d -> d.name().equals("contact")).findFirst().orElseThrow();
        project.save(contact.withRelationshipAdded(
                RelationshipDefinition.of("employer", RelationshipKind.ONE_TO_ONE, "company")));

        viewModel.addRelationship();

        assertThat(viewModel.links()).containsExactly(
                new DiagramLink("company", "contact", RelationshipKind.ONE_TO_MANY, "contacts", true),
                new DiagramLink("contact", "company", RelationshipKind.ONE_TO_ONE, "employer", false));
    }

    @Test
    void removeUndoAndRedoKeepTheListInStep() {
        viewModel.addRelationship();
        viewModel.removeSelected();
        assertThat(viewModel.rows()).isEmpty();

        document.undo();
        assertThat(viewModel.rows()).hasSize(1);
        document.redo();
        assertThat(viewModel.rows()).isEmpty();
    }

    @Test
    void pluralsOfCommonEndings() {
        assertThat(RelationshipEditorViewModel.pluralOf("address")).isEqualTo("addresses");
        assertThat(RelationshipEditorViewModel.pluralOf("category")).isEqualTo("categories");
        assertThat(RelationshipEditorViewModel.pluralOf("day")).isEqualTo("days");
        assertThat(RelationshipEditorViewModel.pluralOf("tag")).isEqualTo("tags");
    }

    @Test
    void aTargetThatIsNotPublishedYetIsAPublishOrderWarningNotAnError() {
        viewModel.addRelationship(); // to contact, a draft

        assertThat(document.problemAt("relationships[0].target_entity")).hasValueSatisfying(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("'contact' is not published yet").contains("publish it first");
        });

        EntityDefinition contact = project.list().stream().map(d -> d.definition())
                .filter(d -> d.name().equals("contact")).findFirst().orElseThrow();
        project.markPublished(contact.id(), 1, contact);
        document.edit(d -> d.withLabel("Firm")); // revalidates

        assertThat(document.problemAt("relationships[0].target_entity")).isEmpty();
    }

    @Test
    void aLookupToAnUnpublishedEntityWarnsToo() {
        document.editAndCommit(d -> d.withFieldAdded(io.buildify.core.model.FieldDefinition.of("main_tag",
                io.buildify.core.model.FieldType.LOOKUP).withLookupEntity("tag")));

        assertThat(document.problemAt("fields[0].lookup_entity")).hasValueSatisfying(p ->
                assertThat(p.message()).contains("'tag' is not published yet"));
        assertThat(document.hasErrors()).isFalse();
    }
}
