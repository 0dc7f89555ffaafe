package org.resetlens.cli;

import org.resetlens.query.AnalysisColumns;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * {@code packets -Y} with filters on the TCP fields the load pass's columns answer
 * ({@link AnalysisColumns}: ports, flags, stream, analysis flags, IPv4 addresses) prints exactly tshark's frame list, on the corpus captures that hold
 * resets (ICMP errors quoting TCP, fragments and odd link layers included).
 */
class PacketsFilterColumnsTest {
    private static final List<String> FILTERS = List.of("tcp.flags.reset==1 || tcp.flags == 0x012",
            "tcp.port == 80 || tcp.srcport == 445 || tcp.stream == 1 || (tcp && tcp.window_size_value == 0)",
            "tcp.analysis.retransmission || tcp.analysis.duplicate_ack || (tcp.analysis.flags && ip.src == 10.0.0.0/8)",
            "ip.addr == 192.168.0.0/16 && !(ip.dst in {192.168.1.1, 10.0.0.1}) || tcp.srcport in {1 .. 1024, 8080}");

    static Stream<Arguments> cases() {
        if (Shared.dir().isEmpty() || !Tshark.available()) return Stream.of(Arguments.of(null, null));
        List<Arguments> out = new ArrayList<>();
        for (Shared.CorpusEntry e : Shared.readableCorpus()) {
            if (e.rstPackets() == 0 || e.packets() > 20_000) continue;
            for (String f : FILTERS) out.add(Arguments.of(e, f));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void frameListEqualsTshark(Shared.CorpusEntry capture, String filter) {
        Shared.require();
        Tshark.require();
        List<String> expected = Tshark.run(List.of("tshark", "-n", "-r", capture.path().toString(), "-Y", filter,
                "-T", "fields", "-e", "frame.number"));
        PacketsCommand c = new PacketsCommand();
        c.file = capture.path();
        c.fields = List.of("frame.number");
        c.filter = filter;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = c.run(out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        String text = out.toString(StandardCharsets.UTF_8);
        List<String> actual = text.isEmpty() ? List.of() : List.of(text.split("\n"));
        assertEquals(expected, actual, capture.file() + " -Y " + filter);
    }
}
