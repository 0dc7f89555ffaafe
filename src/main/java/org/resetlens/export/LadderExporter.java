package org.resetlens.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.resetlens.diagram.LadderGeometry;
import org.resetlens.diagram.LadderInput;
import org.resetlens.diagram.Palette;

/** One entry point for every ladder export, used by the CLI and the GUI's Export menu. */
public final class LadderExporter {
    /** PNGs are rendered at twice the diagram's size, for high-DPI screens and print. */
    public static final double PNG_SCALE = 2.0;

    private LadderExporter() { }

    /**
     * Writes {@code g} (laid out from {@code in}) as {@code format}.
     *
     * @throws IllegalArgumentException when a PNG would be too large (the message says what to do)
     */
    public static void write(LadderInput in, LadderGeometry g, ExportFormat format, Palette palette, OutputStream out)
            throws IOException {
        switch (format) {
            case SVG -> SvgLadderWriter.write(g, palette, out);
            case PNG -> PngLadderWriter.write(g, palette, PNG_SCALE, out);
            case PDF -> PdfLadderWriter.write(g, palette, out);
            case MERMAID -> out.write(MermaidLadderWriter.mermaid(in, g).getBytes(StandardCharsets.UTF_8));
            case TXT -> out.write(TextLadderWriter.text(in, g).getBytes(StandardCharsets.UTF_8));
        }
    }

    public static void write(LadderInput in, LadderGeometry g, ExportFormat format, Palette palette, Path file)
            throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".ladder", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(in, g, format, palette, out);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
