package io.buildify.core.model;

/**
 * What happens when a state's SLA is breached by {@code afterHours} (0: at the breach): notify or reassign to a
 * role and/or a user, or move the record to another state (by id). Files written before {@code kind} existed have
 * no kind: a rule naming a target state then moves, any other notifies.
 */
public record EscalationRule(int afterHours, EscalationKind kind, String notifyRole, String notifyUser,
                             String moveToStateId) {
    public EscalationRule {
        if (kind == null) {
            kind = moveToStateId != null && !moveToStateId.isBlank() ? EscalationKind.MOVE_TO_STATE
                    : EscalationKind.NOTIFY;
        }
    }

    /** The rule of older files: notify a role, or move to a state. */
    public EscalationRule(int afterHours, String notifyRole, String moveToStateId) {
        this(afterHours, null, notifyRole, null, moveToStateId);
    }

    public static EscalationRule notify(int afterHours, String role) {
        return new EscalationRule(afterHours, EscalationKind.NOTIFY, role, null, null);
    }
}
