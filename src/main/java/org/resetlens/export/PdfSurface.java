package org.resetlens.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.resetlens.diagram.Surface;

/** A {@link Surface} over a PDFBox page: y flipped, one diagram unit = one point, text kept as text. */
final class PdfSurface implements Surface {
    private static final double K = 0.5523;
    private final PDPageContentStream cs;
    private final PDFont regular, bold;
    private final double pageHeight, shiftY;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    /** Draws diagram point (x, y) at page point (x, pageHeight - (y - shiftY)). */
    PdfSurface(PDPageContentStream cs, PDFont regular, PDFont bold, double pageHeight, double shiftY) {
        this.cs = cs;
        this.regular = regular;
        this.bold = bold;
        this.pageHeight = pageHeight;
        this.shiftY = shiftY;
    }

    private float py(double y) {
        return (float) (pageHeight - (y - shiftY));
    }

    private void fillColour(int rgb) throws IOException {
        cs.setNonStrokingColor(((rgb >> 16) & 255) / 255f, ((rgb >> 8) & 255) / 255f, (rgb & 255) / 255f);
    }

    private void strokeColour(int rgb) throws IOException {
        cs.setStrokingColor(((rgb >> 16) & 255) / 255f, ((rgb >> 8) & 255) / 255f, (rgb & 255) / 255f);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb) {
        try {
            fillColour(rgb);
            cs.addRect((float) x, py(y + h), (float) w, (float) h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int rgb, double lineWidth) {
        try {
            strokeColour(rgb);
            cs.setLineWidth((float) lineWidth);
            cs.setLineDashPattern(new float[0], 0);
            cs.addRect((float) x, py(y + h), (float) w, (float) h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed) {
        try {
            strokeColour(rgb);
            cs.setLineWidth((float) lineWidth);
            cs.setLineDashPattern(dashed ? new float[] {5, 4} : new float[0], 0);
            cs.moveTo((float) x1, py(y1));
            cs.lineTo((float) x2, py(y2));
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        try {
            fillColour(rgb);
            cs.moveTo((float) xs[0], py(ys[0]));
            for (int i = 1; i < xs.length; i++) cs.lineTo((float) xs[i], py(ys[i]));
            cs.closePath();
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int rgb) {
        try {
            fillColour(rgb);
            float x = (float) cx, y = py(cy), rr = (float) r, k = (float) (K * r);
            cs.moveTo(x + rr, y);
            cs.curveTo(x + rr, y + k, x + k, y + rr, x, y + rr);
            cs.curveTo(x - k, y + rr, x - rr, y + k, x - rr, y);
            cs.curveTo(x - rr, y - k, x - k, y - rr, x, y - rr);
            cs.curveTo(x + k, y - rr, x + rr, y - k, x + rr, y);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String s, double x, double baselineY, double size, boolean isBold, int rgb) {
        if (s.isEmpty()) return;
        PDFont font = isBold ? bold : regular;
        try {
            fillColour(rgb);
            cs.beginText();
            cs.setFont(font, (float) size);
            cs.newLineAtOffset((float) x, py(baselineY));
            cs.showText(printable(s, font));
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code s} with characters the font cannot encode replaced by ASCII stand-ins. */
    private String printable(String s, PDFont font) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = encodable.computeIfAbsent(cp * 2 + (font == bold ? 1 : 0), k -> canEncode(font, cp));
            if (ok) sb.appendCodePoint(cp);
            else sb.append(switch (cp) {
                case '…', '⋯' -> ".";
                case '◀', '←' -> "<";
                case '→' -> ">";
                case '↔' -> "-";
                default -> "?";
            });
        });
        return sb.toString();
    }

    private static boolean canEncode(PDFont font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
