package io.buildify.app.util;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (HTTP, starting PostgreSQL) away from the UI thread and hands the outcome back on it.
 * ViewModels depend on this interface, never on {@code javafx.concurrent}, so their tests run without the FX
 * toolkit through {@link #direct()}.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background; exactly one of the callbacks runs afterwards on the UI thread.
     *
     * @param description what the work does, for logs and thread names
     */
    <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
                 Consumer<? super Throwable> onFailure);

    /** Runs the work and its callback at once on the calling thread (tests, scripts). */
    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
                                Consumer<? super Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
