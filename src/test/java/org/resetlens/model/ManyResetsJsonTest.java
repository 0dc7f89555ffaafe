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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.app.Launcher;

/**
 * {@code resets --json} on a capture with tens of thousands of resets, in a JVM with a 96 MiB heap: the
 * whole JSON (about 60 MB here) must be written as it is produced, not built in memory first.
 */
class ManyResetsJsonTest {
    private static final int CONNECTIONS = 25_000;

    @Test
    void manyResetsAreWrittenAsTheyAreProducedInASmallHeap(@TempDir Path dir) throws Exception {
        TestPcap pcap = new TestPcap();
        for (int i = 0; i < CONNECTIONS; i++) {
            // a refused connection: SYN, then RST/ACK from the server
            int port = 1024 + i % 60_000;
            long t = i * 1000L;
            pcap.tcp(t, "10.0.0.1", port, "10.0.0.2", 81, 1000 + i, 0, TestPcap.SYN, 64240, 0, null);
            pcap.tcp(t + 100, "10.0.0.2", 81, "10.0.0.1", port, 0, 1001 + i, TestPcap.RST | TestPcap.ACK, 0, 0, null);
        }
        Path file = pcap.write(dir, "refused-many.pcap");
        Path json = dir.resolve("out.json"), err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "resets", file.toString(),
                "--json").redirectOutput(json.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "answered in time");
        String stderr = Files.readString(err);
        assertEquals(0, p.exitValue(), stderr);
        assertFalse(stderr.contains("Exception"), stderr);
        int resets = 0;
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser parser = mapper.getFactory().createParser(json.toFile())) {
            assertEquals(JsonToken.START_ARRAY, parser.nextToken());
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode reset = mapper.readTree(parser);
                assertEquals("refused", reset.get("cause").asText(), reset.toString());
                resets++;
            }
        }
        assertEquals(CONNECTIONS, resets);
    }
}
