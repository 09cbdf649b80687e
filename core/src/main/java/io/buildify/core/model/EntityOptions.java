package io.buildify.core.model;

/** Behaviour switches of an entity (SPEC §1.1). Defaults follow the reference platform. */
public record EntityOptions(boolean audited, boolean versioned, boolean softDelete, boolean attachments,
                            boolean comments) {

    public static EntityOptions defaults() {
        return new EntityOptions(true, false, false, false, false);
    }

    public EntityOptions withSoftDelete(boolean value) {
        return new EntityOptions(audited, versioned, value, attachments, comments);
    }
}
