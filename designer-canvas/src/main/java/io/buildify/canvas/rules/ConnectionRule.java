package io.buildify.canvas.rules;

import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.PortSpec;

/**
 * The host's answer to "may this port connect to that one?", asked after the canvas's own checks (port
 * directions, no self-connection of a port, no duplicate edge) have passed.
 */
@FunctionalInterface
public interface ConnectionRule {
    ConnectionRule ANY = (sourceNode, sourcePort, targetNode, targetPort) -> true;

    boolean allows(DiagramNode sourceNode, PortSpec sourcePort, DiagramNode targetNode, PortSpec targetPort);
}
