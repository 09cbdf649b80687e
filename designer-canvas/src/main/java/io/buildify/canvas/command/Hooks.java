package io.buildify.canvas.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Interceptor hooks of one phase, per command id, run highest priority first (then in registration order). */
final class Hooks {
    private final Map<String, List<Hook<?>>> byCommand = new HashMap<>();
    private long order;

    <C> void add(String command, Class<C> type, int priority, Consumer<C> body) {
        List<Hook<?>> list = byCommand.computeIfAbsent(command, k -> new ArrayList<>());
        list.add(new Hook<>(priority, order++, type, body));
        list.sort((a, b) -> a.priority != b.priority ? Integer.compare(b.priority, a.priority)
                : Long.compare(a.order, b.order));
    }

    void run(String command, Object context) {
        for (Hook<?> hook : List.copyOf(byCommand.getOrDefault(command, List.of()))) {
            hook.accept(command, context);
        }
    }

    private record Hook<C>(int priority, long order, Class<C> type, Consumer<C> body) {
        void accept(String command, Object context) {
            if (!type.isInstance(context)) {
                throw new IllegalArgumentException("interceptor of '" + command + "' expects a "
                        + type.getSimpleName() + ", got a " + context.getClass().getSimpleName());
            }
            body.accept(type.cast(context));
        }
    }
}
