package io.buildify.app.entitywizard;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.IndexMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexesViewModelTest {
    @TempDir
    Path dir;
    private DraftStore store;
    private ProjectSession project;
    private EntityDocument document;
    private IndexesViewModel viewModel;
    private IndexEditorViewModel editor;

    @BeforeEach
    void open() {
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        EntityDefinition customer = EntityDefinition.of("customer")
                .withFieldAdded(FieldDefinition.of("last_name", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("city", FieldType.STRING));
        project.save(customer);
        document = new EntityDocument(project, customer);
        viewModel = new IndexesViewModel(document);
        editor = viewModel.editor();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IndexDefinition stored() {
        return project.find(document.entityId()).orElseThrow().definition().indexes().get(0);
    }

    @Test
    void addedIndexCoversTheFirstFieldAndIsNamedAfterIt() {
        viewModel.addIndex();

        assertThat(stored().columns()).containsExactly("last_name");
        assertThat(stored().name()).isEqualTo("customer_last_name_idx");
        assertThat(editor.availableColumns()).startsWith("id", "created_at").contains("city")
                .doesNotContain("last_name");
    }

    @Test
    void columnsAreAddedAndReorderedAndTheNameFollows() {
        viewModel.addIndex();

        editor.addColumn("city");
        editor.moveColumn(1, -1);

        assertThat(stored().columns()).containsExactly("city", "last_name");
        assertThat(stored().name()).isEqualTo("customer_city_last_name_idx");
        assertThat(editor.columns()).containsExactly("city", "last_name");
    }

    @Test
    void editedNameNoLongerFollowsTheColumns() {
        viewModel.addIndex();
        editor.nameProperty().set("by_name");
        editor.commit();

        editor.addColumn("city");

        assertThat(stored().name()).isEqualTo("by_name");
    }

    @Test
    void removingTheLastColumnShowsTheProblem() {
        viewModel.addIndex();

        editor.removeColumn(0);

        assertThat(document.problemAt("indexes[0].columns")).get()
                .satisfies(p -> assertThat(p.message()).isEqualTo("an index needs at least one column"));
        assertThat(viewModel.rows().get(0).problemProperty().get()).isNotEmpty();
    }

    @Test
    void uniqueHashIndexIsRefused() {
        viewModel.addIndex();
        editor.methodProperty().set(IndexMethod.HASH);

        editor.uniqueProperty().set(true);

        assertThat(document.problemAt("indexes[0].unique")).isPresent();
    }

    @Test
    void whereClauseIsCheckedLive() {
        viewModel.addIndex();

        editor.whereProperty().set("city = 'Paris'; DROP TABLE customer");

        assertThat(document.problemAt("indexes[0].where")).get()
                .satisfies(p -> assertThat(p.message()).contains("';'"));
        editor.whereProperty().set("city IS NOT NULL");
        editor.commit();
        assertThat(document.problemAt("indexes[0].where")).isEmpty();
        assertThat(stored().where()).isEqualTo("city IS NOT NULL");
    }

    @Test
    void whereNamingAColumnTheTableLacksIsShownLive() {
        viewModel.addIndex();

        editor.whereProperty().set("status = 'open'");

        assertThat(document.problemAt("indexes[0].where")).get().satisfies(p -> assertThat(p.message())
                .isEqualTo("the WHERE clause names 'status', which is not a column of this table"));
        editor.whereProperty().set("city::character varying <> '' AND deleted_at IS NULL");
        assertThat(document.problemAt("indexes[0].where")).get()
                .satisfies(p -> assertThat(p.message()).contains("'deleted_at'"));
        editor.whereProperty().set("city::character varying <> ''");
        assertThat(document.problemAt("indexes[0].where")).isEmpty();
    }

    @Test
    void secondIndexGetsAFreeName() {
        viewModel.addIndex();
        viewModel.addIndex();

        List<String> names = project.find(document.entityId()).orElseThrow().definition().indexes().stream()
                .map(IndexDefinition::name).toList();
        assertThat(names).containsExactly("customer_last_name_idx", "customer_last_name_idx_2");
    }
}
