package io.buildify.canvas;

import io.buildify.canvas.command.CommandStack;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.NodeTypes;
import io.buildify.canvas.modeling.Modeling;
import io.buildify.canvas.modeling.RemoveAttachedEdgesInterceptor;
import io.buildify.canvas.rules.ConnectionRule;
import io.buildify.canvas.rules.DiagramRules;
import io.buildify.canvas.rules.Rules;

import java.util.Objects;

/**
 * One editable diagram without any view: the model, its command stack, the {@link Modeling} facade, the rules,
 * and the node types the host offers. A {@link DiagramView} shows one; a host extends it by registering its own
 * handlers, interceptors and rule providers on {@link #commandStack()}.
 */
public final class Diagram {
    private final DiagramModel model = new DiagramModel();
    private final CommandStack commandStack = new CommandStack();
    private final NodeTypes nodeTypes;
    private final Modeling modeling;
    private final Rules rules;

    public Diagram(NodeTypes nodeTypes, ConnectionRule connectionRule) {
        this.nodeTypes = Objects.requireNonNull(nodeTypes, "nodeTypes");
        this.modeling = new Modeling(model, commandStack, nodeTypes);
        this.rules = new Rules(commandStack);
        new DiagramRules(commandStack, model, connectionRule);
        new RemoveAttachedEdgesInterceptor(commandStack, model, modeling);
    }

    public DiagramModel model() {
        return model;
    }

    public CommandStack commandStack() {
        return commandStack;
    }

    public Modeling modeling() {
        return modeling;
    }

    public Rules rules() {
        return rules;
    }

    public NodeTypes nodeTypes() {
        return nodeTypes;
    }
}
