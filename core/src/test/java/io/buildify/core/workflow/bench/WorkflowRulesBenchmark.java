package io.buildify.core.workflow.bench;

import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.workflow.SimulationInput;
import io.buildify.core.workflow.SimulationResult;
import io.buildify.core.workflow.WorkflowMarker;
import io.buildify.core.workflow.WorkflowSimulator;
import io.buildify.core.workflow.WorkflowValidator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The core part of issue 9's benchmark: validate a 2,000-state workflow (goal: median under 50 ms) and simulate
 * 10,000 steps, each against a baseline measured in the same run on the same graph, so the ratio says what the
 * rules and the simulator cost beyond merely walking the graph:
 * <ul>
 *     <li>validation vs. a plain BFS over an adjacency index built from the transitions (the least any
 *     reachability rule must do);</li>
 *     <li>simulation vs. a plain walk of the same number of steps over that index, taking the first edge.</li>
 * </ul>
 * A main in the test sources so {@code verify} never runs it; the command is in the README ("Useful commands").
 * Options: {@code -Dbench.states=2000 -Dbench.steps=10000 -Dbench.runs=15 -Dbench.warmup=10}.
 */
public final class WorkflowRulesBenchmark {
    private static final double VALIDATION_GOAL_MS = 50;

    private WorkflowRulesBenchmark() {
    }

    public static void main(String[] args) {
        int states = Integer.getInteger("bench.states", 2000);
        int steps = Integer.getInteger("bench.steps", 10_000);
        int runs = Integer.getInteger("bench.runs", 15);
        int warmup = Integer.getInteger("bench.warmup", 10);

        WorkflowDefinition chain = LargeWorkflows.chain(states);
        List<WorkflowMarker> markers = WorkflowValidator.validate(chain, LargeWorkflows.ENTITY);
        if (!markers.isEmpty()) {
            throw new IllegalStateException("the generated workflow should be valid, but: " + markers.get(0));
        }
        double validate = median(runs, warmup, () -> WorkflowValidator.validate(chain, LargeWorkflows.ENTITY).size());
        double bfs = median(runs, warmup, () -> plainBfs(chain));

        WorkflowDefinition loop = LargeWorkflows.loop(states);
        SimulationInput input = new SimulationInput(Map.of("amount", 500), "bench", Set.of("manager"));
        SimulationResult check = new WorkflowSimulator(loop).run(input, steps);
        if (check.pathTransitionIds().size() != steps) {
            throw new IllegalStateException("the simulation stopped early: " + check.reason() + ", "
                    + check.message());
        }
        double simulate = median(runs, warmup, () -> new WorkflowSimulator(loop).run(input, steps).steps().size());
        double walk = median(runs, warmup, () -> plainWalk(loop, steps));

        System.out.printf(Locale.ROOT, "Workflow rules benchmark: %d states, %d transitions; medians of %d runs"
                + " after %d warm-up runs%n", states, chain.transitions().size(), runs, warmup);
        System.out.printf(Locale.ROOT, "  validate       %9.3f ms   baseline plain BFS   %9.3f ms   ratio %6.1fx"
                + "   goal < %.0f ms: %s%n", validate, bfs, validate / bfs, VALIDATION_GOAL_MS,
                validate < VALIDATION_GOAL_MS ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  simulate %,d steps %9.3f ms   baseline plain walk %9.3f ms   ratio %6.1fx%n",
                steps, simulate, walk, simulate / walk);
    }

    /** Median wall time in milliseconds; the supplier's result is kept so the JIT cannot drop the work. */
    private static double median(int runs, int warmup, LongSupplier work) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += work.getAsLong();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            sink += work.getAsLong();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println("(unlikely) " + sink);
        }
        Arrays.sort(millis);
        return runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
    }

    /** Adjacency index plus BFS from the first state: the reachability work and nothing else. */
    private static long plainBfs(WorkflowDefinition workflow) {
        Map<String, List<String>> next = index(workflow);
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(workflow.states().get(0).id()));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (seen.add(id)) {
                todo.addAll(next.getOrDefault(id, List.of()));
            }
        }
        return seen.size();
    }

    /** Adjacency index plus {@code steps} hops along the first edge: a walk with no decisions. */
    private static long plainWalk(WorkflowDefinition workflow, int steps) {
        Map<String, List<String>> next = index(workflow);
        List<String> path = new ArrayList<>(steps + 1);
        String at = workflow.states().get(0).id();
        for (int i = 0; i < steps; i++) {
            path.add(at);
            at = next.get(at).get(0);
        }
        return path.size();
    }

    private static Map<String, List<String>> index(WorkflowDefinition workflow) {
        Map<String, List<String>> next = new HashMap<>();
        for (WorkflowTransition t : workflow.transitions()) {
            next.computeIfAbsent(t.fromStateId(), k -> new ArrayList<>()).add(t.toStateId());
        }
        return next;
    }
}
