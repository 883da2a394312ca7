package org.stepsizelab;

/**
 * The jar's entry point. It does not extend javafx.application.Application, so the shaded jar
 * starts with JavaFX on the class path: no arguments open the app, a sub-command runs headless.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            org.stepsizelab.app.StepsizeLabApp.launchApp(args);
        } else {
            System.exit(org.stepsizelab.cli.Cli.run(args));
        }
    }
}
