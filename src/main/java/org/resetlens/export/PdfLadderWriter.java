package org.resetlens.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.resetlens.diagram.LadderGeometry;
import org.resetlens.diagram.LadderPainter;
import org.resetlens.diagram.Palette;

/**
 * Writes the ladder as a vector PDF with PDFBox: DejaVu Sans Mono embedded when installed (else the
 * standard Courier), one page as large as the diagram, or several pages repeating the header when
 * the diagram is taller than a PDF page may be.
 */
public final class PdfLadderWriter {
    static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");
    /** PDF viewers handle pages up to 200 inches; keep well below. */
    static final double MAX_PAGE = 10_000;

    private PdfLadderWriter() { }

    public static void write(LadderGeometry g, Palette palette, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = font(doc, "DejaVuSansMono.ttf", Standard14Fonts.FontName.COURIER);
            PDFont bold = font(doc, "DejaVuSansMono-Bold.ttf", Standard14Fonts.FontName.COURIER_BOLD);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(g.title().isEmpty() ? "ResetLens ladder" : g.title());
            info.setCreator("ResetLens");
            double rowsPerPage = Math.max(1, Math.floor((MAX_PAGE - g.rowsTop()) / g.rowHeight()));
            double bodyPerPage = rowsPerPage * g.rowHeight();
            double bodyTotal = g.height() - g.rowsTop();
            int pages = g.height() <= MAX_PAGE ? 1 : (int) Math.ceil(bodyTotal / bodyPerPage);
            for (int k = 0; k < pages; k++) {
                double from = g.rowsTop() + k * bodyPerPage;
                double body = pages == 1 ? bodyTotal : Math.min(bodyPerPage, bodyTotal - k * bodyPerPage);
                float pageH = (float) (g.rowsTop() + body);
                PDPage page = new PDPage(new PDRectangle((float) g.width(), pageH));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    PdfSurface bodySurface = new PdfSurface(cs, regular, bold, pageH, from - g.rowsTop());
                    bodySurface.fillRect(0, from, g.width(), body, palette.rgb(
                            org.resetlens.diagram.StyleRole.BACKGROUND));
                    cs.saveGraphicsState();
                    cs.addRect(0, 0, (float) g.width(), (float) body);
                    cs.clip();
                    LadderPainter.paintBody(bodySurface, g, palette, from, from + body, -1);
                    cs.restoreGraphicsState();
                    LadderPainter.paintHeader(new PdfSurface(cs, regular, bold, pageH, 0), g, palette);
                }
            }
            doc.save(out);
        }
    }

    private static PDFont font(PDDocument doc, String file, Standard14Fonts.FontName fallback) {
        Path p = FONT_DIR.resolve(file);
        if (Files.isReadable(p)) {
            try {
                return PDType0Font.load(doc, p.toFile());
            } catch (IOException | RuntimeException e) {
                // fall through to the standard font
            }
        }
        return new PDType1Font(fallback);
    }
}
