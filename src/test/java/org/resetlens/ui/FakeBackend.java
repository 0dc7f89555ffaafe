package org.resetlens.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resetlens.capture.FrameIndex;
import org.resetlens.capture.HeapByteSource;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Progress;
import org.resetlens.core.Severity;
import org.resetlens.dissect.Base;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;
import org.resetlens.dissect.FieldType;
import org.resetlens.dissect.TreeNode;
import org.resetlens.ui.backend.CaptureBackend;
import org.resetlens.ui.backend.CapturePreview;
import org.resetlens.ui.backend.CaptureSession;
import org.resetlens.ui.backend.CompiledFilter;
import org.resetlens.ui.backend.ConversationRow;
import org.resetlens.ui.backend.DisplayFilters;
import org.resetlens.ui.backend.ExpertItem;
import org.resetlens.ui.backend.FilterCheck;
import org.resetlens.ui.backend.PacketRow;
import org.resetlens.ui.backend.ResetInfo;
import org.resetlens.ui.backend.StreamChunk;

/**
 * A backend for view tests: the {@link UiTestCaptures} frames with hand-written rows, details,
 * one explained reset and a tiny filter language (one comparison, or a stream-scoped trace filter).
 */
final class FakeBackend implements CaptureBackend {
    static final int RST_FRAME = 6;
    static final int TRIGGER_FRAME = 5;
    static final int ACKED_UNTIL_FRAME = 4;
    static final String TRACE_FILTER = "tcp.stream eq 0 && (tcp.nxtseq eq 5024 || tcp.ack eq 5024 || tcp.seq eq 5024)";

    final FieldRegistry registry = new FieldRegistry();
    final FieldDef frameProto = registry.protocol("frame", "Frame");
    final FieldDef ethProto = registry.protocol("eth", "Ethernet");
    final FieldDef ipProto = registry.protocol("ip", "Internet Protocol Version 4");
    final FieldDef ipSrc = registry.register("ip.src", "Source Address", FieldType.IPV4, Base.NONE, 0, "");
    final FieldDef tcpProto = registry.protocol("tcp", "Transmission Control Protocol");
    final FieldDef tcpSrcPort = registry.register("tcp.srcport", "Source Port", FieldType.UINT16, Base.PT_TCP, 0, "");
    final FieldDef tcpPort = registry.register("tcp.port", "Port", FieldType.UINT16, Base.PT_TCP, 0, "");
    final FieldDef tcpReset = registry.register("tcp.flags.reset", "Reset", FieldType.BOOLEAN, Base.NONE, 0x004, "");
    final FieldDef tcpStream = registry.register("tcp.stream", "Stream index", FieldType.UINT32, Base.DEC, 0, "");
    final FieldDef tcpLen = registry.register("tcp.len", "TCP Segment Len", FieldType.UINT32, Base.DEC, 0, "");
    final FieldDef acksFrame = registry.register("tcp.analysis.acks_frame", "This is an ACK to the segment in frame",
            FieldType.FRAMENUM, Base.NONE, 0, "");

    private final FakeFilters filters = new FakeFilters();
    volatile int loads;
    /** When set, loading stops after three frames and waits until it is cancelled. */
    volatile boolean blockAfterThree;

    @Override
    public CaptureSession load(Path path, Consumer<CapturePreview> onPreview, CancelToken cancel, Progress progress) {
        loads++;
        FrameIndex index = new FrameIndex(new HeapByteSource(UiTestCaptures.pcap()));
        long[] offsets = UiTestCaptures.dataOffsets();
        List<UiTestCaptures.Segment> segs = UiTestCaptures.segments();
        for (int i = 0; i < segs.size(); i++) {
            if (blockAfterThree && i == 3) {
                long until = System.nanoTime() + 20_000_000_000L;
                while (!cancel.isCancelled() && System.nanoTime() < until) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                return new FakeSession(path, index, false);
            }
            int len = UiTestCaptures.frame(segs.get(i)).length;
            long t = UiTestCaptures.T0_SECONDS * 1_000_000_000L + segs.get(i).micros() * 1000L;
            index.add(offsets[i], len, len, t, 0);
            if (i == 0) onPreview.accept(new CapturePreview(index, f -> new PacketRow("", "", "preview", "")));
        }
        index.setInterfaces(List.of(new org.resetlens.capture.CaptureInterface(0, 1, 65535, "eth0", "", 1_000_000, 0)));
        return new FakeSession(path, index, true);
    }

