package io.buildify.app.projectfiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** File ▸ Open recent's list in a real data directory. */
class RecentProjectsTest {
    @TempDir
    Path dataDir;

    @Test
    void newestFirstOnceEachAtMostTenAndKeptAcrossInstances() {
        RecentProjects recent = new RecentProjects(dataDir);
        IntStream.range(0, 12).forEach(i -> recent.add(dataDir.resolve("p" + i + ".buildify.json")));
        recent.add(dataDir.resolve("sub/../p5.buildify.json")); // the same file again: moves to the top

        assertThat(new RecentProjects(dataDir).list()).hasSize(RecentProjects.MAX)
                .first().isEqualTo(dataDir.resolve("p5.buildify.json").toAbsolutePath());
        assertThat(recent.list()).doesNotHaveDuplicates().doesNotContain(dataDir.resolve("p0.buildify.json"),
                dataDir.resolve("p1.buildify.json"));

        assertThat(recent.remove(dataDir.resolve("p5.buildify.json"))).isTrue();
        assertThat(recent.remove(dataDir.resolve("p5.buildify.json"))).isFalse();
        recent.clear();
        assertThat(recent.list()).isEmpty();
    }

    @Test
    void anUnreadableListIsEmptyAndDoesNotStopTheNextAdd() throws Exception {
        Files.createDirectory(dataDir.resolve(RecentProjects.FILE_NAME)); // a folder where the file should be
        RecentProjects recent = new RecentProjects(dataDir);

        assertThat(recent.list()).isEmpty();
        recent.add(dataDir.resolve("a.buildify.json")); // logged, not thrown
        assertThat(recent.list()).isEmpty();
    }
}
