package org.resetlens.app;

import org.resetlens.cli.Cli;
import org.resetlens.ui.ResetLensApp;

/**
 * The entry point of the jar: a command runs the CLI; no arguments, or just a file, opens the GUI.
 * Not a JavaFX {@code Application} subclass, so the shaded jar starts on the class path.
 */
public final class Launcher {
    private Launcher() { }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && !Cli.isCommand(args[0]))) {
            ResetLensApp.launchWith(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
