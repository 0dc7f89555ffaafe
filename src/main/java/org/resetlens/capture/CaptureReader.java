package org.resetlens.capture;

import java.nio.file.Path;
import org.resetlens.core.CancelToken;
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
        throw new UnsupportedOperationException("not yet implemented");
    }
}
