package org.resetlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.resetlens.testutil.Shared;

/** {@code resets FILE} in its four forms, on the SMB timeout scenario whose truth file gives the answers. */
class ResetsCommandTest {
    private record Run(int status, String out) { }

    private static Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            int status = Cli.run(args);
            return new Run(status, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    private static Path smb() {
        return Shared.require().resolve("scenarios/smb-request-timeout-abort.pcap");
    }

    @Test
    void jsonHasOneObjectPerResetWithTheStableKeys() throws Exception {
        Run r = run("resets", smb().toString(), "--json");
        assertEquals(0, r.status());
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertEquals(3, a.size());
        int[] frames = {25, 50, 75}, triggers = {23, 48, 73};
        for (int i = 0; i < 3; i++) {
            JsonNode o = a.get(i);
            assertEquals(frames[i], o.get("frame").asInt());
            assertEquals(i, o.get("stream").asInt());
            assertEquals("client", o.get("sender").asText());
            assertEquals("request-timeout", o.get("cause").asText());
            assertEquals(triggers[i], o.get("trigger").asInt());
            assertEquals(false, o.get("benign").asBoolean());
            assertTrue(o.get("confidence").isTextual() && o.get("accepted").isTextual());
            JsonNode chain = o.get("chain");
            assertEquals("trigger", chain.get(chain.size() - 1).get("role").asText());
            assertEquals(triggers[i], chain.get(chain.size() - 1).get("frame").asInt());
            assertEquals("request-timeout", o.get("evidence").get(0).get("rule").asText());
            assertTrue(o.get("evidence").get(0).get("facts").size() > 0);
            assertTrue(o.get("explanation").asText().contains("frame " + triggers[i]));
        }
    }

    @Test
    void humanSummaryAndTrace() {
        Run text = run("resets", smb().toString());
        assertEquals(0, text.status());
        assertTrue(text.out().contains("Frame 25 (stream 0)"), text.out());
        assertTrue(text.out().contains("request-timeout"));
        Run summary = run("resets", smb().toString(), "--summary");
        assertTrue(summary.out().contains("3 resets client 10.61.1.2 → server 10.61.2.2 (server port 445): request-timeout"),
                summary.out());
        assertTrue(summary.out().contains("this happened 3 times"), summary.out());
        Run trace = run("resets", smb().toString(), "--trace");
        // the manual method for frame 25: frames 21..25 of stream 0 (tshark with raw numbers agrees)
        for (String f : new String[] {"    21 ", "    22 ", "    23 ", "    24 ", "    25 "}) {
            assertTrue(trace.out().contains(f), trace.out());
        }
        assertTrue(trace.out().contains("10.61.1.2 → 10.61.2.2"));
    }

    @Test
    void badFileAndBadArguments() {
        assertEquals(Cli.EXIT_BAD_FILE, run("resets", "/nonexistent/file.pcap").status());
        assertEquals(Cli.EXIT_BAD_ARGS, run("resets").status());
    }

    @Test
    void longPatternFrameListsAreCountedNotPrintedInFull() {
        java.util.List<Integer> frames = new java.util.ArrayList<>();
        for (int f = 1; f <= 40; f++) frames.add(f * 10);
        assertEquals("10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120 … and 28 more",
                ResetsCommand.frameList(frames));
        assertEquals("7, 9", ResetsCommand.frameList(java.util.List.of(7, 9)));
    }

    @Test
    void infoCountsTheExplainedResetsByCause() {
        Run r = run("info", smb().toString());
        assertEquals(0, r.status());
        // the truth file: three request-timeout resets
        assertTrue(r.out().contains("TCP resets:          3 (request-timeout 3)"), r.out());
    }
}
