package io.buildify.core.model;

/** What happens when a state's SLA is breached by {@code afterHours}: notify someone or move on. */
public record EscalationRule(int afterHours, String notifyRole, String moveToStateId) {
}
