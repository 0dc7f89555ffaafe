package org.resetlens.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the bundled sample capture ({@code assets/}) beside the jar or in the working directory. */
public final class SampleCapture {
    public static final String NAME = "sample-smb-request-timeout.pcap";

    private SampleCapture() { }

    public static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("assets", NAME));
        jarDirectory().ifPresent(dir -> {
            candidates.add(dir.resolve("assets").resolve(NAME));
            if (dir.getParent() != null) candidates.add(dir.getParent().resolve("assets").resolve(NAME));
        });
        return candidates.stream().filter(Files::isReadable).findFirst().map(p -> p.toAbsolutePath().normalize());
    }

    private static Optional<Path> jarDirectory() {
        try {
            var src = SampleCapture.class.getProtectionDomain().getCodeSource();
            if (src == null) return Optional.empty();
            Path p = Path.of(src.getLocation().toURI());
            return Optional.ofNullable(Files.isDirectory(p) ? p : p.getParent());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
