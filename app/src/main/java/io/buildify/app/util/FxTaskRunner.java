package io.buildify.app.util;

import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** {@link TaskRunner} on JavaFX {@link Task}s and a small pool of daemon threads (they never block exit). */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "buildify-task-" + threadCount.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        // Task fires these handlers on the FX application thread.
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> {
            Throwable error = task.getException();
            LOG.debug("{} failed", description, error);
            onFailure.accept(error);
        });
        executor.execute(task);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
