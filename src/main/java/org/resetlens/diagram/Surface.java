package org.resetlens.diagram;

/**
 * The few drawing operations the ladder needs, in diagram units with y downward; implemented thinly
 * over Graphics2D (SVG, PNG), PDFBox and the JavaFX canvas. Text is drawn in {@link Metrics#FONT_FAMILY}
 * from its baseline-left point. Colours are 0xRRGGBB.
 */
public interface Surface {
    void fillRect(double x, double y, double w, double h, int rgb);

    void strokeRect(double x, double y, double w, double h, int rgb, double lineWidth);

    void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed);

    void fillPolygon(double[] xs, double[] ys, int rgb);

    void fillCircle(double cx, double cy, double r, int rgb);

    void text(String s, double x, double baselineY, double size, boolean bold, int rgb);
}
