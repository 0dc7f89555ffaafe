package org.resetlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.app.Launcher;

/**
 * {@code resets --json} and {@code conversations --json} on a capture with tens of thousands of refused
 * connections, in a JVM with a small heap: the JSON (about 60 MB of resets here) must be written as it is
 * produced, not built in memory first; and a heap too small for a command is said in one plain line.
 */
class ManyResetsJsonTest {
    private static final int CONNECTIONS = 25_000;

    @Test
    void manyResetsAreWrittenAsTheyAreProducedInASmallHeap(@TempDir Path dir) throws Exception {
        Path file = refusedConnections(dir);
        int resets = 0;
        for (JsonNode reset : run(dir, "-Xmx96m", "resets", file.toString(), "--json")) {
            assertEquals("refused", reset.get("cause").asText(), reset.toString());
            resets++;
        }
        assertEquals(CONNECTIONS, resets);
    }

    @Test
    void manyConversationsAreWrittenAsTheyAreProducedInASmallHeap(@TempDir Path dir) throws Exception {
        Path file = refusedConnections(dir);
        int streams = 0;
        for (JsonNode c : run(dir, "-Xmx40m", "conversations", file.toString(), "--json")) {
            assertEquals(streams, c.get("stream").asInt());
            assertEquals("REJ", c.get("zeek_state").asText(), c.toString());
            streams++;
        }
        assertEquals(CONNECTIONS, streams);
    }

    @Test
    void aHeapTooSmallForTheCommandIsSaidPlainly(@TempDir Path dir) throws Exception {
        Path file = refusedConnections(dir);
        Process p = new ProcessBuilder(java(), "-Xmx16m", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "compare", file.toString(), file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "answered in time");
        String stderr = Files.readString(dir.resolve("err.txt"));
        assertEquals(1, p.exitValue(), stderr);
        assertTrue(stderr.startsWith("resetlens: compare: out of memory: the Java heap (16 MiB) is too small"), stderr);
        assertTrue(stderr.contains("-Xmx"), stderr);
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path refusedConnections(Path dir) throws java.io.IOException {
        TestPcap pcap = new TestPcap();
        for (int i = 0; i < CONNECTIONS; i++) {
            // a refused connection: SYN, then RST/ACK from the server
            int port = 1024 + i % 60_000;
            long t = i * 1000L;
            pcap.tcp(t, "10.0.0.1", port, "10.0.0.2", 81, 1000 + i, 0, TestPcap.SYN, 64240, 0, null);
            pcap.tcp(t + 100, "10.0.0.2", 81, "10.0.0.1", port, 0, 1001 + i, TestPcap.RST | TestPcap.ACK, 0, 0, null);
        }
        return pcap.write(dir, "refused-many.pcap");
    }

    /** Runs the CLI in a JVM with the given heap and reads the JSON array it prints, one element at a time. */
    private static List<JsonNode> run(Path dir, String heap, String... args) throws Exception {
        Path json = dir.resolve("out.json"), err = dir.resolve("err.txt");
        List<String> cmd = new ArrayList<>(List.of(java(), heap, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(json.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "answered in time");
        String stderr = Files.readString(err);
        assertEquals(0, p.exitValue(), stderr);
        assertFalse(stderr.contains("Exception"), stderr);
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser parser = mapper.getFactory().createParser(json.toFile())) {
            assertEquals(JsonToken.START_ARRAY, parser.nextToken());
            while (parser.nextToken() == JsonToken.START_OBJECT) out.add(mapper.readTree(parser));
        }
        return out;
    }
}