    @Override
    public DisplayFilters filters() {
        return filters;
    }

    static boolean isRst(int frame) {
        return (UiTestCaptures.segments().get(frame).flags() & UiTestCaptures.RST) != 0;
    }

    /** The fake filter language. */
    final class FakeFilters implements DisplayFilters {
        private final Pattern cmp = Pattern.compile("^\\s*([A-Za-z][\\w.]*)\\s*(==|eq|!=)\\s*(\\d+)\\s*$");
        private final Pattern bare = Pattern.compile("^\\s*([A-Za-z][\\w.]*)\\s*$");
        private final Pattern trace = Pattern.compile("^tcp\\.stream eq (\\d+) && \\(.*eq (\\d+)\\)$");

        @Override
        public FilterCheck check(String text) {
            Matcher t = trace.matcher(text);
            if (t.matches()) {
                long n = Long.parseLong(t.group(2));
                return FilterCheck.ok(text, compiled(text, f -> {
                    UiTestCaptures.Segment s = UiTestCaptures.segments().get(f);
                    long nxt = s.seq() + s.payload().length;
                    return s.ack() == n || s.seq() == n || nxt == n;
                }));
            }
            Matcher m = cmp.matcher(text);
            Matcher b = bare.matcher(text);
            String name = m.matches() ? m.group(1) : b.matches() ? b.group(1) : null;
            if (name == null) {
                return new FilterCheck(text, List.of(new Diagnostic(Severity.ERROR, "filter.syntax",
                        "Unexpected end of filter", text.length(), 0)), Optional.empty(), null);
            }
            if (registry.find(name).isEmpty()) {
                int col = text.indexOf(name);
                String suggestion = name.startsWith("tcp") ? "tcp.port" : null;
                return new FilterCheck(text, List.of(new Diagnostic(Severity.ERROR, "filter.unknown-field",
                        "\"" + name + "\" is neither a field nor a protocol name", col, name.length())), Optional.empty(),
                        suggestion);
            }
            if (!m.matches()) return FilterCheck.ok(text, compiled(text, f -> true));
            long v = Long.parseLong(m.group(3));
            IntPredicate p = switch (name) {
                case "tcp.flags.reset" -> f -> (isRst(f) ? 1 : 0) == v;
                case "tcp.stream" -> f -> v == 0;
                case "tcp.len" -> f -> UiTestCaptures.segments().get(f).payload().length == v;
                case "tcp.port", "tcp.srcport" -> f -> v == UiTestCaptures.CLIENT_PORT || v == UiTestCaptures.SERVER_PORT;
                default -> f -> false;
            };
            if (m.group(2).equals("!=")) {
                IntPredicate eq = p;
                return new FilterCheck(text, List.of(new Diagnostic(Severity.WARNING, "filter.deprecated",
                        "\"!=\" is deprecated or may have unexpected results", text.indexOf("!="), 2)),
                        Optional.of(compiled(text, eq.negate())), null);
            }
            return FilterCheck.ok(text, compiled(text, p));
        }

        @Override
        public List<String> fieldNames() {
            return registry.all().stream().map(FieldDef::abbrev).toList();
        }
    }

    record FakeCompiled(String text, IntPredicate predicate) implements CompiledFilter { }

    private static CompiledFilter compiled(String text, IntPredicate p) {
        return new FakeCompiled(text, p);
    }

    /** The loaded fake capture. */
    final class FakeSession implements CaptureSession {
        private final Path path;
        private final FrameIndex index;
        private final boolean complete;

        FakeSession(Path path, FrameIndex index, boolean complete) {
            this.path = path;
            this.index = index;
            this.complete = complete;
        }

        @Override
        public Path path() {
            return path;
        }

        @Override
        public FrameIndex frames() {
            return index;
        }

        @Override
        public boolean complete() {
            return complete;
        }

        @Override
        public List<Diagnostic> diagnostics() {
            return List.of();
        }

        @Override
        public PacketRow row(int frame) {
            UiTestCaptures.Segment s = UiTestCaptures.segments().get(frame);
            String src = s.fromClient() ? UiTestCaptures.CLIENT : UiTestCaptures.SERVER;
            String dst = s.fromClient() ? UiTestCaptures.SERVER : UiTestCaptures.CLIENT;
            String info = (isRst(frame) ? "[RST, ACK] " : "") + "frame " + (frame + 1);
            return new PacketRow(src, dst, s.payload().length > 0 ? "SMB2" : "TCP", info);
        }

