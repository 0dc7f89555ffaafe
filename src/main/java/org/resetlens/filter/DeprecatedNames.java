package org.resetlens.filter;

import java.util.Map;
import java.util.Optional;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;

/**
 * The old protocol names Wireshark 4.0 still accepts as aliases of a renamed protocol
 * ({@code proto_register_alias}): {@code ssl} for {@code tls}, {@code bootp} for {@code dhcp} and so
 * on. A name resolves through its first component, so {@code ssl.handshake.type} is
 * {@code tls.handshake.type}; the filter stays valid, with a warning (the yellow bar). Each alias was
 * checked to compile with tshark 4.0.17.
 */
final class DeprecatedNames {
    private static final Map<String, String> ALIASES = Map.of("ssl", "tls", "bootp", "dhcp", "mrdisc", "mrd",
            "104apci", "iec60870_104");

    private DeprecatedNames() { }

    /** A registered name, or else the field an old alias of its protocol names. */
    static Optional<FieldDef> resolve(FieldRegistry registry, String name) {
        Optional<FieldDef> direct = registry.find(name);
        if (direct.isPresent()) return direct;
        String current = current(name);
        return current == null ? Optional.empty() : registry.find(current);
    }

    /** True when {@code name} is not registered but an alias of a registered name. */
    static boolean isAlias(FieldRegistry registry, String name) {
        return registry.find(name).isEmpty() && resolve(registry, name).isPresent();
    }

    /** The current name for an aliased one ({@code ssl.record} → {@code tls.record}), or null. */
    static String current(String name) {
        int dot = name.indexOf('.');
        String proto = dot < 0 ? name : name.substring(0, dot);
        String to = ALIASES.get(proto);
        return to == null ? null : to + (dot < 0 ? "" : name.substring(dot));
    }

    /**
     * Wireshark 4.0's filter-bar text for an aliased name (ui/qt/widgets/syntax_line_edit.cpp): the
     * protocol part of the old name and the protocol it now stands for.
     */
    static String message(String name) {
        int dot = name.indexOf('.');
        String proto = dot < 0 ? name : name.substring(0, dot);
        return "\"" + proto + "\" is deprecated in favour of \"" + ALIASES.get(proto)
                + "\". See Help section 6.4.8 for details.";
    }
}
