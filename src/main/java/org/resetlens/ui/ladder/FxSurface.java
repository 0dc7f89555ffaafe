package org.resetlens.ui.ladder;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.resetlens.diagram.Metrics;
import org.resetlens.diagram.Surface;

/** The ladder's {@link Surface} over a JavaFX canvas; the canvas transform does zoom and scroll. */
final class FxSurface implements Surface {
    private final GraphicsContext gc;
    private final Map<String, Font> fonts = new HashMap<>();

    FxSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextBaseline(VPos.BASELINE);
    }

    private static Color colour(int rgb) {
        return Color.rgb((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb) {
        gc.setFill(colour(rgb));
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int rgb, double lineWidth) {
        gc.setStroke(colour(rgb));
        gc.setLineWidth(lineWidth);
        gc.setLineDashes();
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed) {
        gc.setStroke(colour(rgb));
        gc.setLineWidth(lineWidth);
        if (dashed) gc.setLineDashes(5, 4);
        else gc.setLineDashes();
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        gc.setFill(colour(rgb));
        gc.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int rgb) {
        gc.setFill(colour(rgb));
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void text(String s, double x, double baselineY, double size, boolean bold, int rgb) {
        if (s.isEmpty()) return;
        gc.setFont(fonts.computeIfAbsent(size + (bold ? "b" : ""),
                k -> Font.font(Metrics.FONT_FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size)));
        gc.setFill(colour(rgb));
        gc.fillText(s, x, baselineY);
    }
}
