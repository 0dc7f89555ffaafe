package org.resetlens.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.resetlens.diagram.Metrics;
import org.resetlens.diagram.Surface;

/** A {@link Surface} over any Graphics2D: a PNG's BufferedImage or JFreeSVG's SVGGraphics2D. */
final class Graphics2DSurface implements Surface {
    private static final float[] DASH = {5f, 4f};
    private final Graphics2D g;
    private final String family;
    private final Map<String, Font> fonts = new HashMap<>();

    Graphics2DSurface(Graphics2D g) {
        this.g = g;
        this.family = installedFamily();
    }

    /** DejaVu Sans Mono when installed (its advance is what {@link Metrics} assumes), else the logical monospace. */
    static String installedFamily() {
        String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        return Arrays.asList(names).contains(Metrics.FONT_FAMILY) ? Metrics.FONT_FAMILY : Font.MONOSPACED;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb) {
        g.setColor(new Color(rgb));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int rgb, double lineWidth) {
        g.setColor(new Color(rgb));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed) {
        g.setColor(new Color(rgb));
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                dashed ? DASH : null, 0f));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) p.lineTo(xs[i], ys[i]);
        p.closePath();
        g.setColor(new Color(rgb));
        g.fill(p);
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int rgb) {
        g.setColor(new Color(rgb));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void text(String s, double x, double baselineY, double size, boolean bold, int rgb) {
        if (s.isEmpty()) return;
        g.setFont(fonts.computeIfAbsent(size + (bold ? "b" : ""),
                k -> new Font(family, bold ? Font.BOLD : Font.PLAIN, 12).deriveFont((float) size)));
        g.setColor(new Color(rgb));
        g.drawString(s, (float) x, (float) baselineY);
    }
}
