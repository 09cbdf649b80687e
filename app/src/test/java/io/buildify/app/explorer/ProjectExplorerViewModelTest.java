package io.buildify.app.explorer;

import io.buildify.app.drafts.DraftStatus;
import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.core.model.EntityDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectExplorerViewModelTest {
    @TempDir
    Path dir;
    private DraftStore store;
    private ProjectSession project;
    private ProjectExplorerViewModel explorer;

    @BeforeEach
    void open() {
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        project.save(EntityDefinition.of("customer"));
        project.save(EntityDefinition.of("invoice").withLabel("Bill"));
        explorer = new ProjectExplorerViewModel(project);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsDraftsSortedByName() {
        assertThat(explorer.visibleItems()).extracting(EntityListItem::name).containsExactly("customer", "invoice");
        assertThat(explorer.summaryProperty().get()).isEqualTo("2 entities");
    }

    @Test
    void searchMatchesLabelsToo() {
        explorer.searchTextProperty().set("BIL");

        assertThat(explorer.visibleItems()).extracting(EntityListItem::name).containsExactly("invoice");
        assertThat(explorer.summaryProperty().get()).isEqualTo("1 of 2 entities");
    }

    @Test
    void newDraftAppearsAfterASave() {
        project.save(EntityDefinition.of("address"));

        assertThat(explorer.items()).extracting(EntityListItem::name).containsExactly("address", "customer", "invoice");
    }

    @Test
    void statusFollowsPublishAndLaterEdits() {
        EntityDefinition customer = project.list().get(0).definition();
        explorer.select(customer.id());

        project.markPublished(customer.id(), 1, customer);
        assertThat(explorer.selectedProperty().get().status()).isEqualTo(DraftStatus.PUBLISHED);

        project.save(customer.withLabel("Client"));
        assertThat(explorer.selectedProperty().get().status()).isEqualTo(DraftStatus.CHANGED);
    }

    @Test
    void entitiesAreGroupedByCategoryWithUncategorisedLast() {
        project.save(EntityDefinition.of("order_line").withCategory("Sales"));
        project.save(EntityDefinition.of("audit").withCategory("Admin"));

        assertThat(explorer.visibleItems()).extracting(EntityListItem::name)
                .containsExactly("audit", "order_line", "customer", "invoice");
        assertThat(explorer.visibleItems()).extracting(explorer::startsGroup)
                .containsExactly(true, true, true, false);
        assertThat(explorer.visibleItems().get(2).category()).isEqualTo(EntityListItem.NO_CATEGORY);
    }
}
