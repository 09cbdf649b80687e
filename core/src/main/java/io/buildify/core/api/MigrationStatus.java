package io.buildify.core.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** Life cycle of a recorded migration (SPEC §4). */
public enum MigrationStatus {
    PENDING, RUNNING, COMPLETED, FAILED, ROLLED_BACK;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
