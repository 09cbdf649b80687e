package io.buildify.app.projectfiles;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.workflow.WorkflowProject;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.Project;
import io.buildify.core.model.WorkflowDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Export and import against real H2 draft stores and real files. */
class ProjectFilesViewModelTest {
    @TempDir
    Path dir;

    private static final ImportConflictResolver NEVER_ASKED = (kind, name) -> {
        throw new AssertionError("asked about " + kind + " " + name);
    };

    private static EntityDefinition customer() {
        return EntityDefinition.of("customer").withFieldAdded(FieldDefinition.of("email", FieldType.EMAIL)
                .withRequired(true)).withFieldAdded(FieldDefinition.of("balance", FieldType.DECIMAL));
    }

    private static EntityDefinition invoice() {
        return EntityDefinition.of("invoice").withFieldAdded(FieldDefinition.of("total", FieldType.DECIMAL));
    }

    private record Window(DraftStore store, ProjectSession entities, WorkflowProject workflows,
                          ProjectFilesViewModel files) implements AutoCloseable {
        static Window open(Path dir) {
            DraftStore store = TestProjects.openStore(dir);
            ProjectSession entities = TestProjects.session(store);
            WorkflowProject workflows = new WorkflowProject(store.workflows());
            return new Window(store, entities, workflows, new ProjectFilesViewModel(entities, workflows));
        }

        @Override
        public void close() {
            store.close();
        }
    }

    @Test
    void exportThenImportIntoAnEmptyStoreGivesTheSameProject() {
        Path file = dir.resolve("crm.buildify.json");
        Project original;
        try (Window source = Window.open(dir.resolve("a"))) {
            source.entities().save(invoice());
            source.entities().save(customer());
            source.workflows().save(WorkflowDefinition.of("approval", "invoice"));
            assertThat(source.files().exportProject(file)).isTrue();
            assertThat(source.files().messageProperty().get()).isEqualTo(
                    "Exported 2 entities and 1 workflows to crm.buildify.json.");
            original = source.files().currentProject("crm");
        }
        try (Window target = Window.open(dir.resolve("b"))) {
            ImportReport report = target.files().importFile(file, NEVER_ASKED).orElseThrow();

            assertThat(report.added()).containsExactly("customer", "invoice", "approval");
            assertThat(target.files().currentProject("crm")).isEqualTo(original);
        }
    }

    @Test
    void exportedEntityFileImportsAsThatEntity() throws Exception {
        Path file = dir.resolve("customer.buildify.json");
        EntityDefinition customer = customer();
        try (Window source = Window.open(dir.resolve("a"))) {
            source.entities().save(customer);
            assertThat(source.files().exportEntity(customer.id(), file)).isTrue();
        }
        assertThat(Files.readString(file)).contains("\"kind\" : \"entity\"");
        try (Window target = Window.open(dir.resolve("b"))) {
            target.files().importFile(file, NEVER_ASKED).orElseThrow();
            assertThat(target.entities().find(customer.id()).map(EntityDraft::definition)).contains(customer);
        }
    }

    @Test
    void anEntityWhoseNameExistsIsReplacedRenamedOrSkippedAsTheUserChooses() throws Exception {
        Path file = dir.resolve("crm.buildify.json");
        EntityDefinition theirCustomer = customer().withLabel("Client");
        EntityDefinition theirInvoice = invoice().withLabel("Bill");
        EntityDefinition theirOrder = EntityDefinition.of("sales_order");
        try (Window other = Window.open(dir.resolve("other"))) {
            other.entities().save(theirCustomer);
            other.entities().save(theirInvoice);
            other.entities().save(theirOrder);
            other.files().exportProject(file);
        }
        try (Window mine = Window.open(dir.resolve("mine"))) {
            EntityDefinition myCustomer = customer();
            EntityDefinition myInvoice = invoice();
            mine.entities().save(myCustomer);
            mine.entities().save(myInvoice);
            mine.entities().markPublished(myCustomer.id(), 3, myCustomer);
            List<String> asked = new ArrayList<>();

            ImportReport report = mine.files().importFile(file, (kind, name) -> {
                asked.add(kind.code() + " " + name);
                return name.equals("customer") ? ImportChoice.REPLACE : ImportChoice.RENAME;
            }).orElseThrow();

            assertThat(asked).containsExactly("entity customer", "entity invoice");
            assertThat(report.replaced()).containsExactly("customer");
            assertThat(report.renamed()).containsExactly("invoice → invoice_2");
            assertThat(report.added()).containsExactly("sales_order");
            assertThat(mine.files().messageProperty().get())
                    .isEqualTo("Imported 3 definitions: 1 added, 1 replaced, 1 renamed (invoice → invoice_2).");
            // Replace keeps the draft's id and publish state, with the imported content.
            EntityDraft replaced = mine.entities().find(myCustomer.id()).orElseThrow();
            assertThat(replaced.definition().label()).isEqualTo("Client");
            assertThat(replaced.baseVersion()).isEqualTo(3);
            // Rename leaves mine alone and adds theirs as a new draft.
            assertThat(mine.entities().find(myInvoice.id()).orElseThrow().definition()).isEqualTo(myInvoice);
            EntityDefinition copy = mine.entities().list().stream().map(EntityDraft::definition)
                    .filter(d -> d.name().equals("invoice_2")).findFirst().orElseThrow();
            assertThat(copy.id()).isNotEqualTo(theirInvoice.id()).isNotEqualTo(myInvoice.id());
            assertThat(copy.fields()).isEqualTo(theirInvoice.fields());
        }
    }

