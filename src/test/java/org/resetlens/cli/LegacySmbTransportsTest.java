package org.resetlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * SMB over the pre-TCP/IP transports Windows used: 802.3 length frames with LLC and NetBIOS Frames
 * (NetBEUI), Novell raw IPX with NetBIOS over IPX, the NWLink SMB sockets and the Name Management
 * mailslot header. Checked field by field against tshark on the corpus capture that has them all.
 */
class LegacySmbTransportsTest {
    private static final List<String> FIELDS = List.of("frame.number", "eth.len", "llc.dsap", "llc.ssap", "llc.control",
            "netbios.command", "netbios.hdr_len", "ipx.packet_type", "ipx.src.socket", "ipx.dst.socket", "ipx.len",
            "ipx.dst.node", "smb.cmd", "smb.flags.response", "smb.mid");

    @Test
    void everyFrameOfTheLegacyCaptureAgreesWithTshark() {
        Path file = Shared.require().resolve("corpus/wiki_smb_legacy.pcapng");
        Tshark.require();
        List<String> theirs = Tshark.fields(file, null, FIELDS);
        List<String> ours = ours(file);
        assertEquals(theirs.size(), ours.size(), "frames");
        int smb = 0;
        for (int i = 0; i < theirs.size(); i++) {
            assertEquals(theirs.get(i), ours.get(i), "frame " + (i + 1));
            if (!theirs.get(i).split("\t", -1)[12].isEmpty()) smb++;
        }
        // 26 over LLC/NetBIOS, 44 over NetBIOS over IPX and the mailslot socket, 72 on the NWLink sockets, 2 over UDP
        assertEquals(144, smb, "frames carrying SMB");
    }

    @Test
    void frameProtocolsListSmbExceptOnTheNwlinkSockets() {
        Path file = Shared.require().resolve("corpus/wiki_smb_legacy.pcapng");
        Tshark.require();
        List<String> theirs = Tshark.fields(file, "smb", List.of("frame.number", "frame.protocols"));
        List<String> ours = packets(file, "smb", List.of("frame.number", "frame.protocols"));
        assertEquals(theirs.size(), ours.size());
        for (int i = 0; i < theirs.size(); i++) {
            // ResetLens has no dissector for the browser protocol inside the mailslot
            assertEquals(theirs.get(i).replace(":browser", ""), ours.get(i));
        }
        assertTrue(theirs.stream().anyMatch(l -> l.endsWith("\teth:ipx")), "SMB on NWLink sockets is not listed");
    }

    private static List<String> ours(Path file) {
        return packets(file, null, FIELDS);
    }

    /** {@code packets FILE [-Y FILTER] -e ...}, one String per output line. */
    private static List<String> packets(Path file, String filter, List<String> fields) {
        List<String> args = new java.util.ArrayList<>(List.of("packets", file.toString()));
        if (filter != null) args.addAll(List.of("-Y", filter));
        for (String f : fields) args.addAll(List.of("-e", f));
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            assertEquals(0, Cli.run(args.toArray(new String[0])));
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
    }
}
