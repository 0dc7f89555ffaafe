package org.resetlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.diagram.LadderFixtures;
import org.resetlens.testutil.Tshark;

/** The {@code ladder} and {@code annotate} commands on the bundled SMB2 request-timeout scenario. */
class LadderCommandTest {
    static final Path PCAP = LadderFixtures.smbPcap();
    /** tshark -r PCAP -Y tcp.stream==0: 25 frames, the RST is frame 25 (truth file: trigger 23). */
    static final int STREAM0_PACKETS = 25;

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args);
    }

    @Test
    void everyFormatIsWrittenAndHoldsTheReset() throws Exception {
        for (String f : List.of("svg", "png", "pdf", "mermaid", "txt")) {
            Path out = dir.resolve("l." + f);
            assertEquals(0, run("ladder", PCAP.toString(), "--stream", "0", "--format", f, "-o", out.toString()), f);
            assertTrue(Files.size(out) > 0, f);
        }
        String svg = Files.readString(dir.resolve("l.svg"));
        var f = DocumentBuilderFactory.newInstance();
        f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertTrue(svg.contains(">[RST, ACK] Seq=1259 Ack=1538 Len=0</text>"), "RST label as SVG text");
        var img = ImageIO.read(dir.resolve("l.png").toFile());
        assertTrue(img.getWidth() >= 400 && img.getHeight() >= 300);
        try (PDDocument doc = Loader.loadPDF(dir.resolve("l.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("[RST, ACK] Seq=1259 Ack=1538 Len=0"));
        }
        String mmd = Files.readString(dir.resolve("l.mermaid"));
        assertTrue(mmd.startsWith("sequenceDiagram"));
        long arrows = mmd.lines().filter(l -> l.matches("\\s+L[01](->>|-->>|-x|--\\))L[01]: .*")).count();
        assertEquals(STREAM0_PACKETS, arrows);
        assertEquals(1, mmd.lines().filter(l -> l.contains("-xL")).count());
        assertTrue(Files.readString(dir.resolve("l.txt")).contains("RST"));
    }

    @Test
    void aroundKeepsAWindow() throws Exception {
        Path out = dir.resolve("a.txt");
        assertEquals(0, run("ladder", PCAP.toString(), "--stream", "0", "--around", "25", "--radius", "3", "--format",
                "txt", "-o", out.toString()));
        String t = Files.readString(out);
        assertTrue(t.contains("[RST, ACK]"));
        assertTrue(t.contains("21 packets not shown"), t);
        assertTrue(!t.contains("[SYN]"), t);
    }

    @Test
    void badArgumentsAndFilesGiveTheSpecifiedExitCodes() {
        String out = dir.resolve("x.svg").toString();
        assertEquals(2, run("ladder", PCAP.toString(), "--stream", "99", "--format", "svg", "-o", out));
        assertEquals(2, run("ladder", PCAP.toString(), "--stream", "0", "--format", "gif", "-o", out));
        assertEquals(2, run("ladder", PCAP.toString(), "--stream", "0", "--around", "60", "--format", "svg", "-o", out));
        assertEquals(1, run("ladder", dir.resolve("missing.pcap").toString(), "--stream", "0", "--format", "svg", "-o",
                out));
        assertEquals(2, run("annotate", PCAP.toString(), "--frame", "999", "--text", "x", "-o",
                dir.resolve("n.pcapng").toString()));
        assertEquals(1, run("annotate", dir.resolve("missing.pcap").toString(), "--frame", "1", "--text", "x", "-o",
                dir.resolve("n.pcapng").toString()));
    }

    @Test
    void annotateWritesACommentThatTheLadderShows() throws Exception {
        Path noted = dir.resolve("noted.pcapng");
        String note = "Server ACKed the CREATE; smbd never answered; see case 4711";
        assertEquals(0, run("annotate", PCAP.toString(), "--frame", "23", "--text", note, "-o", noted.toString()));
        for (String f : List.of("txt", "svg", "mermaid")) {
            Path out = dir.resolve("n." + f);
            assertEquals(0, run("ladder", noted.toString(), "--stream", "0", "--format", f, "-o", out.toString()));
            String body = Files.readString(out);
            assertTrue(body.contains("smbd never answered") || body.contains("smbd never"), f + ": " + body);
        }
        assertTrue(Files.readString(dir.resolve("n.txt")).contains("Note #23"));
    }

    @Test
    void tsharkReadsTheAnnotation() throws Exception {
        Tshark.require();
        Path noted = dir.resolve("noted.pcapng");
        assertEquals(0, run("annotate", PCAP.toString(), "--frame", "23", "--text", "unanswered CREATE", "-o",
                noted.toString()));
        List<String> lines = Tshark.run(List.of("tshark", "-r", noted.toString(), "-T", "fields", "-e", "frame.comment"));
        assertEquals(110, lines.size(), "every frame written (truth file: 110 frames)");
        assertEquals("unanswered CREATE", lines.get(22));
        assertEquals("", lines.get(21));
    }
}
