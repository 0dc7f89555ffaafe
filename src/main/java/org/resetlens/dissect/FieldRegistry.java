package org.resetlens.dissect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every field and protocol ResetLens knows, under Wireshark's names: what the filter compiler
 * checks names and types against and what {@code packets -e} prints. Built once at start-up from
 * the dissectors' field tables; read-only after {@link #freeze()}.
 */
public final class FieldRegistry {
    private final Map<String, FieldDef> byName = new HashMap<>();
    private final List<FieldDef> byId = new ArrayList<>();
    private boolean frozen;

    /** Registers a field; returns its definition with its dense id. Names are unique. */
    public FieldDef register(String abbrev, String name, FieldType type, Base base, long bitmask, String description) {
        if (frozen) throw new IllegalStateException("registry is frozen");
        if (byName.containsKey(abbrev)) throw new IllegalArgumentException("duplicate field " + abbrev);
        int dot = abbrev.indexOf('.');
        String protocol = dot < 0 ? abbrev : abbrev.substring(0, dot);
        FieldDef def = new FieldDef(byId.size(), abbrev, name, type, base, bitmask, protocol, description);
        byName.put(abbrev, def);
        byId.add(def);
        return def;
    }

    public FieldDef protocol(String abbrev, String name) {
        return register(abbrev, name, FieldType.PROTOCOL, Base.NONE, 0, name);
    }

    public FieldRegistry freeze() {
        frozen = true;
        return this;
    }

    public Optional<FieldDef> find(String abbrev) {
        return Optional.ofNullable(byName.get(abbrev));
    }

    /** The field, or an exception for a name the code (not the user) got wrong. */
    public FieldDef get(String abbrev) {
        FieldDef def = byName.get(abbrev);
        if (def == null) throw new IllegalArgumentException("no field " + abbrev);
        return def;
    }

    public FieldDef byId(int id) {
        return byId.get(id);
    }

    public int size() {
        return byId.size();
    }

    public List<FieldDef> all() {
        return Collections.unmodifiableList(byId);
    }
}
