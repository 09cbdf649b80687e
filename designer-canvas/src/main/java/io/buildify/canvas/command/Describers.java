package io.buildify.canvas.command;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** The host's {@link CommandDescriber}s by command id; a command without one keeps its handler's text. */
final class Describers {
    private final Map<String, Describer<?>> byCommand = new HashMap<>();

    <C> void add(String command, Class<C> type, CommandDescriber<C> describer) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(type, "contextType");
        Objects.requireNonNull(describer, "describer");
        if (byCommand.putIfAbsent(command, new Describer<>(type, describer)) != null) {
            throw new IllegalArgumentException("a describer for command '" + command + "' is already set");
        }
    }

    String describe(String command, Object context, String generic) {
        Describer<?> describer = byCommand.get(command);
        return describer == null ? generic : describer.apply(command, context, generic);
    }

    private record Describer<C>(Class<C> type, CommandDescriber<C> body) {
        String apply(String command, Object context, String generic) {
            if (!type.isInstance(context)) {
                throw new IllegalArgumentException("describer of '" + command + "' expects a "
                        + type.getSimpleName() + ", got a " + context.getClass().getSimpleName());
            }
            String text = body.describe(type.cast(context), generic);
            if (text == null) {
                throw new IllegalStateException("describer of '" + command + "' returned null for " + context);
            }
            return text;
        }
    }
}
