package io.buildify.core.bpmn;

/**
 * BPMN ids are XML {@code xsd:ID}s, so they must be NCNames: no colon, no leading digit, '-' or '.'. Our ids are
 * UUIDs, which often start with a digit; those get a prefix, and the original id travels in {@code buildify:id}.
 */
final class BpmnIds {
    static final String PREFIX = "id_";

    private BpmnIds() {
    }

    static String toNcName(String id) {
        StringBuilder out = new StringBuilder(id.length() + PREFIX.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            out.append(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' ? c : '_');
        }
        if (out.isEmpty() || !(Character.isLetter(out.charAt(0)) || out.charAt(0) == '_')) {
            out.insert(0, PREFIX);
        }
        return out.toString();
    }
}
