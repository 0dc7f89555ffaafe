package org.resetlens.model.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * {@code stats --srt smb2} equals {@code tshark -q -z smb2,srt} on every SMB2 capture of the corpus and
 * the scenarios: the same commands with the same call counts, and min/max/avg/sum within 2 µs (tshark
 * prints microseconds). Also the text table is tshark's, line for line, on those captures.
 */
class Smb2SrtTsharkTest {
    /** Rows of tshark's table: index, calls, min, max, avg, sum. */
    private static List<double[]> tsharkRows(List<String> lines) {
        List<double[]> rows = new ArrayList<>();
        for (String l : lines) {
            String t = l.trim();
            if (t.isEmpty() || !Character.isDigit(t.charAt(0))) continue;
            String[] f = t.split("\\s+");
            int n = f.length;
            rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[n - 5]), Double.parseDouble(f[n - 4]),
                Double.parseDouble(f[n - 3]), Double.parseDouble(f[n - 2]), Double.parseDouble(f[n - 1])});
        }
        return rows;
    }

    private static List<Path> smb2Captures() {
        List<Path> out = new ArrayList<>();
        for (Shared.CorpusEntry e : Shared.readableCorpus()) {
            if (e.file().contains("smb")) out.add(e.path());
        }
        for (Path p : Shared.scenarioCaptures()) {
            if (p.getFileName().toString().contains("smb")) out.add(p);
        }
        return out;
    }

    @Test
    void srtEqualsTsharkOnEverySmb2Capture() {
        Tshark.require();
        List<Path> files = smb2Captures();
        assertFalse(files.isEmpty());
        int compared = 0;
        for (Path file : files) {
            List<String> lines = Tshark.run(List.of("tshark", "-q", "-n", "-r", file.toString(), "-z", "smb2,srt"));
            List<double[]> expected = tsharkRows(lines);
            Analysis analysis = CaptureLoader.load(file);
            List<SrtRow> ours = Smb2Stats.srt(analysis.appMessages());
            String table = Smb2Stats.srtTable(ours);
            analysis.capture().close();
            assertEquals(expected.size(), ours.size(), file + ": commands\n" + table);
            assertEquals(String.join("\n", lines) + "\n", table, file + ": table text");
            for (int i = 0; i < ours.size(); i++) {
                double[] t = expected.get(i);
                SrtRow r = ours.get(i);
                String where = file.getFileName() + " " + r.command();
                assertEquals((int) t[0], r.index(), where);
                assertEquals((long) t[1], r.calls(), where + " calls");
                assertEquals(t[2], r.min(), 2e-6, where + " min");
                assertEquals(t[3], r.max(), 2e-6, where + " max");
                assertEquals(t[4], r.avg(), 2e-6, where + " avg");
                assertEquals(t[5], r.sum(), 2e-6, where + " sum");
                compared++;
            }
            System.out.println(file.getFileName() + ": " + ours.size() + " SMB2 commands agree with tshark -z smb2,srt");
        }
        assertTrue(compared > 0);
    }
}
