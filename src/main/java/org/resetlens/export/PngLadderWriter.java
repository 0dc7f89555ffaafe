package org.resetlens.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.resetlens.diagram.LadderGeometry;
import org.resetlens.diagram.LadderPainter;
import org.resetlens.diagram.Palette;

/** Renders the ladder to a PNG with Java2D, at 2× for high-DPI screens unless the image would be too large. */
public final class PngLadderWriter {
    /** Largest side and pixel count we allocate. */
    static final int MAX_SIDE = 32_000;
    static final long MAX_PIXELS = 120_000_000L;

    private PngLadderWriter() { }

    /** The scale that will be used: {@code wanted}, lowered to fit the limits; 0 when even 1× is too large. */
    public static double scaleFor(LadderGeometry g, double wanted) {
        double s = wanted;
        while (s > 1 && !fits(g, s)) s -= 0.5;
        return fits(g, s) ? s : 0;
    }

    private static boolean fits(LadderGeometry g, double s) {
        double w = Math.ceil(g.width() * s), h = Math.ceil(g.height() * s);
        return w <= MAX_SIDE && h <= MAX_SIDE && w * h <= MAX_PIXELS;
    }

    public static BufferedImage render(LadderGeometry g, Palette palette, double scale) {
        BufferedImage img = new BufferedImage((int) Math.ceil(g.width() * scale), (int) Math.ceil(g.height() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(scale, scale);
            LadderPainter.paintAll(new Graphics2DSurface(g2), g, palette);
        } finally {
            g2.dispose();
        }
        return img;
    }

    /**
     * Writes the PNG at {@code scale} (lowered if needed).
     *
     * @throws IllegalArgumentException when the diagram is too tall for one image even at 1×
     */
    public static void write(LadderGeometry g, Palette palette, double scale, OutputStream out) throws IOException {
        double s = scaleFor(g, scale);
        if (s == 0) {
            throw new IllegalArgumentException("the diagram is too large for one PNG (" + g.rows().size()
                    + " rows); use --around FRAME, or SVG or PDF");
        }
        ImageIO.write(render(g, palette, s), "png", out);
    }
}
