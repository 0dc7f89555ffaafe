package org.resetlens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureInterface;
import org.resetlens.capture.FrameIndex;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Timestamps;
import org.resetlens.dissect.LinkTypes;
import org.resetlens.model.Analysis;
import org.resetlens.rst.ResetReport;
import org.resetlens.rst.Resets;

/** {@code info FILE [--json]}: what the capture holds, like {@code capinfos}. */
final class InfoCommand implements Subcommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS")
            .withZone(ZoneOffset.UTC);

    Path file;

    boolean json;

    @Override
    public void declare(CommandSpec spec) {
        spec.operand("FILE").flag("Print JSON.", "--json");
    }

    @Override
    public void bind(ParsedArgs args) throws CommandSpec.UsageException {
        file = args.path(0);
        json = args.flag("--json");
    }

    @Override
    public Integer call() {
        return run(System.out, System.err);
    }

    int run(PrintStream out, PrintStream err) {
        // the model alone: info dissects no packet, so it builds no dissectors or field registry
        Analysis model = ModelLoad.load(file, err);
        if (model == null) return Cli.EXIT_BAD_FILE;
        try (Capture capture = model.capture()) {
            Map<String, Object> info = summarize(capture);
            analysed(info, model);
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(info));
            } else {
                printText(out, info);
            }
            return 0;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> summarize(Capture cap) {
        FrameIndex idx = cap.frames();
        FrameIndex.Totals totals = idx.totals();
        int n = totals.frames();
        long first = totals.firstTime(), last = totals.lastTime();
        long wire = totals.originalBytes(), captured = totals.capturedBytes();
        boolean ordered = totals.timeOrdered();
        Map<Integer, Integer> perInterface = new TreeMap<>(totals.framesPerInterface());
        Map<String, Integer> perEncap = new TreeMap<>();
        perInterface.forEach((id, count) -> {
            int linkType = id >= 0 && id < idx.interfaces().size() ? idx.interfaces().get(id).linkType() : -1;
            perEncap.merge(LinkTypes.encapsulationName(linkType), count, Integer::sum);
        });
        double seconds = n > 0 ? (last - first) / 1e9 : 0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("format", cap.format().displayName());
        m.put("encapsulation", perEncap.size() == 1 ? perEncap.keySet().iterator().next() : "Per packet");
        m.put("encapsulations", perEncap);
        m.put("packets", n);
        m.put("fileBytes", fileSize());
        m.put("bytes", wire);
        m.put("capturedBytes", captured);
        m.put("firstTime", n > 0 ? Timestamps.seconds9(first) : null);
        m.put("lastTime", n > 0 ? Timestamps.seconds9(last) : null);
        m.put("firstTimeUtc", n > 0 ? TIME.format(instant(first)) : null);
        m.put("lastTimeUtc", n > 0 ? TIME.format(instant(last)) : null);
        m.put("durationSeconds", n > 0 ? Timestamps.seconds9(last - first) : null);
        m.put("dataByteRate", seconds > 0 ? wire / seconds : null);
        m.put("dataBitRate", seconds > 0 ? wire * 8 / seconds : null);
        m.put("averagePacketSize", n > 0 ? (double) wire / n : null);
        m.put("strictTimeOrder", ordered);
        List<Map<String, Object>> ifs = new ArrayList<>();
        for (CaptureInterface i : idx.interfaces()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", i.id());
            x.put("name", i.name());
            x.put("description", i.description());
            x.put("linkType", i.linkType());
            x.put("encapsulation", LinkTypes.encapsulationName(i.linkType()));
            x.put("snapLength", i.snapLength());
            x.put("packets", perInterface.getOrDefault(i.id(), 0));
            ifs.add(x);
        }
        m.put("interfaces", ifs);
        m.put("comments", cap.sectionComments());
        int[] commented = idx.commentedFrames();
        m.put("packetComments", commented.length);
        List<String> warnings = new ArrayList<>();
        for (Diagnostic d : cap.diagnostics()) warnings.add(d.message());
        m.put("complete", cap.complete());
        m.put("warnings", warnings);
        return m;
    }

    /**
     * What the load-time analysis found, as the window shows on open: the streams and every reset
     * explained, counted by cause.
     */
    private static void analysed(Map<String, Object> info, Analysis model) {
        info.put("tcpStreams", model.tcpStreamCount());
        info.put("udpStreams", model.udpStreamCount());
        ResetReport report = Resets.explain(model);
        Map<String, Object> resets = new LinkedHashMap<>();
        resets.put("total", report.resets().size());
        resets.put("byCause", report.countsByCause());
        resets.put("patterns", report.patterns().size());
        info.put("resets", resets);
    }

    private long fileSize() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    @SuppressWarnings("unchecked")
    private static void printText(PrintStream out, Map<String, Object> m) {
        line(out, "File name", m.get("file"));
        line(out, "File type", m.get("format"));
        line(out, "File encapsulation", m.get("encapsulation"));
        Map<String, Integer> encaps = (Map<String, Integer>) m.get("encapsulations");
        if (encaps.size() > 1) encaps.forEach((k, v) -> out.println("                     " + k + " (" + v + ")"));
        line(out, "Number of packets", m.get("packets"));
        line(out, "File size", m.get("fileBytes") + " bytes");
        line(out, "Data size", m.get("bytes") + " bytes");
        if (m.get("firstTime") != null) {
            line(out, "Capture duration", m.get("durationSeconds") + " seconds");
            line(out, "First packet time", m.get("firstTimeUtc") + " UTC");
            line(out, "Last packet time", m.get("lastTimeUtc") + " UTC");
        }
        if (m.get("dataByteRate") != null) {
            line(out, "Data byte rate", String.format(Locale.ROOT, "%.0f bytes/s", (Double) m.get("dataByteRate")));
            line(out, "Data bit rate", String.format(Locale.ROOT, "%.0f bits/s", (Double) m.get("dataBitRate")));
        }
        if (m.get("averagePacketSize") != null) {
            line(out, "Average packet size", String.format(Locale.ROOT, "%.2f bytes", (Double) m.get("averagePacketSize")));
        }
        line(out, "Strict time order", m.get("strictTimeOrder"));
        List<Map<String, Object>> ifs = (List<Map<String, Object>>) m.get("interfaces");
        line(out, "Number of interfaces", ifs.size());
        for (Map<String, Object> i : ifs) {
            out.println("Interface #" + i.get("id") + ": " + (i.get("name") == null || "".equals(i.get("name")) ? "(no name)"
                    : i.get("name")) + ", " + i.get("encapsulation") + " (" + i.get("linkType") + "), snaplen "
                    + i.get("snapLength") + ", " + i.get("packets") + " packets");
        }
        for (Object c : (List<Object>) m.get("comments")) line(out, "Capture comment", c);
        line(out, "Packet comments", m.get("packetComments"));
        line(out, "TCP streams", m.get("tcpStreams"));
        line(out, "UDP streams", m.get("udpStreams"));
        Map<String, Object> resets = (Map<String, Object>) m.get("resets");
        Map<String, Integer> byCause = (Map<String, Integer>) resets.get("byCause");
        StringBuilder causes = new StringBuilder();
        byCause.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> causes.append(causes.length() == 0 ? " (" : ", ").append(e.getKey()).append(' ')
                        .append(e.getValue()));
        if (causes.length() > 0) causes.append(')');
        line(out, "TCP resets", resets.get("total") + "" + causes);
        for (Object w : (List<Object>) m.get("warnings")) line(out, "Warning", w);
    }

    private static void line(PrintStream out, String key, Object value) {
        StringBuilder sb = new StringBuilder(key).append(':');
        do {
            sb.append(' ');
        } while (sb.length() < 21);
        out.println(sb.append(value));
    }
}
