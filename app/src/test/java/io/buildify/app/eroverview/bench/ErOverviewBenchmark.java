package io.buildify.app.eroverview.bench;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.eroverview.ErGraph;
import io.buildify.app.eroverview.ErOverviewViewModel;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How long the ER overview takes to rebuild (drafts → boxes and links → canvas model → ELK layout) for a project of
 * N entities with about 1.5 relationships each, against the baseline of only reading the drafts and computing the
 * boxes and links ({@link ErGraph#of}), in the same run. Prints medians and their ratio. Options:
 * {@code -Dbench.entities=100 -Dbench.repetitions=15 -Dbench.warmup=5}. Run from the repository root:
 * <pre>
 * ./mvnw -q -pl app -am -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/bench-cp.txt
 * java -cp "app/target/classes:app/target/test-classes:$(cat app/target/bench-cp.txt)" \
 *     io.buildify.app.eroverview.bench.ErOverviewBenchmark
 * </pre>
 */
public final class ErOverviewBenchmark {
    private ErOverviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entities = Integer.getInteger("bench.entities", 100);
        int repetitions = Integer.getInteger("bench.repetitions", 15);
        int warmup = Integer.getInteger("bench.warmup", 5);
        Path dir = Files.createTempDirectory("er-bench");
        try (DraftStore store = TestProjects.openStore(dir)) {
            ProjectSession project = TestProjects.session(store);
            Random random = new Random(42);
            for (int i = 0; i < entities; i++) {
                EntityDefinition entity = EntityDefinition.of("entity_" + i)
                        .withFieldAdded(FieldDefinition.of("name", FieldType.STRING).withRequired(true))
                        .withPrimaryField("name");
                if (i > 0) {
                    entity = entity.withRelationshipAdded(RelationshipDefinition.of("parent",
                            RelationshipKind.ONE_TO_ONE, "entity_" + random.nextInt(i)));
                }
                if (i > 1 && random.nextBoolean()) {
                    entity = entity.withRelationshipAdded(RelationshipDefinition.of("tags",
                            RelationshipKind.MANY_TO_MANY, "entity_" + random.nextInt(i)));
                }
                project.save(entity);
            }
            ErOverviewViewModel overview = new ErOverviewViewModel(project, id -> { });
            double[] baseline = new double[repetitions];
            double[] full = new double[repetitions];
            for (int r = -warmup; r < repetitions; r++) {
                long start = System.nanoTime();
                ErGraph.of(project.list());
                long graphDone = System.nanoTime();
                overview.refresh();
                long refreshDone = System.nanoTime();
                if (r >= 0) {
                    baseline[r] = (graphDone - start) / 1e6;
                    full[r] = (refreshDone - graphDone) / 1e6;
                }
            }
            double base = median(baseline);
            double rebuild = median(full);
            System.out.printf("ER overview, %d entities, %d links: baseline (read drafts + boxes/links) median %.2f ms;"
                            + " full rebuild with ELK layout median %.2f ms; ratio %.1f%n", entities,
                    overview.graphProperty().get().links().size(), base, rebuild, rebuild / base);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
