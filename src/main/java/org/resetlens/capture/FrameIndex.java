package org.resetlens.capture;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columnar index of every frame in a capture: primitive arrays, no object per packet.
 * Frames are 0-based here; Wireshark's {@code frame.number} is {@code index + 1}.
 *
 * <p>One thread (the loader) appends; any thread may read frames below {@link #size()}, which is
 * published after each frame's columns are written, so rows can be shown while the file loads.
 */
public final class FrameIndex {
    private static final int INITIAL = 1024;

    /** The columns as one immutable-length snapshot, swapped whole when the index grows. */
    private record Columns(long[] dataOffset, int[] capLen, int[] origLen, long[] timeNanos, int[] iface) {
        static Columns of(int n) {
            return new Columns(new long[n], new int[n], new int[n], new long[n], new int[n]);
        }

        Columns grow(int n) {
            return new Columns(Arrays.copyOf(dataOffset, n), Arrays.copyOf(capLen, n), Arrays.copyOf(origLen, n),
                    Arrays.copyOf(timeNanos, n), Arrays.copyOf(iface, n));
        }

        int capacity() {
            return capLen.length;
        }
    }

    private volatile Columns columns = Columns.of(INITIAL);
    private volatile int size;
    private final Map<Integer, List<String>> comments = Collections.synchronizedMap(new HashMap<>());
    private final ByteSource source;
    private volatile List<CaptureInterface> interfaces = List.of();

    /*
     * Running totals over the frames added (what capinfos reports), kept as the loader indexes them so
     * a summary needs no pass over a million frames. Loader thread; read once the load is done.
     */
    private long originalBytes, capturedBytes;
    private long firstTime = Long.MAX_VALUE, lastTime = Long.MIN_VALUE, previousTime = Long.MIN_VALUE;
    private boolean timeOrdered = true;
    /** Frames per interface id + 1 (so -1, a record of no interface, counts at 0); other ids in a map. */
    private int[] perInterface = new int[4];
    private final Map<Integer, Integer> otherInterfaces = new HashMap<>();

    /**
     * The totals of a loaded index.
     *
     * @param firstTime earliest arrival time (ns since the epoch), Long.MAX_VALUE when there is no frame
     * @param lastTime latest arrival time, Long.MIN_VALUE when there is no frame
     * @param timeOrdered whether no frame arrived before the one in front of it
     * @param framesPerInterface frames per interface id (-1: records of no interface), ascending ids
     */
    public record Totals(int frames, long originalBytes, long capturedBytes, long firstTime, long lastTime,
                         boolean timeOrdered, Map<Integer, Integer> framesPerInterface) { }

    public FrameIndex(ByteSource source) {
        this.source = source;
    }

    /** Appends a frame; returns its 0-based index. Loader thread only. */
    public int add(long dataOffset, int capturedLength, int originalLength, long timeNanos, int interfaceId) {
        Columns c = columns;
        int i = size;
        if (i == c.capacity()) {
            c = c.grow(Math.max(INITIAL, c.capacity() + (c.capacity() >> 1)));
            columns = c;
        }
        c.dataOffset[i] = dataOffset;
        c.capLen[i] = capturedLength;
        c.origLen[i] = originalLength;
        c.timeNanos[i] = timeNanos;
        c.iface[i] = interfaceId;
        count(capturedLength, originalLength, timeNanos, interfaceId);
        size = i + 1;
        return i;
    }

    private void count(int capturedLength, int originalLength, long timeNanos, int interfaceId) {
        originalBytes += originalLength;
        capturedBytes += capturedLength;
        if (timeNanos < firstTime) firstTime = timeNanos;
        if (timeNanos > lastTime) lastTime = timeNanos;
        if (timeNanos < previousTime) timeOrdered = false;
        previousTime = timeNanos;
        int k = interfaceId + 1;
        if (k >= 0 && k < 1024) {
            if (k >= perInterface.length) perInterface = Arrays.copyOf(perInterface, Math.max(k + 1, perInterface.length * 2));
            perInterface[k]++;
        } else {
            otherInterfaces.merge(interfaceId, 1, Integer::sum);
        }
    }

    /** The running totals of the frames indexed so far (call from the loader thread or after the load). */
    public Totals totals() {
        Map<Integer, Integer> per = new java.util.TreeMap<>(otherInterfaces);
        for (int k = 0; k < perInterface.length; k++) if (perInterface[k] > 0) per.put(k - 1, perInterface[k]);
        return new Totals(size, originalBytes, capturedBytes, firstTime, lastTime, timeOrdered,
                Collections.unmodifiableMap(per));
    }

    /**
     * Grows the columns to hold at least {@code frames} frames, so that a loader that can estimate the
     * count saves the repeated copying of growth. Loader thread only.
     */
    public void ensureCapacity(int frames) {
        Columns c = columns;
        if (frames > c.capacity()) columns = c.grow(frames);
    }

    /** Frames the columns can hold before they grow (a listener keeping its own columns sizes them alike). */
    public int capacity() {
        return columns.capacity();
    }

    /** Attaches a comment ({@code opt_comment}) to a frame. */
    public void addComment(int frame, String comment) {
        comments.computeIfAbsent(frame, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(comment);
    }

    public void setComments(int frame, List<String> newComments) {
        if (newComments.isEmpty()) comments.remove(frame);
        else comments.put(frame, new java.util.concurrent.CopyOnWriteArrayList<>(newComments));
    }

    public List<String> comments(int frame) {
        List<String> c = comments.get(frame);
        return c == null ? List.of() : List.copyOf(c);
    }

    /** The frames that carry at least one comment, ascending. */
    public int[] commentedFrames() {
        synchronized (comments) {
            return comments.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        }
    }

    public void setInterfaces(List<CaptureInterface> list) {
        interfaces = List.copyOf(list);
    }

    public List<CaptureInterface> interfaces() {
        return interfaces;
    }

    public int size() {
        return size;
    }

    public ByteSource source() {
        return source;
    }

    public long dataOffset(int frame) {
        return columns.dataOffset[frame];
    }

    public int capturedLength(int frame) {
        return columns.capLen[frame];
    }

    public int originalLength(int frame) {
        return columns.origLen[frame];
    }

    /** Arrival time in nanoseconds since the Unix epoch. */
    public long timeNanos(int frame) {
        return columns.timeNanos[frame];
    }

    /**
     * The frame's {@link CaptureInterface#id}, or -1 for a record that is not a packet (a pcapng
     * Custom Block, which Wireshark numbers as a frame of no bytes).
     */
    public int interfaceId(int frame) {
        return columns.iface[frame];
    }

    /** The link-layer type (LINKTYPE_*) of the frame's interface; -1 when it has none. */
    public int linkType(int frame) {
        int id = columns.iface[frame];
        List<CaptureInterface> ifs = interfaces;
        return id >= 0 && id < ifs.size() ? ifs.get(id).linkType() : -1;
    }

    /** A copy of the frame's captured bytes. */
    public byte[] bytes(int frame) {
        return source.bytes(dataOffset(frame), capturedLength(frame));
    }
}
