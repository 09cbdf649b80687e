package io.buildify.app;

import javafx.application.Application;

/**
 * Entry point of the desktop app. It must not extend {@link Application}: with JavaFX on the class path the JVM
 * refuses such a main class ("JavaFX runtime components are missing").
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            AppArguments.parse(java.util.List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("buildify-designer: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(BuildifyApp.class, args);
    }
}
