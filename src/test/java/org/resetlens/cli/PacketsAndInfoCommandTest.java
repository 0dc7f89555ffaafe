package org.resetlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code packets} and {@code info} on a one-packet pcap built here; exit codes for bad fields and files. */
class PacketsAndInfoCommandTest {
    // Ethernet/IPv4 192.168.0.1 -> 192.168.0.2 / TCP 49152 -> 80 SYN (same bytes as DissectorGoldenTest).
    private static final String SYN = "001122334455 02aabbccddee 0800"
            + "4500 0030 1234 4000 4006 0000 c0a80001 c0a80002"
            + "c000 0050 00000001 00000000 7002 ffff 0000 0000"
            + "020405b4 0101 0402";

    @TempDir
    Path dir;

    private Path pcap() throws IOException {
        byte[] frame = HexFormat.of().parseHex(SYN.replace(" ", ""));
        ByteBuffer b = ByteBuffer.allocate(24 + 16 + frame.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        b.putInt(1_000_000_000).putInt(250_000).putInt(frame.length).putInt(frame.length).put(frame);
        Path p = dir.resolve("syn.pcap");
        Files.write(p, b.array());
        return p;
    }

    private record Result(int code, String out, String err) { }

    private Result packets(Path file, String... fields) {
        PacketsCommand c = new PacketsCommand();
        c.file = file;
        c.fields = List.of(fields);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = c.run(out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void fieldsPrintTabSeparatedLikeTshark() throws IOException {
        Result r = packets(pcap(), "frame.number", "frame.time_epoch", "ip.src", "tcp.port", "tcp.flags", "udp.srcport",
                "_ws.col.Protocol");
        assertEquals(0, r.code(), r.err());
        assertEquals("1\t1000000000.250000000\t192.168.0.1\t49152,80\t0x0002\t\tTCP\n", r.out());
    }

    @Test
    void summaryLineWithoutFields() throws IOException {
        Result r = packets(pcap());
        assertEquals(0, r.code());
        assertEquals("    1   0.000000 192.168.0.1 → 192.168.0.2 TCP 62 49152 → 80 [SYN] Seq=0 Win=65535 Len=0 MSS=1460"
                + " SACK_PERM\n", r.out());
    }

    @Test
    void unknownFieldIsABadArgument() throws IOException {
        Result r = packets(pcap(), "ip.src", "tcp.no_such_field");
        assertEquals(Cli.EXIT_BAD_ARGS, r.code());
        assertTrue(r.err().contains("tcp.no_such_field"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unreadableFileIsABadFile() {
        Result r = packets(dir.resolve("missing.pcap"), "ip.src");
        assertEquals(Cli.EXIT_BAD_FILE, r.code());
        assertTrue(!r.err().isEmpty());
    }

    @Test
    void infoJsonCountsPacketsAndBytes() throws IOException {
        InfoCommand c = new InfoCommand();
        c.file = pcap();
        c.json = true;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = c.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        assertTrue(json.contains("\"packets\" : 1"), json);
        assertTrue(json.contains("\"bytes\" : 62"), json);
        assertTrue(json.contains("\"firstTime\" : \"1000000000.250000000\""), json);
    }
}
