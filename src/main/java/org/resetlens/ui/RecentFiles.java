package org.resetlens.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** File > Open Recent: the last opened captures, most recent first, kept in java.util.prefs. */
public final class RecentFiles {
    private static final int MAX = 10;
    private final Preferences prefs;

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = prefs.get("recent." + i, null);
            if (p != null) out.add(Path.of(p));
        }
        return out;
    }

    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> l = list();
        l.remove(abs);
        l.add(0, abs);
        store(l);
    }

    public void clear() {
        store(List.of());
    }

    private void store(List<Path> l) {
        for (int i = 0; i < MAX; i++) {
            if (i < l.size()) prefs.put("recent." + i, l.get(i).toString());
            else prefs.remove("recent." + i);
        }
    }
}
