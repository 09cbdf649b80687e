package io.buildify.canvas.rules;

import io.buildify.canvas.command.CommandStack;

import java.util.Objects;

/** Asks whether an action is allowed: the registered rules first, then the command's handler. */
public final class Rules {
    private final CommandStack stack;

    public Rules(CommandStack stack) {
        this.stack = Objects.requireNonNull(stack, "stack");
    }

    public boolean allowed(String action, Object context) {
        return stack.canExecute(action, context);
    }
}
