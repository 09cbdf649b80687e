package io.buildify.canvas.command;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/** A handler with its context type, so contexts of the wrong type fail with a clear message. */
record Registration<C>(Class<C> type, CommandHandler<C> handler) {
    void check(String command, Object context) {
        if (!type.isInstance(Objects.requireNonNull(context, "context"))) {
            throw new IllegalArgumentException("command '" + command + "' takes a " + type.getSimpleName()
                    + ", not a " + context.getClass().getSimpleName());
        }
    }

    boolean canExecute(Object context) {
        return type.isInstance(context) && handler.canExecute(type.cast(context));
    }

    String describe(Object context) {
        return handler.describe(type.cast(context));
    }

    void preExecute(Object context) {
        handler.preExecute(type.cast(context));
    }

    Collection<?> execute(Object context) {
        return handler.execute(type.cast(context));
    }

    void postExecute(Object context) {
        handler.postExecute(type.cast(context));
    }

    Collection<?> revert(Object context) {
        return handler.revert(type.cast(context));
    }

    Optional<Object> merge(Object previous, Object next) {
        return handler.merge(type.cast(previous), type.cast(next)).map(Object.class::cast);
    }
}
