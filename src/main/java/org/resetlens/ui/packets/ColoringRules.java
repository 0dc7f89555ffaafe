package org.resetlens.ui.packets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.resetlens.ui.backend.CaptureSession;
import org.resetlens.ui.backend.DisplayFilters;
import org.resetlens.ui.backend.FilterCheck;

/**
 * Wireshark's default coloring rules, in its order (first match wins), as display filters mapped to
 * names the packet list sets as CSS pseudo-classes of a row ({@code .table-row-cell:color-tcp-rst});
 * the colours themselves live in the theme stylesheets.
 */
public final class ColoringRules {

    /** A rule: its name, its filter and the style class a matching row gets. */
    public record Rule(String name, String filter, String styleClass) { }

    public static final List<Rule> DEFAULTS = List.of(
            new Rule("Bad TCP", "tcp.analysis.flags && !tcp.analysis.window_update && !tcp.analysis.keep_alive"
                    + " && !tcp.analysis.keep_alive_ack", "color-bad-tcp"),
            new Rule("TCP RST", "tcp.flags.reset eq 1", "color-tcp-rst"),
            new Rule("TCP SYN/FIN", "tcp.flags.syn == 1 || tcp.flags.fin == 1", "color-tcp-synfin"),
            new Rule("SMB", "smb || smb2 || nbss", "color-smb"),
            new Rule("HTTP", "http || tcp.port == 80", "color-http"),
            new Rule("DNS", "dns", "color-dns"),
            new Rule("ARP", "arp", "color-arp"),
            new Rule("ICMP", "icmp || icmpv6", "color-icmp"),
            new Rule("TCP", "tcp", "color-tcp"),
            new Rule("UDP", "udp", "color-udp"));

    /** Every style class a rule can set, so a reused table row can clear them. */
    public static final List<String> STYLE_CLASSES = DEFAULTS.stream().map(Rule::styleClass).toList();

    private record Compiled(Rule rule, IntPredicate predicate) { }

    private final List<Compiled> compiled;

    private ColoringRules(List<Compiled> compiled) {
        this.compiled = compiled;
    }

    /** Compiles the defaults for a session; rules whose filter does not compile are left out. */
    public static ColoringRules compile(DisplayFilters filters, CaptureSession session) {
        List<Compiled> out = new ArrayList<>();
        for (Rule r : DEFAULTS) {
            FilterCheck check = filters.check(r.filter());
            check.filter().ifPresent(f -> out.add(new Compiled(r, session.matcher(f))));
        }
        return new ColoringRules(out);
    }

    public static ColoringRules none() {
        return new ColoringRules(List.of());
    }

    /** The style class of the first rule the frame matches, or "" for none. */
    public String styleClass(int frame) {
        for (Compiled c : compiled) {
            try {
                if (c.predicate.test(frame)) return c.rule.styleClass();
            } catch (RuntimeException e) {
                // a rule that cannot evaluate this frame simply does not color it
            }
        }
        return "";
    }
}
