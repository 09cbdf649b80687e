package io.buildify.core.model;

import java.util.UUID;

/** Stable element ids. An id never changes when the element is renamed, so a diff can tell a rename from drop + add. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
