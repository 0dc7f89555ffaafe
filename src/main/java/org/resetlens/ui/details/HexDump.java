package org.resetlens.ui.details;

/** The bytes pane's layout: 16 bytes per line, offset, hex and ASCII, as Wireshark shows them. */
public final class HexDump {
    public static final int PER_LINE = 16;

    private HexDump() { }

    public static int lines(int length) {
        return (length + PER_LINE - 1) / PER_LINE;
    }

    public static String offset(int line) {
        return String.format("%04x", line * PER_LINE);
    }

    public static String hex(byte b) {
        return String.format("%02x", b & 0xff);
    }

    /** The byte as Wireshark's ASCII column shows it: printable ASCII, else a dot. */
    public static char ascii(byte b) {
        int c = b & 0xff;
        return c >= 0x20 && c < 0x7f ? (char) c : '.';
    }

    /** A whole line as plain text (for copy): offset, 16 hex bytes with a gap after 8, ASCII. */
    public static String lineText(byte[] data, int line) {
        StringBuilder sb = new StringBuilder(offset(line)).append("  ");
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < PER_LINE; i++) {
            int p = line * PER_LINE + i;
            if (i == 8) sb.append(' ');
            if (p < data.length) {
                sb.append(hex(data[p])).append(' ');
                ascii.append(ascii(data[p]));
            } else {
                sb.append("   ");
            }
        }
        return sb.append(' ').append(ascii).toString();
    }
}
