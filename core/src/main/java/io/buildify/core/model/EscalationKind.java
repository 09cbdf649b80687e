package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an escalation rule does when a state's SLA is breached. */
public enum EscalationKind {
    /** Tell a role or a user (the task stays where it is). */
    NOTIFY("notify"),
    /** Hand the task to a role or a user. */
    REASSIGN("reassign"),
    /** Move the record on to another state. */
    MOVE_TO_STATE("move_to_state");

    private final String code;

    EscalationKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static EscalationKind fromCode(String code) {
        for (EscalationKind value : values()) {
            if (value.code.equalsIgnoreCase(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown EscalationKind '" + code + "'");
    }
}