        @Override
        public Optional<Dissection> dissect(int frame) {
            byte[] bytes = index.bytes(frame);
            Dissection d = new Dissection(frame, bytes);
            TreeNode fr = d.addRoot(new TreeNode("Frame " + (frame + 1) + ": " + bytes.length + " bytes", null, 0,
                    bytes.length, -1));
            d.text(fr, "Arrival time", 0, 0);
            d.addRoot(new TreeNode("Ethernet II", null, 0, 14, -1));
            TreeNode ip = d.addRoot(new TreeNode("Internet Protocol Version 4", null, 14, 20, -1));
            long srcIp = ((bytes[26] & 0xffL) << 24) | ((bytes[27] & 0xffL) << 16) | ((bytes[28] & 0xffL) << 8)
                    | (bytes[29] & 0xffL);
            d.add(ip, ipSrc, srcIp, 26, 4, "Source Address: " + (srcIp >> 24) + "." + ((srcIp >> 16) & 255) + "."
                    + ((srcIp >> 8) & 255) + "." + (srcIp & 255));
            TreeNode tcp = d.addRoot(new TreeNode("Transmission Control Protocol", null, 34, 20, -1));
            int sport = ((bytes[34] & 0xff) << 8) | (bytes[35] & 0xff);
            d.add(tcp, tcpSrcPort, (long) sport, 34, 2, "Source Port: " + sport);
            d.add(tcp, tcpReset, isRst(frame) ? 1L : 0L, 46, 2, "Reset: " + (isRst(frame) ? "Set" : "Not set"));
            if (frame == ACKED_UNTIL_FRAME) {
                d.add(tcp, acksFrame, 4L, 0, 0, "[This is an ACK to the segment in frame: 4]", 3);
            }
            return Optional.of(d);
        }

        @Override
        public int tcpStream(int frame) {
            return 0;
        }

        @Override
        public int udpStream(int frame) {
            return -1;
        }

        @Override
        public IntPredicate matcher(CompiledFilter filter) {
            return ((FakeCompiled) filter).predicate();
        }

        @Override
        public List<ConversationRow> conversations() {
            return List.of(new ConversationRow(ConversationRow.Transport.TCP, 0, UiTestCaptures.CLIENT, UiTestCaptures.CLIENT_PORT,
                    UiTestCaptures.SERVER, UiTestCaptures.SERVER_PORT, 5, 400, 2, 200, 0, 30_010_000_000L, "RST by client", 1,
                    "RSTO", 1));
        }

        @Override
        public List<ResetInfo> resets() {
            return List.of(new ResetInfo(RST_FRAME, 0, "client", "request-timeout", "high", false, "unknown",
                    "The client sent a request (frame 6) that the server never answered; 30 s later the client gave up "
                            + "and reset the connection.",
                    List.of("RST seq 1059 = client next seq 1059 (in window)", "RST ack 5024 = server last nxtseq 5024"),
                    List.of(new ResetInfo.TraceStep("acknowledged-until", ACKED_UNTIL_FRAME, "server response, nxtseq 5024"),
                            new ResetInfo.TraceStep("sent-while-waiting", TRIGGER_FRAME, "client request, ack 5024"),
                            new ResetInfo.TraceStep("trigger", TRIGGER_FRAME, "the unanswered request")),
                    TRIGGER_FRAME, TRACE_FILTER, List.of("request-timeout: no data from the server after frame 6 for 30 s"),
                    "RSTO", "30.000 s after the trigger"));
        }

        @Override
        public List<ExpertItem> expert() {
            return List.of(new ExpertItem(ExpertItem.Level.CHAT, "Sequence", "TCP", "Connection establish request (SYN)", 0));
        }

        @Override
        public List<StreamChunk> followTcp(int stream) {
            return List.of(new StreamChunk(3, true, UiTestCaptures.REQUEST1), new StreamChunk(4, false, UiTestCaptures.RESPONSE1));
        }

        @Override
        public void setComments(int frame, List<String> comments) {
            index.setComments(frame, comments);
        }

        @Override
        public void saveAs(Path file, int[] frames) throws java.io.IOException {
            java.nio.file.Files.writeString(file, java.util.Arrays.toString(frames));
        }

        @Override
        public void close() { }
    }
}
