package org.resetlens.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;

/**
 * Decompresses a gzip file (one or more members) into a temporary file, stopping at a size limit,
 * at damage in the compressed data, or on cancellation; what was decompressed until then is kept.
 */
final class GzipInflater {
    /** Free space left untouched in the temporary directory. */
    static final long DISK_RESERVE = 512L * 1024 * 1024;
    private static final int BUFFER = 1 << 16;

    /**
     * The decompressed file, how many bytes it holds, and why decompression stopped early (null when
     * it did not).
     */
    record Result(Path file, long size, String problem, boolean cancelled) { }

    private GzipInflater() { }

    /** The most a decompressed file may grow to: the free space of the temporary directory, less a reserve. */
    static long defaultLimit(Path tempDir) {
        try {
            return Math.max(0, Files.getFileStore(tempDir).getUsableSpace() - DISK_RESERVE);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Damaged compressed data ends decompression with a {@link Result#problem}; only a failure to
     * create, write (a full disk) or read the files throws, and then no temporary file is left.
     */
    static Result inflate(Path gz, Path tempDir, long limit, CancelToken cancel, Progress progress)
            throws IOException {
        Path out = Files.createTempFile(tempDir, "resetlens-", ".capture");
        long total = Files.size(gz);
        long written = 0;
        String problem = null;
        boolean cancelled = false;
        try (CountingInput counted = new CountingInput(Files.newInputStream(gz));
             OutputStream os = Files.newOutputStream(out)) {
            byte[] buf = new byte[BUFFER];
            InputStream in = null;
            try {
                in = new GZIPInputStream(counted, BUFFER);
            } catch (IOException e) {
                problem = damaged(0, e);
            }
            while (in != null) {
                int n;
                try {
                    n = in.read(buf);
                } catch (IOException e) {
                    problem = damaged(written, e);
                    break;
                }
                if (n < 0) break;
                if (written + n > limit) {
                    os.write(buf, 0, (int) (limit - written));
                    written = limit;
                    problem = "the decompressed capture would exceed " + limit
                            + " bytes (the free space for temporary files)";
                    break;
                }
                os.write(buf, 0, n);
                written += n;
                progress.update(counted.count, total);
                if (cancel.isCancelled()) {
                    cancelled = true;
                    break;
                }
            }
            if (in != null) in.close();        // frees the inflater's native memory now
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(out);
            throw e;
        }
        return new Result(out, written, problem, cancelled);
    }

    private static String damaged(long written, IOException e) {
        return "the gzip data is damaged after " + written + " decompressed bytes ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
    }

    /** Counts the compressed bytes consumed, for progress. */
    private static final class CountingInput extends java.io.FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
