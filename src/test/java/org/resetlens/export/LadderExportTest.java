package org.resetlens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.diagram.LadderFixtures;
import org.resetlens.diagram.LadderGeometry;
import org.resetlens.diagram.LadderInput;
import org.resetlens.diagram.LadderLayout;
import org.resetlens.diagram.LadderOptions;
import org.resetlens.diagram.Palette;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Issue 7 "Done when" 1: every format is written and valid for a stream with a reset and a note. */
class LadderExportTest {
    static LadderInput in;
    static LadderGeometry g;

    @BeforeAll
    static void layout() {
        in = LadderFixtures.smbStream0();
        g = LadderLayout.layout(in, LadderOptions.defaults());
    }

    private static byte[] bytes(ExportFormat f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LadderExporter.write(in, g, f, Palette.light(), out);
        return out.toByteArray();
    }

    @Test
    void svgIsXmlWithTextElementsHoldingTheResetAndTheNote() throws Exception {
        byte[] svg = bytes(ExportFormat.SVG);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) all.add(texts.item(i).getTextContent());
        assertTrue(all.contains("[RST, ACK] Seq=1259 Ack=1538 Len=0"), "RST label is a <text> element");
        assertTrue(all.stream().anyMatch(t -> t.contains("smbd never")), "the note is text");
        assertTrue(all.contains("… 6.0 s …"));
    }

    @Test
    void pngIsLargeAndNotBlank() throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes(ExportFormat.PNG)));
        assertTrue(img.getWidth() >= 400 && img.getHeight() >= 300, img.getWidth() + "x" + img.getHeight());
        assertEquals(Math.ceil(g.width() * 2), img.getWidth(), "rendered at 2x");
        double sum = 0, sq = 0;
        int n = 0;
        boolean red = false;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
                sum += lum;
                sq += (double) lum * lum;
                n++;
                if (rgb == (0xff000000 | Palette.light().rgb(org.resetlens.diagram.StyleRole.ARROW_RST))) red = true;
            }
        }
        double variance = sq / n - (sum / n) * (sum / n);
        assertTrue(variance > 100, "pixel variance " + variance);
        assertTrue(red, "the reset is drawn in the reset colour");
    }

    @Test
    void pdfTextHoldsTheResetAndTheNote() throws IOException {
        byte[] pdf = bytes(ExportFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("[RST, ACK] Seq=1259 Ack=1538 Len=0"), text);
            assertTrue(text.contains("smbd never"), text);
        }
    }

    @Test
    void pdftotextReadsTheResetLabel(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("l.pdf");
        Files.write(pdf, bytes(ExportFormat.PDF));
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("pdftotext is not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(out.contains("[RST, ACK] Seq=1259 Ack=1538 Len=0"), out);
    }

    @Test
    void mermaidHasAnArrowPerPacketAndMarksTheReset() throws IOException {
        String m = new String(bytes(ExportFormat.MERMAID), StandardCharsets.UTF_8);
        assertTrue(m.startsWith("sequenceDiagram\n"));
        List<String> arrows = m.lines().filter(l -> l.matches("\\s+L\\d+(->>|-->>|-x|--\\))L\\d+: .*")).toList();
        assertEquals(25, arrows.size(), m);
        List<String> resets = arrows.stream().filter(l -> l.contains("-xL")).toList();
        assertEquals(1, resets.size());
        assertTrue(resets.get(0).contains("#35;25 [RST, ACK]"), resets.get(0));
        assertTrue(m.contains("Note right of L1: Note #35;23"), m);
        assertTrue(m.lines().noneMatch(l -> l.indexOf(';') >= 0 && !l.matches(".*#\\d+;.*|.*#lt;.*|.*#gt;.*")));
    }

    @Test
    void textLadderMarksTheResetAndShowsTheNote() throws IOException {
        String t = new String(bytes(ExportFormat.TXT), StandardCharsets.UTF_8);
        String rst = t.lines().filter(l -> l.contains("[RST, ACK]")).findFirst().orElseThrow();
        assertTrue(rst.contains("X>|") && rst.contains("RST"), rst);
        assertTrue(t.contains("... 6.0 s ..."), t);
        assertTrue(t.contains("smbd never"), t);
        String synAck = t.lines().filter(l -> l.contains("[SYN, ACK]")).findFirst().orElseThrow();
        assertTrue(synAck.contains("|<-"), synAck);
    }

    @Test
    void escapesMermaidSyntax() {
        assertEquals("a#59; b#58; c #35;1 #lt;x#gt;", MermaidLadderWriter.escape("a; b: c #1 <x>"));
    }
}
