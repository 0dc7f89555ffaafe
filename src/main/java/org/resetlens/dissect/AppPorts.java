package org.resetlens.dissect;

/**
 * Which application dissector owns a TCP or UDP port pair, as Wireshark's port tables decide it
 * (the lower port first): one place for the dissectors and the load pass's reassembly to agree on.
 */
public final class AppPorts {
    public static final String NBSS = "nbss", HTTP = "http", FTP = "ftp", FTP_DATA = "ftp-data", DNS = "dns",
            TLS = "tls";

    private AppPorts() { }

    /** The application protocol registered for a TCP port, or null. */
    public static String tcp(int port) {
        return switch (port) {
            case 139, 445 -> NBSS;
            case 80, 631, 1900, 2710, 2869, 3128, 3132, 3689, 5985, 8080, 8088, 11371 -> HTTP;
            case 21 -> FTP;
            case 20 -> FTP_DATA;
            case 53, 5353 -> DNS;
            case 324, 443, 465, 636, 802, 853, 993, 995, 1300, 2221, 2443, 3249, 3250, 3251, 3252, 3496, 5061, 5671,
                 5684, 5868, 8883, 11207, 19999, 27017 -> TLS;
            default -> null;
        };
    }

    /** The application protocol for a TCP port pair: the lower port's, else the higher's, else null. */
    public static String tcp(int portA, int portB) {
        String low = tcp(Math.min(portA, portB));
        return low != null ? low : tcp(Math.max(portA, portB));
    }

    /** Every TCP port with a registered application dissector. */
    public static final int[] TCP_PORTS = {139, 445, 80, 631, 1900, 2710, 2869, 3128, 3132, 3689, 5985, 8080, 8088,
        11371, 21, 20, 53, 5353, 324, 443, 465, 636, 802, 853, 993, 995, 1300, 2221, 2443, 3249, 3250, 3251, 3252,
        3496, 5061, 5671, 5684, 5868, 8883, 11207, 19999, 27017};

    /**
     * Wireshark's TCP heuristics (both enabled by default in 4.0) for a payload on unregistered
     * ports: an SSLv3/TLS record header, else an HTTP request or status line. Null when neither.
     */
    public static String heuristic(byte[] b, int off, int len) {
        if (len >= 5 && looksLikeTls(b[off] & 0xff, b[off + 1] & 0xff, b[off + 2] & 0xff)) return TLS;
        if (len >= 8 && HttpDissector.startKind(b, off, off + len) != 0) return HTTP;
        return null;
    }

    /**
     * Ports that other Wireshark dissectors own (SSH, Telnet, SMTP, Gnutella...): the heuristics are
     * not tried there, because Wireshark's port dissector takes the payload first.
     */
    public static boolean ownedElsewhere(int portA, int portB) {
        return owned(portA) || owned(portB);
    }

    private static boolean owned(int port) {
        return switch (port) {
            case 22, 23, 25, 110, 119, 135, 143, 1883, 3306, 5432, 6346, 6347 -> true;
            default -> false;
        };
    }

    /** True when the payload starts like a TLS record (handshake/alert/CCS/app data, version 3.x). */
    public static boolean looksLikeTls(int contentType, int versionMajor, int versionMinor) {
        return contentType >= 20 && contentType <= 23 && versionMajor == 3 && versionMinor <= 4;
    }

    /**
     * The data-connection port an FTP control line announces: a 227 (PASV) or 229 (EPSV) reply, or a
     * PORT or EPRT command; -1 for any other line.
     */
    public static int ftpDataPort(String line) {
        String upper = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : "";
        if (line.startsWith("227")) {
            int open = line.indexOf('(');
            String nums = open >= 0 ? line.substring(open + 1) : line.substring(3);
            return hostPort(nums.replaceAll("[^0-9,]", " ").trim().split("[ ]+")[0]);
        }
        if (line.startsWith("229")) {
            int open = line.indexOf("(|||");
            int close = open < 0 ? -1 : line.indexOf('|', open + 4);
            return close < 0 ? -1 : parse(line.substring(open + 4, close));
        }
        if (upper.equals("PORT") && line.length() > 5) return hostPort(line.substring(5).trim());
        if (upper.equals("EPRT") && line.length() > 5) {
            String[] f = line.substring(5).trim().split("\\|", -1);
            return f.length >= 5 ? parse(f[3]) : -1;
        }
        return -1;
    }

    private static int hostPort(String h1h2h3h4p1p2) {
        String[] f = h1h2h3h4p1p2.split(",");
        if (f.length < 6) return -1;
        int hi = parse(f[4].trim()), lo = parse(f[5].trim());
        return hi < 0 || lo < 0 || hi > 255 || lo > 255 ? -1 : hi * 256 + lo;
    }

    private static int parse(String s) {
        try {
            int v = Integer.parseInt(s.trim());
            return v >= 0 && v <= 65535 ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
