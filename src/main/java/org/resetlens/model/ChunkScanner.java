package org.resetlens.model;

import org.resetlens.capture.ByteSource;

/** Finds the end of an HTTP chunked body as its bytes stream past, without keeping them. */
final class ChunkScanner {
    private static final int SIZE = 0, SIZE_EXT = 1, DATA = 2, DATA_END = 3, TRAILER_START = 4, TRAILER = 5, DONE = 6;
    private int state = SIZE;
    private long size;
    private boolean sawDigit;

    boolean done() {
        return state == DONE;
    }

    /** Scans {@code [pos, avail)} of the payload at {@code fileOff}; returns where it stopped (at the end of the body or avail). */
    int scan(ByteSource src, long fileOff, int pos, int avail) {
        while (pos < avail && state != DONE) {
            if (state == DATA) {
                int take = (int) Math.min(size, avail - pos);
                pos += take;
                size -= take;
                if (size == 0) state = DATA_END;
                continue;
            }
            int c = src.u8(fileOff + pos++);
            switch (state) {
                case SIZE -> {
                    int d = Character.digit(c, 16);
                    if (d >= 0 && size < (1L << 40)) {
                        size = size * 16 + d;
                        sawDigit = true;
                    } else if (c == '\n') {
                        endSizeLine();
                    } else {
                        state = SIZE_EXT;
                    }
                }
                case SIZE_EXT -> {
                    if (c == '\n') endSizeLine();
                }
                case DATA_END -> {
                    if (c == '\n') {
                        state = SIZE;
                        size = 0;
                        sawDigit = false;
                    }
                }
                case TRAILER_START -> state = c == '\n' ? DONE : c == '\r' ? TRAILER_START : TRAILER;
                case TRAILER -> {
                    if (c == '\n') state = TRAILER_START;
                }
                default -> { }
            }
        }
        return pos;
    }

    private void endSizeLine() {
        if (!sawDigit) {
            return;
        }
        state = size == 0 ? TRAILER_START : DATA;
    }
}
