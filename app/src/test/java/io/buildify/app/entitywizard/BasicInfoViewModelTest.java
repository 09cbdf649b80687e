package io.buildify.app.entitywizard;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.EntityType;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BasicInfoViewModelTest {
    @TempDir
    Path dir;
    private DraftStore store;
    private ProjectSession project;
    private BasicInfoViewModel viewModel;

    @BeforeEach
    void open() {
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        EntityDefinition draft = EntityDefinition.of("new_entity");
        project.save(draft);
        viewModel = new BasicInfoViewModel(new EntityDocument(project, draft));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private EntityDefinition stored() {
        return project.find(viewModel.document().entityId()).orElseThrow().definition();
    }

    @Test
    void renamingDerivesTableNameLabelAndPluralLabel() {
        viewModel.nameProperty().set("credit_note");

        assertThat(viewModel.tableNameProperty().get()).isEqualTo("credit_note");
        assertThat(viewModel.labelProperty().get()).isEqualTo("Credit Note");
        assertThat(viewModel.pluralLabelProperty().get()).isEqualTo("Credit Notes");
    }

    @Test
    void editedTableNameNoLongerFollowsTheName() {
        viewModel.tableNameProperty().set("crm_customers");
        viewModel.nameProperty().set("customer");

        assertThat(viewModel.tableNameProperty().get()).isEqualTo("crm_customers");
        assertThat(viewModel.labelProperty().get()).isEqualTo("Customer");
    }

    @Test
    void typedNameIsSavedOnCommitOnly() {
        viewModel.nameProperty().set("customer");
        assertThat(stored().name()).isEqualTo("new_entity");

        viewModel.commit();

        assertThat(stored().name()).isEqualTo("customer");
        assertThat(stored().tableName()).isEqualTo("customer");
    }

    @Test
    void optionCheckboxIsSavedAtOnce() {
        viewModel.softDeleteProperty().set(true);

        assertThat(stored().options().softDelete()).isTrue();
        assertThat(stored().options().audited()).isTrue();
    }

    @Test
    void entityTypeAndRecordsPerPageAreSavedAtOnce() {
        viewModel.entityTypeProperty().set(EntityType.SYSTEM);
        viewModel.recordsPerPageProperty().set(50);

        assertThat(stored().entityType()).isEqualTo(EntityType.SYSTEM);
        assertThat(stored().recordsPerPage()).isEqualTo(50);
    }

    @Test
    void undoReloadsTheProperties() {
        viewModel.nameProperty().set("customer");
        viewModel.commit();

        viewModel.document().undo();

        assertThat(viewModel.nameProperty().get()).isEqualTo("new_entity");
        assertThat(viewModel.tableNameProperty().get()).isEqualTo("new_entity");
    }

    @Test
    void primaryFieldAndDefaultSortChooseAmongTheFieldsAndSaveAtOnce() {
        viewModel.document().editAndCommit(d -> d.withFieldAdded(FieldDefinition.of("title", FieldType.STRING)));

        assertThat(viewModel.primaryFieldChoices()).containsExactly(BasicInfoViewModel.NONE, "title");
        assertThat(viewModel.sortFieldChoices()).startsWith(BasicInfoViewModel.NONE, "id", "created_at")
                .endsWith("title");
        viewModel.primaryFieldProperty().set("title");
        viewModel.sortFieldProperty().set("title");
        viewModel.sortOrderProperty().set(SortOrder.DESC);
        viewModel.iconProperty().set("mdi2t-tag");

        assertThat(stored().primaryField()).isEqualTo("title");
        assertThat(stored().defaultSortField()).isEqualTo("title");
        assertThat(stored().defaultSortOrder()).isEqualTo(SortOrder.DESC);
        assertThat(stored().icon()).isEqualTo("mdi2t-tag");
    }

    @Test
    void removingThePrimaryFieldShowsTheProblemOnBasicInfo() {
        FieldDefinition title = FieldDefinition.of("title", FieldType.STRING);
        viewModel.document().editAndCommit(d -> d.withFieldAdded(title));
        viewModel.primaryFieldProperty().set("title");

        viewModel.document().editAndCommit(d -> d.withFieldRemoved(title.id()));

        assertThat(viewModel.document().problemAt("primary_field")).isPresent();
        assertThat(WizardStep.BASIC_INFO.owns("primary_field")).isTrue();
    }

    @Test
    void noneClearsThePrimaryFieldAndTheDefaultSort() {
        viewModel.document().editAndCommit(d -> d.withFieldAdded(FieldDefinition.of("title", FieldType.STRING)));
        viewModel.primaryFieldProperty().set("title");
        viewModel.sortFieldProperty().set("title");

        viewModel.primaryFieldProperty().set(BasicInfoViewModel.NONE);
        viewModel.sortFieldProperty().set(BasicInfoViewModel.NONE);

        assertThat(stored().primaryField()).isNull();
        assertThat(stored().defaultSortField()).isNull();
        viewModel.document().undo();
        assertThat(viewModel.sortFieldProperty().get()).isEqualTo("title");
        assertThat(viewModel.primaryFieldProperty().get()).isEqualTo(BasicInfoViewModel.NONE);
    }
}
