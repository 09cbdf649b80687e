package io.buildify.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The system columns of SPEC §1.2, derived from an entity's options. */
public final class SystemFields {
    public static final SystemField ID = new SystemField("id", "ID", "UUID", false);
    public static final SystemField CREATED_AT = new SystemField("created_at", "Created at", "TIMESTAMPTZ", false);
    public static final SystemField UPDATED_AT = new SystemField("updated_at", "Updated at", "TIMESTAMPTZ", false);
    public static final SystemField CREATED_BY = new SystemField("created_by", "Created by", "VARCHAR(100)", true);
    public static final SystemField UPDATED_BY = new SystemField("updated_by", "Updated by", "VARCHAR(100)", true);
    public static final SystemField DELETED_AT = new SystemField("deleted_at", "Deleted at", "TIMESTAMPTZ", true);

    /** Names a custom field may never take, whatever the options. */
    public static final Set<String> RESERVED_NAMES =
            Set.of("id", "created_at", "updated_at", "created_by", "updated_by", "deleted_at");

    private SystemFields() {
    }

    public static List<SystemField> of(EntityDefinition entity) {
        List<SystemField> fields = new ArrayList<>(List.of(ID, CREATED_AT, UPDATED_AT, CREATED_BY, UPDATED_BY));
        if (entity.options().softDelete()) {
            fields.add(DELETED_AT);
        }
        return List.copyOf(fields);
    }
}
