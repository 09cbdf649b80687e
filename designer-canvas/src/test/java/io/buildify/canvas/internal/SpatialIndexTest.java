package io.buildify.canvas.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The culling index answers exactly like a scan of all boxes, once per item, also after moves and removals. */
class SpatialIndexTest {
    private record Box(String name, double minX, double minY, double maxX, double maxY) {
        boolean meets(double qMinX, double qMinY, double qMaxX, double qMaxY) {
            return minX <= qMaxX && maxX >= qMinX && minY <= qMaxY && maxY >= qMinY;
        }
    }

    @Test
    void queriesMatchALinearScanForRandomBoxesMovesAndRemovals() {
        Random random = new Random(3);
        SpatialIndex<String> index = new SpatialIndex<>(100);
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boxes.add(randomBox("b" + i, random));
            Box box = boxes.get(i);
            index.put(box.name(), box.minX(), box.minY(), box.maxX(), box.maxY());
        }
        for (int i = 0; i < 100; i++) {
            Box moved = randomBox("b" + i, random);
            boxes.set(i, moved);
            index.put(moved.name(), moved.minX(), moved.minY(), moved.maxX(), moved.maxY());
        }
        for (int i = 390; i < 400; i++) {
            index.remove("b" + i);
        }
        List<Box> live = boxes.subList(0, 390);
        assertThat(index.size()).isEqualTo(390);

        for (int q = 0; q < 200; q++) {
            double x = random.nextDouble() * 4000 - 2000;
            double y = random.nextDouble() * 4000 - 2000;
            double size = random.nextInt(4) == 0 ? 20_000 : random.nextDouble() * 600;
            List<String> found = new ArrayList<>();
            index.query(x, y, x + size, y + size, found::add);
            List<String> expected = live.stream().filter(b -> b.meets(x, y, x + size, y + size)).map(Box::name).toList();
            assertThat(found).as("query %d", q).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void anItemSpanningManyCellsIsReportedOnce() {
        SpatialIndex<String> index = new SpatialIndex<>(10);
        index.put("wide", -55, -5, 95, 25);
        for (int i = 0; i < 500; i++) {
            index.put("far" + i, 10_000 + i, 0, 10_005 + i, 5); // enough items that the query walks cells
        }
        List<String> found = new ArrayList<>();
        index.query(-100, -100, 100, 100, found::add);
        assertThat(found).containsExactly("wide");
    }

    @Test
    void rejectsANonPositiveCellSize() {
        assertThatThrownBy(() -> new SpatialIndex<String>(0)).hasMessageContaining("cell size must be positive");
    }

    private static Box randomBox(String name, Random random) {
        double x = random.nextDouble() * 3000 - 1500;
        double y = random.nextDouble() * 3000 - 1500;
        return new Box(name, x, y, x + 20 + random.nextDouble() * 300, y + 20 + random.nextDouble() * 300);
    }
}
