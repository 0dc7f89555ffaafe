package org.resetlens.diagram;

import java.util.ArrayList;
import java.util.List;
import org.resetlens.capture.FrameIndex;

/**
 * The user's notes on packets, kept where pcapng keeps them: as the frames' comments in the
 * {@link FrameIndex} (read from {@code opt_comment} on load, written back by the pcapng writer on
 * Save As). Frames here are Wireshark's 1-based numbers.
 */
public final class Annotations {
    private final FrameIndex index;

    public Annotations(FrameIndex index) {
        this.index = index;
    }

    /** The note on {@code frame} (its comments joined by line breaks), or "". */
    public String get(int frame) {
        if (frame < 1 || frame > index.size()) return "";
        return String.join("\n", index.comments(frame - 1));
    }

    /** Replaces the note on {@code frame}; a blank text removes it. */
    public void set(int frame, String text) {
        check(frame);
        index.setComments(frame - 1, text == null || text.isBlank() ? List.of() : List.of(text.strip()));
    }

    /** Adds a note after any existing ones (pcapng allows several comments per packet). */
    public void add(int frame, String text) {
        check(frame);
        if (text != null && !text.isBlank()) index.addComment(frame - 1, text.strip());
    }

    /** Every note, by frame. */
    public List<Annotation> all() {
        List<Annotation> out = new ArrayList<>();
        for (int f : index.commentedFrames()) out.add(new Annotation(f + 1, get(f + 1)));
        return out;
    }

    private void check(int frame) {
        if (frame < 1 || frame > index.size()) {
            throw new IllegalArgumentException("no frame " + frame + " (the capture has " + index.size() + ")");
        }
    }
}
