package org.resetlens.filter;

import java.util.Set;

/**
 * Names Wireshark 4.0 registers for protocols and fields ResetLens does not dissect whose
 * spelling is also a hex byte literal ({@code ff}, {@code dc}, {@code fc}, ...). Wireshark reads
 * such a word as the name, so {@code ipv6.dst[0] == ff} compares with the (absent) FOUNDATION
 * Fieldbus protocol and matches nothing; {@code :ff} or {@code 0xff} is the byte. From
 * {@code tshark -G protocols} and {@code -G fields}, names matching
 * {@code [0-9a-f]+([.:-][0-9a-f]+)*}.
 */
final class ForeignNames {
    static final Set<String> HEX_LOOKING = Set.of("a11", "a11.b", "a11.d", "a21", "a615a", "aaf", "acf", "adb",
            "bfd", "c1222", "c15", "dc", "dc.dc", "dcc", "e100", "e164", "e212", "fc", "fc00", "fefd", "ff", "ff.fda");

    private ForeignNames() { }
}
