package io.buildify.core.bpmn;

import io.buildify.core.model.Names;
import io.buildify.core.validation.NameRules;

import java.util.HashSet;
import java.util.Set;

/**
 * Technical names for imported elements: snake_case of the BPMN name (or id), made valid (a letter first, at most
 * {@link NameRules#MAX_IDENTIFIER_BYTES}) and unique within the workflow ({@code review}, {@code review_2}).
 */
final class ImportedNames {
    private final Set<String> taken = new HashSet<>();
    private final String fallbackPrefix;

    /** @param fallbackPrefix put in front of names that do not start with a letter, e.g. "state" for "1st check" */
    ImportedNames(String fallbackPrefix) {
        this.fallbackPrefix = fallbackPrefix;
    }

    /** A free name derived from the first non-blank text; a name already taken gets a number. */
    String claim(String preferred, String alternative) {
        String base = Names.snakeCaseOf(preferred);
        if (base.isEmpty()) {
            base = Names.snakeCaseOf(alternative);
        }
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = base.isEmpty() ? fallbackPrefix : fallbackPrefix + "_" + base;
        }
        base = cut(base, NameRules.MAX_IDENTIFIER_BYTES);
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            String suffix = "_" + n;
            name = cut(base, NameRules.MAX_IDENTIFIER_BYTES - suffix.length()) + suffix;
        }
        return name;
    }

    /** Keeps an exact name (our own export's {@code buildify:name}) and reserves it. */
    String keep(String name) {
        taken.add(name);
        return name;
    }

    private static String cut(String name, int max) {
        return name.length() <= max ? name : name.substring(0, max).replaceAll("_+$", "");
    }
}
