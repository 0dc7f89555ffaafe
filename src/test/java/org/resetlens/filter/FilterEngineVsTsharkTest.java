package org.resetlens.filter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureReader;
import org.resetlens.capture.FrameListener;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.core.Span;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.Dissectors;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;
import org.resetlens.dissect.FieldType;
import org.resetlens.dissect.FieldValue;
import org.resetlens.dissect.FrameAnalysis;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * The filter engine alone against the conformance suite: every field value is taken from
 * {@code tshark -T fields} and protocol presence from {@code frame.protocols} (protocol bytes
 * from ResetLens's own dissection), so gaps in dissectors and the conversation model do not
 * count and what fails is the engine's reading of Wireshark's filter semantics. A measurement
 * tool rather than a regression test (it runs tshark on every capture, about a minute): enabled
 * with {@code -Dresetlens.engineVsTshark=true}.
 */
class FilterEngineVsTsharkTest {
    /** Reached: 8083/8086; the 3 left are artefacts of this harness (IPX frames whose frame.protocols
     *  omits smb, and IP inside PPPoE, which ResetLens's dissectors do not reach for protocol bytes). */
    static final double FLOOR = 0.9995;
    private static final String AGG = "|";

    @Test
    void engineReproducesTsharkFromTsharkFieldValues() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("resetlens.engineVsTshark"),
                "a measurement (about a minute): run with -Dresetlens.engineVsTshark=true");
        Tshark.require();
        Path shared = Shared.require();
        List<String> lines = Files.readAllLines(shared.resolve("conformance/filters.tsv"), StandardCharsets.UTF_8);
        Map<String, List<String[]>> byCapture = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            byCapture.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
        Dissectors dissectors = Dissectors.standard();
        FieldRegistry reg = dissectors.registry();
        int passed = 0, total = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : byCapture.entrySet()) {
            Path file = shared.resolve("corpus").resolve(e.getKey());
            Map<String, CompileResult> compiled = new HashMap<>();
            Set<FieldDef> used = new LinkedHashSet<>();
            for (String[] c : e.getValue()) {
                CompileResult r = compiled.computeIfAbsent(c[1], t -> DisplayFilter.compile(t, reg));
                if (r.ok()) used.addAll(r.filter().fields());
            }
            List<FieldDef> valueFields = used.stream().filter(f -> !f.isProtocol()).toList();
            List<String> names = new ArrayList<>(List.of("frame.protocols"));
            valueFields.forEach(f -> names.add(f.abbrev()));
            List<String> cmd = new ArrayList<>(List.of("tshark", "-n", "-2", "-r", file.toString(), "-T", "fields",
                    "-E", "occurrence=a", "-E", "aggregator=" + AGG));
            names.forEach(n -> {
                cmd.add("-e");
                cmd.add(n);
            });
            List<String> rows = Tshark.run(cmd);
            TsharkFields fields = new TsharkFields();
            try (Capture cap = CaptureReader.read(file, FrameListener.NONE, CancelToken.none(), Progress.NONE)) {
                int n = Math.min(cap.frames().size(), rows.size());
                for (int i = 0; i < n; i++) {
                    Dissection d = dissectors.dissect(cap.frames(), i, FrameAnalysis.NONE,
                            new Dissectors.Options(false, false, -2));
                    fields.add(reg, d, rows.get(i).split("\t", -1), valueFields);
                }
            }
            for (String[] c : e.getValue()) {
                CompileResult r = compiled.get(c[1]);
                int[] got = r.ok() ? r.filter().select(fields.size(), fields, ColumnSource.NONE, CancelToken.none())
                        : new int[0];
                boolean ok = r.ok() && agrees(c, got);
                total++;
                if (ok) passed++;
                else if (failures.size() < 200) failures.add(c[5] + " " + c[0] + "  " + c[1] + "  got " + got.length
                        + " want " + c[2]);
            }
        }
        double rate = (double) passed / total;
        System.out.printf("engine vs tshark field values: %d/%d = %.2f%%%n", passed, total, 100 * rate);
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertTrue(rate >= FLOOR, "engine pass rate " + rate + " fell below " + FLOOR);
    }

    private static boolean agrees(String[] c, int[] got) {
        if (got.length != Integer.parseInt(c[2])) return false;
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < Math.min(got.length, c[4].isEmpty() ? got.length : 50); i++) {
            first.append(i == 0 ? "" : ",").append(got[i] + 1);
        }
        return first.toString().equals(c[3]);
    }

    /** Frames whose field values come from tshark text and whose protocols' bytes come from dissection. */
    private static final class TsharkFields implements FrameFields {
        private final List<Map<Integer, List<FieldValue>>> values = new ArrayList<>();
        private final List<byte[]> bytes = new ArrayList<>();

        int size() {
            return values.size();
        }

        void add(FieldRegistry reg, Dissection d, String[] cols, List<FieldDef> valueFields) {
            Map<Integer, List<FieldValue>> m = new HashMap<>();
            Map<Integer, FieldValue> ours = new HashMap<>();
            for (FieldValue v : d.allValues()) if (v.field().isProtocol()) ours.putIfAbsent(v.field().id(), v);
            for (String p : ("frame:" + cols[0]).split(":")) {
                reg.find(p).filter(FieldDef::isProtocol).ifPresent(def -> {
                    FieldValue mine = ours.get(def.id());
                    m.computeIfAbsent(def.id(), k -> new ArrayList<>())
                            .add(new FieldValue(def, null, mine == null ? 0 : mine.offset(), 0));
                });
            }
            for (int i = 0; i < valueFields.size() && i + 1 < cols.length; i++) {
                String text = cols[i + 1];
                if (text.isEmpty()) continue;
                FieldDef def = valueFields.get(i);
                for (String one : text.split("\\|", -1)) {
                    Object v = parse(def.type(), one);
                    if (v != null) m.computeIfAbsent(def.id(), k -> new ArrayList<>()).add(new FieldValue(def, v, 0, 0));
                }
            }
            values.add(m);
            bytes.add(d.bytes());
        }

        private static Object parse(FieldType t, String s) {
            Span span = new Span(0, 0);
            try {
                return switch (t) {
                    case NONE -> Boolean.TRUE;
                    case BOOLEAN -> s.equals("1") || s.equalsIgnoreCase("true") ? 1L : 0L;
                    case IPV4 -> Literals.ipv4Address(s);
                    case IPV6 -> Literals.ipv6Address(s);
                    case ETHER, BYTES -> Literals.hexBytes(s);
                    case STRING -> s;
                    case RELATIVE_TIME -> Literals.relativeTime(s, span);
                    case ABSOLUTE_TIME -> Literals.absoluteTime(s, span);
                    case DOUBLE -> Double.parseDouble(s);
                    default -> s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16)
                            : t == FieldType.INT32 ? Long.parseLong(s) : Long.parseUnsignedLong(s);
                };
            } catch (RuntimeException e) {
                return null;
            }
        }

        @Override
        public List<FieldValue> values(int frame, FieldDef field) {
            return values.get(frame).getOrDefault(field.id(), List.of());
        }

        @Override
        public byte[] bytes(int frame) {
            return bytes.get(frame);
        }
    }
}