    @Test
    void skipLeavesTheExistingDraftUntouched() {
        Path file = dir.resolve("customer.buildify.json");
        try (Window other = Window.open(dir.resolve("other"))) {
            EntityDefinition theirs = customer().withLabel("Client");
            other.entities().save(theirs);
            other.files().exportEntity(theirs.id(), file);
        }
        try (Window mine = Window.open(dir.resolve("mine"))) {
            EntityDefinition myCustomer = customer();
            mine.entities().save(myCustomer);

            ImportReport report = mine.files().importFile(file, (kind, name) -> ImportChoice.SKIP).orElseThrow();

            assertThat(report.skipped()).containsExactly("customer");
            assertThat(mine.entities().list()).singleElement()
                    .satisfies(draft -> assertThat(draft.definition()).isEqualTo(myCustomer));
            assertThat(mine.files().messageProperty().get()).isEqualTo("Imported 0 definitions; 1 skipped (customer).");
        }
    }

    @Test
    void brokenTruncatedAndNewerFilesAreRefusedWithTheirPlaceAndChangeNothing() throws Exception {
        Path good = dir.resolve("crm.buildify.json");
        try (Window source = Window.open(dir.resolve("a"))) {
            source.entities().save(customer());
            source.files().exportProject(good);
        }
        String json = Files.readString(good);
        Path truncated = write("truncated.buildify.json", json.substring(0, json.length() / 2));
        Path wrongType = write("wrong.buildify.json", json.replace("\"type\" : \"email\"", "\"type\" : 42"));
        Path newer = write("newer.buildify.json", json.replace("\"format_version\" : 1", "\"format_version\" : 2"));

        try (Window target = Window.open(dir.resolve("b"))) {
            target.entities().save(invoice());
            assertThat(target.files().importFile(truncated, NEVER_ASKED)).isEmpty();
            assertThat(target.files().messageProperty().get()).startsWith("Cannot import truncated.buildify.json: line ")
                    .contains("column");
            assertThat(target.files().importFile(wrongType, NEVER_ASKED)).isEmpty();
            assertThat(target.files().messageProperty().get()).contains("line ")
                    .contains("definition.entities[0].fields[0].type");
            assertThat(target.files().importFile(newer, NEVER_ASKED)).isEmpty();
            assertThat(target.files().messageProperty().get()).contains("format_version 2").contains("newer");

            assertThat(target.entities().list()).extracting(d -> d.definition().name()).containsExactly("invoice");
        }
    }

    @Test
    void aOneFieldChangeIsAOneLineChangeOfTheExport() throws Exception {
        try (Window window = Window.open(dir.resolve("a"))) {
            EntityDefinition customer = customer();
            window.entities().save(invoice());
            window.entities().save(customer);
            Path before = Files.createDirectories(dir.resolve("before")).resolve("crm.buildify.json");
            Path after = Files.createDirectories(dir.resolve("after")).resolve("crm.buildify.json");
            window.files().exportProject(before);
            window.entities().save(customer.withLabel("Client"));
            window.files().exportProject(after);

            List<String> a = Files.readAllLines(before, StandardCharsets.UTF_8);
            List<String> b = Files.readAllLines(after, StandardCharsets.UTF_8);
            assertThat(b).hasSameSizeAs(a);
            List<Integer> changed = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    changed.add(i);
                }
            }
            assertThat(changed).hasSize(1);
            assertThat(b.get(changed.get(0))).contains("\"label\" : \"Client\"");
            assertThat(ProjectFilesViewModel.read(Files.readString(after)).name()).isEqualTo("crm");
        }
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
