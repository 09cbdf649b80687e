package io.buildify.app.entitywizard;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.SystemField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldsViewModelTest {
    @TempDir
    Path dir;
    private DraftStore store;
    private ProjectSession project;
    private EntityDocument document;
    private FieldsViewModel viewModel;
    private FieldEditorViewModel editor;

    @BeforeEach
    void open() {
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        EntityDefinition customer = EntityDefinition.of("customer");
        project.save(customer);
        document = new EntityDocument(project, customer);
        viewModel = new FieldsViewModel(document, project);
        editor = viewModel.editor();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<FieldDefinition> storedFields() {
        return project.find(document.entityId()).orElseThrow().definition().fields();
    }

    @Test
    void addedFieldIsSavedAndSelected() {
        viewModel.addField();

        assertThat(storedFields()).extracting(FieldDefinition::name).containsExactly("field");
        assertThat(viewModel.selectedRowProperty().get().item().name()).isEqualTo("field");
        assertThat(editor.activeProperty().get()).isTrue();
        assertThat(viewModel.selectedPathProperty().get()).isEqualTo("fields[0]");
    }

    @Test
    void secondAddedFieldGetsAFreeName() {
        viewModel.addField();
        viewModel.addField();

        assertThat(storedFields()).extracting(FieldDefinition::name).containsExactly("field", "field_2");
    }

    @Test
    void renamingTheFieldUpdatesItsRowAndDerivedLabel() {
        viewModel.addField();

        editor.nameProperty().set("credit_limit");
        editor.commit();

        assertThat(viewModel.rows().get(0).item().name()).isEqualTo("credit_limit");
        assertThat(storedFields().get(0).label()).isEqualTo("Credit Limit");
    }

    @Test
    void switchingToDecimalClearsMaxLengthAndShowsPrecision() {
        viewModel.addField();
        editor.maxLengthProperty().set(80);

        editor.typeProperty().set(FieldType.DECIMAL);

        assertThat(editor.showsPrecisionProperty().get()).isTrue();
        assertThat(editor.showsMaxLengthProperty().get()).isFalse();
        assertThat(storedFields().get(0).maxLength()).isNull();
        assertThat(storedFields().get(0).type()).isEqualTo(FieldType.DECIMAL);
    }

    @Test
    void checkboxesAreSavedAtOnce() {
        viewModel.addField();

        editor.requiredProperty().set(true);
        editor.uniqueProperty().set(true);

        assertThat(storedFields().get(0).required()).isTrue();
        assertThat(storedFields().get(0).unique()).isTrue();
        assertThat(viewModel.rows().get(0).item().required()).isTrue();
    }

    @Test
    void allowedValuesAreOneValuePerLine() {
        viewModel.addField();
        editor.typeProperty().set(FieldType.SINGLE_SELECT);

        editor.allowedValuesProperty().set("new\n  active \n\nclosed\n");
        editor.commit();

        assertThat(storedFields().get(0).allowedValues()).containsExactly("new", "active", "closed");
        assertThat(editor.allowedValuesProperty().get()).isEqualTo("new\n  active \n\nclosed\n");
    }

    @Test
    void selectWithoutValuesIsAnErrorOnTheSelectedFieldsPath() {
        viewModel.addField();
        viewModel.addField();

        editor.typeProperty().set(FieldType.SINGLE_SELECT);

        assertThat(document.problemAt("fields[1].allowed_values")).isPresent();
        assertThat(viewModel.rows().get(1).problemProperty().get()).isNotEmpty();
        assertThat(viewModel.rows().get(0).problemProperty().get()).isEmpty();
    }

    @Test
    void removingSelectsTheNeighbour() {
        viewModel.addField();
        viewModel.addField();
        viewModel.select(viewModel.rows().get(0).id());

        viewModel.removeSelected();

        assertThat(storedFields()).extracting(FieldDefinition::name).containsExactly("field_2");
        assertThat(viewModel.selectedRowProperty().get().item().name()).isEqualTo("field_2");
    }

    @Test
    void systemFieldsFollowTheSoftDeleteOption() {
        assertThat(viewModel.systemFields()).extracting(SystemField::name).doesNotContain("deleted_at");

        document.editAndCommit(d -> d.withOptions(d.options().withSoftDelete(true)));

        assertThat(viewModel.systemFields()).extracting(SystemField::name)
                .containsExactly("id", "created_at", "updated_at", "created_by", "updated_by", "deleted_at");
    }

    @Test
    void lookupTargetsListTheProjectsEntities() {
        project.save(EntityDefinition.of("company"));

        assertThat(viewModel.lookupTargets()).containsExactly("company", "customer");
    }
}
