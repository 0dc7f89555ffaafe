package org.resetlens.ui;

import javafx.scene.Scene;

/** The light and dark themes: a shared structural stylesheet plus one that defines the colours. */
public enum Theme {
    LIGHT("light.css"), DARK("dark.css");

    private final String sheet;

    Theme(String sheet) {
        this.sheet = sheet;
    }

    /** Replaces the scene's stylesheets with this theme. */
    public void apply(Scene scene) {
        scene.getStylesheets().setAll(url(sheet), url("base.css"));
    }

    private static String url(String name) {
        var u = Theme.class.getResource(name);
        if (u == null) throw new IllegalStateException("missing stylesheet " + name);
        return u.toExternalForm();
    }
}
