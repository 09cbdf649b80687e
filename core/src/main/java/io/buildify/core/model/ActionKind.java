package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a workflow action does. */
public enum ActionKind {
    SEND_EMAIL("send_email"),
    NOTIFICATION("notification"),
    UPDATE_FIELD("update_field"),
    CALL_WEBHOOK("call_webhook");

    private final String code;

    ActionKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static ActionKind fromCode(String code) {
        for (ActionKind value : values()) {
            if (value.code.equalsIgnoreCase(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown ActionKind '" + code + "'");
    }
}
