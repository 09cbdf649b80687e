package io.buildify.canvas.rules;

import io.buildify.canvas.command.CommandStack;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.PortSpec;
import io.buildify.canvas.modeling.Modeling;
import io.buildify.canvas.modeling.cmd.ConnectPortsHandler;

import java.util.Objects;
import java.util.Optional;

/**
 * The canvas's built-in rules. Connecting needs a source port that may emit, a target port that may receive,
 * two different ports, no identical edge yet, and the host's {@link ConnectionRule}. A host overrides a decision
 * with a rule of higher priority.
 */
public final class DiagramRules extends RuleProvider {
    private final DiagramModel model;
    private final ConnectionRule connectionRule;

    public DiagramRules(CommandStack stack, DiagramModel model, ConnectionRule connectionRule) {
        super(stack);
        this.model = Objects.requireNonNull(model, "model");
        this.connectionRule = Objects.requireNonNull(connectionRule, "connectionRule");
        addRule(Modeling.CONNECT, ConnectPortsHandler.Context.class, context -> canConnect(context.edge()));
    }

    private Boolean canConnect(DiagramEdge edge) {
        Optional<DiagramNode> source = model.findNode(edge.source().nodeId());
        Optional<DiagramNode> target = model.findNode(edge.target().nodeId());
        Optional<PortSpec> sourcePort = source.flatMap(n -> n.type().port(edge.source().portId()));
        Optional<PortSpec> targetPort = target.flatMap(n -> n.type().port(edge.target().portId()));
        if (sourcePort.isEmpty() || targetPort.isEmpty() || edge.source().equals(edge.target())) {
            return false;
        }
        if (!sourcePort.get().direction().canBeSource() || !targetPort.get().direction().canBeTarget()) {
            return false;
        }
        boolean duplicate = model.edgesOf(edge.source().nodeId()).stream()
                .anyMatch(e -> e.source().equals(edge.source()) && e.target().equals(edge.target()));
        if (duplicate) {
            return false;
        }
        return connectionRule.allows(source.get(), sourcePort.get(), target.get(), targetPort.get()) ? null : false;
    }
}
