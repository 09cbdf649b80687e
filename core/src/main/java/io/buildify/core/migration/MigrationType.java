package io.buildify.core.migration;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a migration does to an entity's table as a whole. */
public enum MigrationType {
    CREATE, ALTER, DROP;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
