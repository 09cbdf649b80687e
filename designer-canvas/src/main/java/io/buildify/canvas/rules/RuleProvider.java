package io.buildify.canvas.rules;

import io.buildify.canvas.command.CommandStack;

import java.util.Objects;
import java.util.function.Function;

/**
 * Base of classes that contribute rules, like diagram-js's {@code RuleProvider}: a subclass calls
 * {@link #addRule} in its constructor. A rule returns true or false to decide, or null to let the next rule (lower
 * priority) or finally the command handler's {@code canExecute} decide.
 */
public abstract class RuleProvider {
    public static final int DEFAULT_PRIORITY = 1000;

    private final CommandStack stack;

    protected RuleProvider(CommandStack stack) {
        this.stack = Objects.requireNonNull(stack, "stack");
    }

    protected <C> void addRule(String action, Class<C> contextType, int priority, Function<C, Boolean> rule) {
        stack.addRule(action, priority, context -> contextType.isInstance(context)
                ? rule.apply(contextType.cast(context)) : null);
    }

    protected <C> void addRule(String action, Class<C> contextType, Function<C, Boolean> rule) {
        addRule(action, contextType, DEFAULT_PRIORITY, rule);
    }
}
