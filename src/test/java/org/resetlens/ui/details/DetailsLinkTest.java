package org.resetlens.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.dissect.Base;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;
import org.resetlens.dissect.FieldType;
import org.resetlens.dissect.FieldValue;
import org.resetlens.dissect.TreeNode;

/** Linking the details tree and the bytes pane, and the filter text of a field. */
class DetailsLinkTest {
    private final FieldRegistry reg = new FieldRegistry();
    private final FieldDef ipSrc = reg.register("ip.src", "Source", FieldType.IPV4, Base.NONE, 0, "");
    private final FieldDef port = reg.register("tcp.srcport", "Source Port", FieldType.UINT16, Base.PT_TCP, 0, "");
    private final FieldDef flags = reg.register("tcp.flags", "Flags", FieldType.UINT16, Base.HEX, 0, "");
    private final FieldDef eth = reg.register("eth.src", "Source", FieldType.ETHER, Base.NONE, 0, "");
    private final FieldDef name = reg.register("smb2.filename", "File", FieldType.STRING, Base.NONE, 0, "");
    private final FieldDef rst = reg.register("tcp.flags.reset", "Reset", FieldType.BOOLEAN, Base.NONE, 4, "");
    private final FieldDef v6 = reg.register("ipv6.src", "Source", FieldType.IPV6, Base.NONE, 0, "");

    @Test
    void deepestNodeCoveringAByte() {
        TreeNode frame = new TreeNode("Frame", null, 0, 60, -1);
        TreeNode ip = new TreeNode("IP", null, 14, 20, -1);
        TreeNode src = ip.add(new TreeNode("Source", null, 26, 4, -1));
        TreeNode tcp = new TreeNode("TCP", null, 34, 20, -1);
        TreeNode flagsNode = tcp.add(new TreeNode("Flags", null, 46, 2, -1));
        TreeNode rstNode = flagsNode.add(new TreeNode("Reset", null, 47, 1, -1));
        tcp.add(new TreeNode("[Stream index: 0]", null, 0, 0, -1));
        List<TreeNode> roots = List.of(frame, ip, tcp);
        assertEquals(List.of(ip, src), TreeNodes.deepestCovering(roots, 27));
        assertEquals(List.of(tcp, flagsNode, rstNode), TreeNodes.deepestCovering(roots, 47));
        assertEquals(List.of(tcp, flagsNode), TreeNodes.deepestCovering(roots, 46));
        assertEquals(List.of(frame), TreeNodes.deepestCovering(roots, 2));
        assertEquals(List.of(), TreeNodes.deepestCovering(roots, 99));
    }

    @Test
    void fieldFiltersUseWiresharkLiterals() {
        assertEquals("ip.src == 10.0.0.1", FieldFilter.of(new FieldValue(ipSrc, 0x0a000001L, 26, 4)));
        assertEquals("tcp.srcport == 445", FieldFilter.of(new FieldValue(port, 445L, 34, 2)));
        assertEquals("tcp.flags == 0x14", FieldFilter.of(new FieldValue(flags, 0x14L, 46, 2)));
        assertEquals("eth.src == 02:00:00:00:00:01",
                FieldFilter.of(new FieldValue(eth, new byte[] {2, 0, 0, 0, 0, 1}, 6, 6)));
        assertEquals("smb2.filename == \"a\\\"b\"", FieldFilter.of(new FieldValue(name, "a\"b", 0, 3)));
        assertEquals("tcp.flags.reset == 1", FieldFilter.of(new FieldValue(rst, 1L, 47, 1)));
        byte[] addr = new byte[16];
        addr[0] = 0x20; addr[1] = 0x01; addr[2] = 0x0d; addr[3] = (byte) 0xb8; addr[15] = 1;
        assertEquals("ipv6.src == 2001:db8::1", FieldFilter.of(new FieldValue(v6, addr, 8, 16)));
    }

    @Test
    void hexDumpLines() {
        byte[] data = "GET / HTTP/1.1\r\nHost".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(2, HexDump.lines(data.length));
        assertEquals("0010  48 6f 73 74                                       Host", HexDump.lineText(data, 1));
        assertEquals('.', HexDump.ascii((byte) 0x0d));
    }
}
