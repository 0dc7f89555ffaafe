package org.resetlens.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jfree.svg.SVGGraphics2D;
import org.resetlens.diagram.LadderGeometry;
import org.resetlens.diagram.LadderPainter;
import org.resetlens.diagram.Palette;

/** Writes the ladder as SVG through JFreeSVG; text stays {@code <text>} elements (searchable, selectable). */
public final class SvgLadderWriter {
    private static final String FONT_STACK = "\"DejaVu Sans Mono\", \"Noto Sans Mono\", Menlo, Consolas, monospace";

    private SvgLadderWriter() { }

    public static String svg(LadderGeometry g, Palette palette) {
        SVGGraphics2D svg = new SVGGraphics2D(g.width(), g.height());
        svg.setFontFunction(family -> FONT_STACK);
        LadderPainter.paintAll(new Graphics2DSurface(svg), g, palette);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.getSVGElement() + "\n";
    }

    public static void write(LadderGeometry g, Palette palette, OutputStream out) throws IOException {
        out.write(svg(g, palette).getBytes(StandardCharsets.UTF_8));
    }
}
