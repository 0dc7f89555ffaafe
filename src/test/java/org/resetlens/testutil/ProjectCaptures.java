package org.resetlens.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The captures committed with the project's tests (real scenario captures generated for it). */
public final class ProjectCaptures {
    private ProjectCaptures() { }

    /** Every committed scenario capture (src/test/resources/scenarios, all versions), sorted by path. */
    public static List<Path> scenarios() {
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".pcap")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
