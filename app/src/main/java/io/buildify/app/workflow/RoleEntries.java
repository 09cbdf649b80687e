package io.buildify.app.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A comma-separated list of role names as typed in a role box ("manager, finance"): what is wrong with it, which
 * known roles fit the role being typed (the text after the last comma), and the text once a suggestion is chosen.
 * Pure text functions, so the suggestion provider may call them off the FX thread.
 */
final class RoleEntries {
    private RoleEntries() {
    }

    /**
     * The first problem of the list, or "" when every role is fine. The part after the last comma may be empty:
     * that is where the next role is being typed.
     */
    static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] parts = text.split(",", -1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parts.length; i++) {
            String role = parts[i].strip();
            if (role.isEmpty()) {
                if (i < parts.length - 1) {
                    return "An empty role between commas: remove the extra comma";
                }
            } else if (role.chars().anyMatch(Character::isWhitespace)) {
                return "A role name has no spaces: '" + role + "' (e.g. " + role.replaceAll("\\s+", "_") + ")";
            } else if (!seen.add(role)) {
                return "'" + role + "' is listed twice";
            }
        }
        return "";
    }

    /** The role being typed: the text after the last comma, stripped. */
    static String typed(String text) {
        String t = text == null ? "" : text;
        return t.substring(t.lastIndexOf(',') + 1).strip();
    }

    /**
     * The list as it reads once one of {@code known} completes the role being typed, for each known role that
     * starts with it (ignoring case) and is neither listed already nor typed out in full. Sorted like {@code known}.
     */
    static List<String> completions(String text, Collection<String> known) {
        String t = text == null ? "" : text;
        String prefix = typed(t).toLowerCase(Locale.ROOT);
        Set<String> listed = new HashSet<>(PanelModel.splitList(t));
        List<String> found = new ArrayList<>();
        for (String role : known) {
            if (role.toLowerCase(Locale.ROOT).startsWith(prefix) && !listed.contains(role)) {
                found.add(complete(t, role));
            }
        }
        return found;
    }

    /** {@code text} with the role being typed replaced by {@code role}: "manager, fi" → "manager, finance". */
    static String complete(String text, String role) {
        String t = text == null ? "" : text;
        int comma = t.lastIndexOf(',');
        return comma < 0 ? role : t.substring(0, comma + 1) + " " + role;
    }
}
