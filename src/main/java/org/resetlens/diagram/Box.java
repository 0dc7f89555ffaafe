package org.resetlens.diagram;

/** An axis-aligned rectangle in diagram units (pixels at zoom 1, y downward). */
public record Box(double x, double y, double w, double h) {
    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }

    /** True when the box overlaps the band {@code [top, bottom)}. */
    public boolean overlapsY(double top, double bottom) {
        return y < bottom && y + h >= top;
    }
}
