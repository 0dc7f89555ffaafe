package org.resetlens.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed number index answers as a map from number to its packets (in order) does, over the whole 32-bit range. */
class NumberIndexTest {
    @Test
    void answersAsAMapOfPacketListsWouldOnRandomStreams() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            NumberIndex index = new NumberIndex();
            Map<Long, List<Integer>> truth = new HashMap<>();
            // a few numbers near 0, near 2^31 (where the packed key changes sign) and near 2^32
            long[] numbers = {0, 1, 0x7fffffffL, 0x80000000L, 0x80000001L, 0xfffffffeL, 0xffffffffL, 12345};
            int packets = 1 + random.nextInt(60);
            for (int p = 0; p < packets; p++) {
                if (random.nextInt(4) == 0) continue;
                long number = numbers[random.nextInt(numbers.length)];
                index.add(number, p);
                truth.computeIfAbsent(number, k -> new ArrayList<>()).add(p);
            }
            for (long number : numbers) {
                List<Integer> want = truth.getOrDefault(number, List.of());
                assertEquals(want.isEmpty() ? -1 : want.get(0), index.first(number), "first of " + number);
                for (int b = -1; b <= packets + 1; b++) {
                    final int bound = b;
                    int below = (int) want.stream().filter(x -> x < bound).count();
                    assertEquals(below, index.countBelow(number, bound), number + " below " + bound);
                    for (int max : new int[] {1, 3, Integer.MAX_VALUE}) {
                        List<Integer> tail = want.subList(0, below).subList(Math.max(0, below - Math.min(max, below)), below);
                        assertEquals(tail, java.util.Arrays.stream(index.lastBelow(number, bound, max)).boxed().toList(),
                                number + " last " + max + " below " + bound);
                    }
                    int after = bound, before = bound + 5;
                    int expected = want.stream().filter(x -> x > after).findFirst().filter(x -> x < before).orElse(-1);
                    assertEquals(expected, index.firstBetween(number, after, before), number + " after " + after);
                }
            }
        }
    }

    @Test
    void numbersAreTcpNumbersModulo2To32() {
        NumberIndex index = new NumberIndex();
        index.add(0x1_0000_0005L, 3);
        assertEquals(3, index.first(5));
        assertEquals(-1, index.first(6));
    }
}
