package org.resetlens.model;

import java.nio.file.Path;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureReader;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;

/** Loads a capture file and runs the ordered analysis pass over it in one sequential read. */
public final class CaptureLoader {
    private CaptureLoader() { }

    /**
     * Reads {@code path} and analyses every frame as it is indexed. Never throws on bad input: the
     * returned analysis holds whatever frames were read, and the capture carries the diagnostics.
     */
    public static Analysis load(Path path, CancelToken cancel, Progress progress, TcpSegmentListener... listeners) {
        LoadPass pass = new LoadPass(listeners);
        Capture capture = CaptureReader.read(path, pass, cancel, progress);
        return pass.finish(capture);
    }

    public static Analysis load(Path path) {
        return load(path, CancelToken.none(), Progress.NONE);
    }
}
