package org.resetlens.export;

import java.nio.file.Files;
import java.nio.file.Path;
import org.resetlens.diagram.LadderFixtures;
import org.resetlens.diagram.LadderGeometry;
import org.resetlens.diagram.LadderInput;
import org.resetlens.diagram.LadderLayout;
import org.resetlens.diagram.LadderOptions;
import org.resetlens.diagram.Palette;

/** Writes every export of the SMB2 fixture into a directory, to look at: {@code LadderDemo DIR}. */
public final class LadderDemo {
    private LadderDemo() { }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/ladder-demo");
        Files.createDirectories(dir);
        LadderInput in = LadderFixtures.smbStream0();
        LadderGeometry g = LadderLayout.layout(in, LadderOptions.defaults());
        for (ExportFormat f : ExportFormat.values()) {
            LadderExporter.write(in, g, f, Palette.light(), dir.resolve("ladder." + f.extension()));
        }
        LadderExporter.write(in, g, ExportFormat.PNG, Palette.dark(), dir.resolve("ladder-dark.png"));
    }
}
