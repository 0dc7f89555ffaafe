package org.resetlens.testutil;

import java.util.List;
import org.resetlens.capture.CaptureInterface;
import org.resetlens.capture.FrameIndex;
import org.resetlens.capture.HeapByteSource;

/** A two-frame Ethernet/IPv4/TCP capture index in memory (10.0.0.1:40000 → 10.0.0.2:80, a SYN twice). */
public final class TcpFrames {
    private TcpFrames() { }

    public static FrameIndex twoSyns() {
        byte[] f = new byte[54];
        f[12] = 0x08;
        f[14] = 0x45;
        f[17] = 40;
        f[22] = 64;
        f[23] = 6;
        f[26] = 10;
        f[29] = 1;
        f[30] = 10;
        f[33] = 2;
        f[34] = (byte) 0x9c;
        f[35] = 0x40;
        f[37] = 80;
        f[46] = 0x50;
        f[47] = 0x02;
        f[48] = (byte) 0xff;
        byte[] both = new byte[108];
        System.arraycopy(f, 0, both, 0, 54);
        System.arraycopy(f, 0, both, 54, 54);
        FrameIndex idx = new FrameIndex(new HeapByteSource(both));
        idx.setInterfaces(List.of(new CaptureInterface(0, 1, 262144, "eth0", "", 1_000_000L, 0)));
        idx.add(0, 54, 54, 1_600_000_000_000_000_000L, 0);
        idx.add(54, 54, 54, 1_600_000_001_000_000_000L, 0);
        return idx;
    }
}
