package org.resetlens.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared} (corpus, scenarios, conformance) beside the project; tests skip without it. */
public final class Shared {
    private Shared() { }

    public static Optional<Path> dir() {
        String prop = System.getProperty("resetlens.shared");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "shared");
        return Files.isDirectory(p.resolve("corpus")) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
    }

    /** The shared directory, or skips the calling test when it is absent. */
    public static Path require() {
        Optional<Path> d = dir();
        Assumptions.assumeTrue(d.isPresent(), "../shared is not present");
        return d.get();
    }

    /** One row of corpus/MANIFEST.tsv. */
    public record CorpusEntry(Path path, String file, String linkType, String format, int packets, int rstPackets) {
        /** True when tshark 4.0.17 reads the file (pcap or pcapng, not the .ntar or NetMon file). */
        public boolean tsharkReads() {
            return format.equals("pcap") || format.equals("nsecpcap") || format.equals("pcapng");
        }
    }

    public static List<CorpusEntry> corpus() {
        Path shared = require();
        List<CorpusEntry> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(shared.resolve("corpus/MANIFEST.tsv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length < 8) continue;
                out.add(new CorpusEntry(shared.resolve("corpus").resolve(f[0]), f[0], f[4], f[5],
                        Integer.parseInt(f[6]), Integer.parseInt(f[7])));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The corpus captures tshark reads. */
    public static List<CorpusEntry> readableCorpus() {
        return corpus().stream().filter(CorpusEntry::tsharkReads).toList();
    }

    /** The truth file of a scenario capture: {@code x.pcap} → {@code x.truth.json}, {@code x.pcapng} → {@code x.pcapng.truth.json}. */
    public static Path truthOf(Path capture) {
        String name = capture.getFileName().toString();
        Path beside = capture.resolveSibling(name + ".truth.json");
        if (Files.exists(beside)) return beside;
        int dot = name.lastIndexOf('.');
        return capture.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".truth.json");
    }

    /** Every scenario capture ({@code *.pcap}, {@code *.pcapng}) with a truth file beside it. */
    public static List<Path> scenarioCaptures() {
        Path dir = require().resolve("scenarios");
        try (var s = Files.list(dir)) {
            return s.filter(p -> !p.toString().endsWith(".json"))
                    .filter(p -> Files.exists(truthOf(p)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
