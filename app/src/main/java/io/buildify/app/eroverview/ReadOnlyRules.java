package io.buildify.app.eroverview;

import io.buildify.canvas.command.CommandStack;
import io.buildify.canvas.modeling.Modeling;
import io.buildify.canvas.rules.RuleProvider;

/**
 * Makes a diagram's content read-only: creating, connecting, removing, relabelling and pasting are refused before
 * their handlers run, whatever gesture asked for them (the view also swallows the keys that would ask). Moving
 * boxes and re-running the layout stay allowed: they only change the picture, which is never saved. The overview
 * is built by loading the model directly, not through commands.
 */
final class ReadOnlyRules extends RuleProvider {
    private static final int PRIORITY = 10_000;

    ReadOnlyRules(CommandStack stack) {
        super(stack);
        for (String command : new String[] {Modeling.CREATE_NODE, Modeling.CONNECT, Modeling.REMOVE,
                Modeling.UPDATE_LABEL, Modeling.PASTE}) {
            addRule(command, Object.class, PRIORITY, context -> false);
        }
    }
}
