package org.resetlens.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Ladder inputs for tests, built by hand or from tshark's view of a bundled scenario capture. */
public final class LadderFixtures {
    public static final String SMB_PCAP = "/ladder/smb-request-timeout-abort.pcap";
    private static final Map<Integer, String> SMB2 = Map.of(0, "NEGOTIATE", 1, "SESSION_SETUP", 3, "TREE_CONNECT",
            5, "CREATE", 6, "CLOSE", 14, "QUERY_DIRECTORY", 2, "LOGOFF");

    private LadderFixtures() { }

    public static Path smbPcap() {
        try {
            return Path.of(LadderFixtures.class.getResource(SMB_PCAP).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * tcp.stream 0 of the SMB2 request-timeout scenario (25 frames, RST at 25 after 6 s, trigger 23 per
     * the scenario's truth file), from tshark fields saved in {@code smb-stream0.tsv}.
     */
    public static LadderInput smbStream0() {
        List<LadderEvent> events = new ArrayList<>();
        String client = "10.64.1.2";
        try (InputStream in = LadderFixtures.class.getResourceAsStream("/ladder/smb-stream0.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                int frame = Integer.parseInt(f[0]);
                long t = new BigDecimal(f[1]).movePointRight(9).longValueExact();
                boolean fromClient = f[2].equals(client);
                int flags = Integer.decode(f[4]);
                int len = Integer.parseInt(f[7]);
                String app = f[9].isEmpty() ? "" : "SMB2 " + SMB2.getOrDefault(Integer.parseInt(f[9].split(",")[0]),
                        f[9]) + (f[10].startsWith("1") || f[10].startsWith("True") ? " Response" : " Request");
                events.add(new LadderEvent(frame, t, fromClient ? 0 : 1, fromClient ? 1 : 0,
                        Labels.tcp(flags, Long.parseLong(f[5]), Long.parseLong(f[6]), len),
                        Labels.kind(flags, len, !f[8].isEmpty()), app));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ResetTrace trace = new ResetTrace(25, 23, "request-timeout",
                List.of(new TraceLink("acknowledged-until", 21), new TraceLink("sent-while-waiting", 22),
                        new TraceLink("sent-while-waiting", 23), new TraceLink("unanswered-request", 23),
                        new TraceLink("trigger", 23)),
                "The client sent SMB2 CREATE Request (#23); the server acknowledged it but never answered. "
                        + "After 6.0 s the client gave up and aborted the connection with RST.");
        return new LadderInput("tcp.stream 0: 10.64.1.2:46736 → 10.64.2.2:445",
                List.of(new Endpoint("10.64.1.2:46736", "client"), new Endpoint("10.64.2.2:445", "server")),
                events, List.of(new Annotation(23, "Server ACKs this CREATE (#24) but smbd never replies")), trace,
                events.get(0).timeNanos());
    }

    /** A hand-built ladder: {@code n} events alternating between two lanes, 10 ms apart, frame numbers 1..n. */
    public static LadderInput alternating(int n) {
        List<LadderEvent> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            events.add(new LadderEvent(i + 1, 1_000_000_000L * 100 + i * 10_000_000L, i % 2, 1 - i % 2,
                    Labels.tcp(Labels.ACK | Labels.PSH, i * 10L, i * 10L, 10), EventKind.DATA, ""));
        }
        return new LadderInput("", List.of(new Endpoint("a", "client"), new Endpoint("b", "server")), events,
                List.of(), null, Long.MIN_VALUE);
    }
}
