package org.resetlens.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.Dissectors;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldFormatter;
import org.resetlens.dissect.FieldValue;
import org.resetlens.dissect.FrameAnalysis;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * The application dissectors, with the load pass's reassembly, agree with tshark 4.0.17
 * ({@code -n -2 -T fields}) over every readable corpus capture, field by field (an occurrence list
 * per frame, compared where either side has a value), and with the truth files' Protocol and Info
 * columns on the frames where tshark shows one of ResetLens's application protocols (SMB over LLC/NetBEUI
 * and IPX included). Prints the figures and disagreements
 * (also to target/app-agreement.txt).
 */
class AppTsharkComparisonTest {
    static final List<String> FIELDS = List.of("smb.cmd", "smb2.cmd", "smb2.flags.response", "smb2.msg_id",
            "smb2.sesid", "smb2.nt_status", "nbss.type", "http.request.method", "http.request.uri", "http.host",
            "http.response.code", "ftp.request.command", "ftp.response.code", "dns.id", "dns.qry.name",
            "dns.flags.response", "tls.handshake.type", "tls.handshake.extensions_server_name");
    /** Protocol column values of the application dissectors ResetLens has. */
    private static final java.util.Set<String> APP_COLUMNS = java.util.Set.of("SMB", "SMB2", "NBSS", "HTTP", "HTTP/XML",
            "SSDP", "FTP", "FTP-DATA", "DNS", "MDNS", "LLMNR", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3", "SSLv2", "SSLv3");

    private static final Map<String, long[]> fieldScore = new LinkedHashMap<>();
    private static final long[] protocolScore = new long[2];
    private static final long[] infoScore = new long[2];
    private static final List<String> disagreements = new ArrayList<>();
    private static final Map<String, Integer> perFieldShown = new ConcurrentHashMap<>();

    @BeforeAll
    static void compare() throws IOException {
        Tshark.require();
        Dissectors dissectors = Dissectors.standard();
        for (String f : FIELDS) fieldScore.put(f, new long[2]);
        List<String> tsharkFields = new ArrayList<>(FIELDS);
        tsharkFields.add("frame.protocols");
        Map<String, java.util.concurrent.Future<List<String>>> runs = new LinkedHashMap<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        for (Shared.CorpusEntry e : Shared.readableCorpus()) {
            runs.put(e.file(), pool.submit(() -> Tshark.fields(e.path(), null, tsharkFields)));
        }
        pool.shutdown();
        for (Shared.CorpusEntry e : Shared.readableCorpus()) {
            List<String> truth;
            try {
                truth = runs.get(e.file()).get();
            } catch (InterruptedException | java.util.concurrent.ExecutionException ex) {
                throw new IllegalStateException(ex);
            }
            Map<Integer, String[]> columns = truthColumns(e);
            Analysis analysis = CaptureLoader.load(e.path());
            FrameAnalysis fa = new AppFrameAnalysis(new AnalysisDecorator(analysis, dissectors.registry()), analysis);
            FrameIndex idx = analysis.capture().frames();
            List<FieldDef> defs = FIELDS.stream().map(n -> dissectors.registry().get(n)).toList();
            Dissectors.Options options = new Dissectors.Options(false, true, -1);
            for (int f = 0; f < idx.size() && f < truth.size(); f++) {
                String[] t = truth.get(f).split("\t", -1);
                Dissection d = dissectors.dissect(idx, f, fa, options.withPreviousDisplayed(f - 1));
                for (int i = 0; i < FIELDS.size(); i++) {
                    String ours = text(d, defs.get(i));
                    String theirs = i < t.length ? t[i] : "";
                    if (ours.isEmpty() && theirs.isEmpty()) continue;
                    long[] s = fieldScore.get(FIELDS.get(i));
                    s[1]++;
                    if (ours.equals(theirs)) s[0]++;
                    else note(FIELDS.get(i), e.file() + " frame " + (f + 1) + ": tshark '" + theirs + "' ours '" + ours + "'");
                }
                String[] col = columns.get(f + 1);
                if (col != null && APP_COLUMNS.contains(col[0])) {
                    protocolScore[1]++;
                    infoScore[1]++;
                    if (col[0].equals(d.protocolColumn())) protocolScore[0]++;
                    else note("Protocol", e.file() + " frame " + (f + 1) + ": tshark '" + col[0] + "' ours '" + d.protocolColumn() + "'");
                    if (col[1].equals(d.infoColumn())) infoScore[0]++;
                    else note("Info", e.file() + " frame " + (f + 1) + ": tshark '" + col[1] + "' ours '" + d.infoColumn() + "'");
                }
            }
            analysis.capture().close();
        }
        StringBuilder report = new StringBuilder();
        fieldScore.forEach((k, s) -> report.append(String.format("%-40s %6d/%6d %.4f%n", k, s[0], s[1],
                s[1] == 0 ? 1.0 : (double) s[0] / s[1])));
        report.append(String.format("%-40s %6d/%6d %.4f%n", "_ws.col.Protocol (app frames)", protocolScore[0],
                protocolScore[1], (double) protocolScore[0] / Math.max(1, protocolScore[1])));
        report.append(String.format("%-40s %6d/%6d %.4f%n", "_ws.col.Info (app frames)", infoScore[0], infoScore[1],
                (double) infoScore[0] / Math.max(1, infoScore[1])));
        disagreements.forEach(s -> report.append(s).append('\n'));
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/app-agreement.txt"), report);
    }

    private static void note(String key, String line) {
        int n = perFieldShown.merge(key, 1, Integer::sum);
        if (n <= 15) disagreements.add(key + ": " + line);
    }

    private static String text(Dissection d, FieldDef def) {
        StringBuilder sb = new StringBuilder();
        for (FieldValue v : d.allValues()) {
            if (v.field().id() != def.id()) continue;
            if (sb.length() > 0) sb.append(',');
            FieldFormatter.appendFieldText(sb, v, d.bytes());
        }
        return sb.toString();
    }

    /** frame number → {Protocol, Info} from corpus/truth/FILE.tsv. */
    private static Map<Integer, String[]> truthColumns(Shared.CorpusEntry e) throws IOException {
        Path tsv = e.path().getParent().resolve("truth").resolve(e.file() + ".tsv");
        Map<Integer, String[]> out = new java.util.HashMap<>();
        if (!Files.exists(tsv)) return out;
        List<String> lines = Files.readAllLines(tsv);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length < 19) continue;
            out.put(Integer.parseInt(f[0]), new String[] {f[17], f[18]});
        }
        return out;
    }

    @Test
    void everyApplicationFieldAgreesWithTsharkOnAtLeast99Percent() {
        fieldScore.forEach((k, s) -> assertTrue(s[1] == 0 || s[0] >= 0.99 * s[1],
                k + ": " + s[0] + "/" + s[1] + " agree"));
    }

    @Test
    void protocolColumnOfApplicationFramesMostlyAgrees() {
        assertTrue(protocolScore[1] > 0 && protocolScore[0] >= 0.90 * protocolScore[1],
                "Protocol: " + protocolScore[0] + "/" + protocolScore[1]);
    }

    @Test
    void infoColumnOfApplicationFramesMostlyAgrees() {
        assertTrue(infoScore[1] > 0 && infoScore[0] >= 0.75 * infoScore[1], "Info: " + infoScore[0] + "/" + infoScore[1]);
    }
}
