package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a workflow instance starts. */
public enum TriggerType {
    MANUAL("manual"),
    ON_CREATE("on_create"),
    ON_UPDATE("on_update"),
    /** On update, only when one of the trigger's watched fields changed. */
    ON_FIELD_CHANGE("on_field_change"),
    SCHEDULED("scheduled");

    private final String code;

    TriggerType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static TriggerType fromCode(String code) {
        for (TriggerType value : values()) {
            if (value.code.equalsIgnoreCase(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown TriggerType '" + code + "'");
    }
}
