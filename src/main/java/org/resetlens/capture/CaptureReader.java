package org.resetlens.capture;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Progress;

/**
 * Opens a capture file of any supported format (pcap, pcapng, gzip of either, detected by magic)
 * and indexes it in one sequential pass, calling {@code listener} after each frame.
 */
public final class CaptureReader {
    private CaptureReader() { }

    /**
     * Never throws on bad input: a missing, unreadable or unknown file gives a {@link Capture} with
     * no frames and an error diagnostic; damage part-way gives the frames before it and a warning.
     */
    public static Capture read(Path path, FrameListener listener, CancelToken cancel, Progress progress) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        return read(path, listener, cancel, progress, tmp, GzipInflater.defaultLimit(tmp));
    }

    /** As {@link #read(Path, FrameListener, CancelToken, Progress)}, decompressing gzip into {@code tempDir}. */
    static Capture read(Path path, FrameListener listener, CancelToken cancel, Progress progress,
                        Path tempDir, long gzipLimit) {
        if (Files.isDirectory(path)) return failed(path, "capture.io", path + " is a directory, not a file");
        MappedByteSource src;
        try {
            src = MappedByteSource.open(path);
        } catch (NoSuchFileException e) {
            return failed(path, "capture.io", "cannot open " + path + ": no such file");
        } catch (AccessDeniedException e) {
            return failed(path, "capture.io", "cannot open " + path + ": permission denied");
        } catch (IOException | RuntimeException e) {
            return failed(path, "capture.io", "cannot read " + path + ": " + e.getMessage());
        }
        if (src.size() >= 2 && src.u8(0) == 0x1f && src.u8(1) == 0x8b) {
            src.close();
            return readGzip(path, listener, cancel, progress, tempDir, gzipLimit);
        }
        return parse(path, src, listener, cancel, progress, false);
    }

    private static Capture readGzip(Path path, FrameListener listener, CancelToken cancel, Progress progress,
                                    Path tempDir, long limit) {
        GzipInflater.Result r;
        try {
            r = GzipInflater.inflate(path, tempDir, limit, cancel, progress);
        } catch (IOException | RuntimeException e) {
            return failed(path, "gzip.io", "cannot decompress " + path + ": " + e.getMessage());
        }
        MappedByteSource src;
        try {
            src = MappedByteSource.openTemporary(r.file());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(r.file());
            return failed(path, "gzip.io", "cannot read the decompressed capture: " + e.getMessage());
        }
        if (r.cancelled()) {
            FrameIndex empty = new FrameIndex(src);
            return new Capture(path, CaptureFormat.UNKNOWN, empty, List.of(), List.of(), false);
        }
        Capture c = parse(path, src, listener, cancel, progress, true);
        if (r.problem() == null) return c;
        // One message for the whole story: the gzip problem explains whatever the parser then met.
        Diagnostic parserSaid = c.diagnostics().isEmpty() ? null : c.diagnostics().get(0);
        String msg = "compressed file " + path.getFileName() + ": " + r.problem()
                + (parserSaid != null && r.size() > 0 ? "; " + parserSaid.message() : "");
        long offset = parserSaid != null ? parserSaid.offset() : r.size();
        Diagnostic d = c.hasError() || r.size() == 0 ? Diagnostic.error("gzip.damaged", offset, msg)
                : Diagnostic.warning("gzip.damaged", offset, msg);
        return new Capture(path, c.format(), c.frames(), c.sectionComments(), List.of(d), c.complete());
    }

    /** Detects the format of {@code src} by magic and indexes it; {@code decompressed} only words messages. */
    static Capture parse(Path path, ByteSource src, FrameListener listener, CancelToken cancel,
                                 Progress progress, boolean decompressed) {
        FrameIndex index = new FrameIndex(src);
        FrameSink sink = new FrameSink(index, listener, cancel, progress);
        CaptureFormat format = CaptureFormat.UNKNOWN;
        long size = src.size();
        if (size < 4) {
            sink.error("capture.short", 0, size == 0 ? "the file is empty"
                    : "the file is too short to be a capture (" + size + " bytes)");
        } else {
            int b0 = src.u8(0), b1 = src.u8(1), b2 = src.u8(2), b3 = src.u8(3);
            PcapParser.Variant v = PcapParser.variant(b0, b1, b2, b3);
            try {
                if (v != null) {
                    format = v.format();
                    PcapParser.parse(src, v, sink);
                } else if (src.u32(0, true) == PcapngParser.SHB) {
                    format = CaptureFormat.PCAPNG;
                    PcapngParser.parse(src, sink);
                } else {
                    sink.error("capture.format", 0, MagicNames.describe(src, decompressed));
                }
            } catch (InternalError e) {
                // the JVM's report of a fault on a mapped page: the file was truncated while we read it
                sink.diagnostics.clear();
                sink.damage("capture.io", -1, "the file shrank while it was being read (" + e.getMessage() + ")");
            }
        }
        return new Capture(path, format, index, List.copyOf(sink.sectionComments), List.copyOf(sink.diagnostics),
                !sink.cancelled());
    }

    private static Capture failed(Path path, String code, String message) {
        FrameIndex empty = new FrameIndex(new HeapByteSource(new byte[0]));
        return new Capture(path, CaptureFormat.UNKNOWN, empty, List.of(), List.of(Diagnostic.error(code, -1, message)),
                true);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            p.toFile().deleteOnExit();
        }
    }
}
