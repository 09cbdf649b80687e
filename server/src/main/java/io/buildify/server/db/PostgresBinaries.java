package io.buildify.server.db;

import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL programs zonky unpacked under {@code binariesDir/PG-<digest>/bin}, run the way zonky runs them:
 * inside {@code unshare -U} when that works (as root, PostgreSQL refuses to run otherwise).
 */
final class PostgresBinaries {
    /**
     * Every binaries folder handed to zonky in this JVM. zonky unpacks once per JVM and reuses that first folder
     * for later clusters, whatever folder they name, so a later cluster's binaries may live in an earlier folder.
     */
    private static final Set<Path> FOLDERS_USED = new CopyOnWriteArraySet<>();

    private final Path binDir;

    private PostgresBinaries(Path binDir) {
        this.binDir = binDir;
    }

    /**
     * Finds the unpacked binaries whose major version matches the cluster's {@code PG_VERSION}, so an old unpacked
     * copy from an earlier release is never run against a newer cluster.
     */
    static PostgresBinaries forCluster(Path binariesDir, Path clusterDir) throws IOException {
        String major = Files.readString(clusterDir.resolve("PG_VERSION"), StandardCharsets.US_ASCII).strip();
        FOLDERS_USED.add(binariesDir.toAbsolutePath());
        List<Path> candidates = new ArrayList<>(unpackedIn(binariesDir));
        for (Path folder : FOLDERS_USED) {
            if (!folder.equals(binariesDir.toAbsolutePath())) {
                candidates.addAll(unpackedIn(folder));
            }
        }
        for (Path bin : candidates) {
            String version = new PostgresBinaries(bin).run(List.of("postgres", "--version"), null, 30);
            // "postgres (PostgreSQL) 17.6"
            String number = version.substring(version.lastIndexOf(' ') + 1).strip();
            if (number.equals(major) || number.startsWith(major + ".")) {
                return new PostgresBinaries(bin);
            }
        }
        throw new IOException("no unpacked PostgreSQL " + major + " binaries under " + binariesDir
                + " for the cluster in " + clusterDir);
    }

    /** Remembers a folder zonky unpacks into, before it does, so {@link #forCluster} can look there later. */
    static void register(Path binariesDir) {
        FOLDERS_USED.add(binariesDir.toAbsolutePath());
    }

    private static List<Path> unpackedIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(folder)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("PG-"))
                    .filter(d -> Files.exists(d.resolve(".exists")))
                    .map(d -> d.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve(executable("postgres"))))
                    .toList();
        }
    }

    private static String executable(String program) {
        return System.getProperty("os.name", "").startsWith("Windows") ? program + ".exe" : program;
    }

    /**
     * Runs one of the programs and returns its output. {@code stdin} (may be null) is written to the process and
     * never placed on its command line. Fails with the output when the exit code is not 0.
     */
    String run(List<String> programAndArgs, String stdin, int timeoutSeconds) throws IOException {
        Objects.requireNonNull(programAndArgs, "programAndArgs");
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(binDir.resolve(executable(programAndArgs.get(0))).toString());
        command.addAll(programAndArgs.subList(1, programAndArgs.size()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(programAndArgs.get(0) + " did not finish within " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(programAndArgs.get(0) + " failed with exit code " + process.exitValue()
                        + ": " + output.strip());
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running " + programAndArgs.get(0), e);
        }
    }
}
