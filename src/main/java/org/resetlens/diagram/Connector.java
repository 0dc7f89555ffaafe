package org.resetlens.diagram;

import java.util.List;

/**
 * The trace-back of the highlighted reset: a path from the reset to its trigger (arrowhead at the
 * last point), with dots where the chain's other frames sit.
 */
public record Connector(List<Point> path, List<Point> markers, String label, Point labelAt) {
    public Connector {
        path = List.copyOf(path);
        markers = List.copyOf(markers);
    }
}
