package io.buildify.app.server;

/** Where the connection to the Buildify server stands; the status bar shows it. */
public enum ServerState {
    /** Starting the in-process server or checking a remote one. */
    STARTING,
    /** Health check answered; publishing works. */
    READY,
    /** Start or health check failed; drafting still works offline. */
    FAILED,
    /** Closed on exit. */
    STOPPED
}
