package org.resetlens.ui.backend;

import java.util.function.IntFunction;
import org.resetlens.capture.FrameIndex;

/**
 * A capture while it loads: the growing frame index and row texts for the frames already analysed,
 * so the first rows show before the rest has loaded.
 */
public record CapturePreview(FrameIndex frames, IntFunction<PacketRow> rows) { }
