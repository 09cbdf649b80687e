package io.buildify.app;

import javafx.application.Application;

import java.util.List;

/**
 * Entry point of the desktop app. It must not extend {@link Application}: with JavaFX on the class path the JVM
 * refuses such a main class ("JavaFX runtime components are missing").
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            AppArguments.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("buildify-designer: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(BuildifyApp.class, args);
        // The window is closed and stop() has released the server and the drafts. Exit even if a library left a
        // non-daemon thread behind, so closing the window always ends the program.
        System.exit(0);
    }
}
