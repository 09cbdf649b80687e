package io.buildify.core.model;

import java.util.List;

/** Who approves an approval state, and how many of them must. */
public record ApprovalConfig(List<String> approverRoles, int requiredApprovers) {
    public ApprovalConfig {
        approverRoles = Lists.copy(approverRoles);
        requiredApprovers = Math.max(1, requiredApprovers);
    }
}
