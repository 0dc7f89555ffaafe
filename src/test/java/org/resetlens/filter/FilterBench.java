package org.resetlens.filter;

import java.util.List;
import org.resetlens.core.CancelToken;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;
import org.resetlens.dissect.FieldValue;

/**
 * Benchmark (a main, not a test): selecting over one million frames answered from columns alone,
 * and compiling hostile filters. Run: {@code mvn -q -o test-compile exec:java} is not configured;
 * use {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.resetlens.filter.FilterBench}.
 */
public final class FilterBench {
    private FilterBench() { }

    public static void main(String[] args) {
        FieldRegistry reg = TestRegistry.get();
        int n = 1_000_000;
        long[] flags = new long[n];
        int[] sport = new int[n], dport = new int[n];
        java.util.Random rnd = new java.util.Random(1);
        for (int i = 0; i < n; i++) {
            flags[i] = rnd.nextInt(50) == 0 ? 0x14 : 0x10;
            sport[i] = 1024 + rnd.nextInt(60000);
            dport[i] = rnd.nextBoolean() ? 445 : 80;
        }
        FieldDef reset = reg.get("tcp.flags.reset"), port = reg.get("tcp.port"), tcp = reg.get("tcp");
        ColumnSource columns = f -> {
            if (f.equals(reset)) return column(i -> 1, (i, k) -> (flags[i] & 4) != 0 ? 1 : 0);
            if (f.equals(tcp)) return column(i -> 1, (i, k) -> 1);
            if (f.equals(port)) return column(i -> 2, (i, k) -> k == 0 ? sport[i] : dport[i]);
            return null;
        };
        FrameFields none = new FrameFields() {
            public List<FieldValue> values(int frame, FieldDef field) {
                throw new AssertionError("dissection asked for " + field.abbrev());
            }

            public byte[] bytes(int frame) {
                throw new AssertionError("bytes asked");
            }
        };
        for (String text : List.of("tcp.flags.reset==1", "tcp.flags.reset == 1 && tcp.port eq 445",
                "tcp && !(tcp.port in {80, 443, 8080})")) {
            Filter f = DisplayFilter.compile(text, reg).filter();
            for (int round = 0; round < 5; round++) {
                long t0 = System.nanoTime();
                int[] sel = f.select(n, none, columns, CancelToken.none());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (round == 4) System.out.printf("%-45s %7d frames matched of %d in %d ms%n", text, sel.length, n, ms);
            }
        }
        for (String hostile : List.of("(".repeat(100_000 - 10), "!".repeat(99_000) + "tcp",
                "tcp.port == 1" + " || tcp.port == 1".repeat(5_000), "\"" + "\\x41".repeat(9_000) + "\"")) {
            DisplayFilter.compile(hostile, reg);
            long t0 = System.nanoTime();
            CompileResult r = DisplayFilter.compile(hostile, reg);
            System.out.printf("hostile filter of %d chars: %s in %d ms (second run)%n", hostile.length(),
                    r.ok() ? "compiled" : r.error().code(), (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static FieldColumn column(java.util.function.IntUnaryOperator count,
                                      java.util.function.IntBinaryOperator value) {
        return new FieldColumn() {
            public int count(int frame) {
                return count.applyAsInt(frame);
            }

            public long value(int frame, int i) {
                return value.applyAsInt(frame, i);
            }
        };
    }
}
