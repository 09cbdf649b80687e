package io.buildify.app.projectfiles;

import java.util.List;

/**
 * What an import did, by definition name: added as new drafts, replaced existing ones, added under another name
 * ("old → new"), and left out.
 */
public record ImportReport(List<String> added, List<String> replaced, List<String> renamed, List<String> skipped) {

    public ImportReport {
        added = List.copyOf(added);
        replaced = List.copyOf(replaced);
        renamed = List.copyOf(renamed);
        skipped = List.copyOf(skipped);
    }

    /** One line for the user: "Imported 3 definitions: 1 added, 1 replaced, 1 renamed (a → a_2); 1 skipped." */
    public String summary() {
        int imported = added.size() + replaced.size() + renamed.size();
        StringBuilder text = new StringBuilder("Imported " + imported + " definition" + (imported == 1 ? "" : "s"));
        String parts = String.join(", ", List.of(
                count(added.size(), "added", ""), count(replaced.size(), "replaced", ""),
                count(renamed.size(), "renamed", " (" + String.join(", ", renamed) + ")")).stream()
                .filter(part -> !part.isEmpty()).toList());
        if (!parts.isEmpty()) {
            text.append(": ").append(parts);
        }
        if (!skipped.isEmpty()) {
            text.append("; ").append(skipped.size()).append(" skipped (").append(String.join(", ", skipped))
                    .append(')');
        }
        return text.append('.').toString();
    }

    private static String count(int n, String what, String detail) {
        return n == 0 ? "" : n + " " + what + detail;
    }
}
