package io.buildify.core.migration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Orders the renames of one publish so none of them takes a name another still holds: a chain ({@code a→b},
 * {@code b→c}) runs from its end, and a cycle ({@code a→b}, {@code b→a}) first moves one name aside to a temporary
 * {@code _renaming_…} name. Names are compared within a namespace (the columns of one table; constraint and index
 * names share one).
 */
final class RenameOrder {
    static final String TEMPORARY_PREFIX = "_renaming_";
    /** What {@link SqlIdentifiers#quote} accepts besides designer names. */
    static final Pattern TEMPORARY = Pattern.compile("^_renaming_[a-z0-9_]+$");

    private RenameOrder() {
    }

    /** One rename of {@code subject} (which says how to write its SQL) in {@code namespace}. */
    record Move<T>(T subject, String namespace, String from, String to) {
        Move<T> from(String name) {
            return new Move<>(subject, namespace, name, to);
        }
    }

    static <T> List<Move<T>> order(List<Move<T>> renames) {
        List<Move<T>> pending = new ArrayList<>(renames.stream().filter(m -> !m.from().equals(m.to())).toList());
        List<Move<T>> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            Set<String> held = new HashSet<>();
            pending.forEach(m -> held.add(m.namespace() + "\0" + m.from()));
            Move<T> free = pending.stream().filter(m -> !held.contains(m.namespace() + "\0" + m.to())).findFirst()
                    .orElse(null);
            if (free != null) {
                ordered.add(free);
                pending.remove(free);
            } else { // every target is still held: a cycle; park one name
                Move<T> first = pending.get(0);
                String temporary = temporaryName(first.from());
                ordered.add(new Move<>(first.subject(), first.namespace(), first.from(), temporary));
                pending.set(0, first.from(temporary));
            }
        }
        return ordered;
    }

    static String temporaryName(String name) {
        return ConstraintNames.fit(TEMPORARY_PREFIX + name);
    }
}
