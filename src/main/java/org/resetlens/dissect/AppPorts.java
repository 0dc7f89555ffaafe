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
            case 80, 3128, 3132, 5985, 8080, 8088, 11371, 1900, 2869, 2710 -> HTTP;
            case 21 -> FTP;
            case 53, 5353 -> DNS;
            case 443, 465, 563, 636, 853, 989, 990, 992, 993, 994, 995, 3269, 5061, 8443 -> TLS;
            default -> null;
        };
    }

    /** The application protocol for a TCP port pair: the lower port's, else the higher's, else null. */
    public static String tcp(int portA, int portB) {
        String low = tcp(Math.min(portA, portB));
        return low != null ? low : tcp(Math.max(portA, portB));
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
