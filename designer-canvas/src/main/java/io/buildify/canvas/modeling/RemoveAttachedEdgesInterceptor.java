package io.buildify.canvas.modeling;

import io.buildify.canvas.command.CommandStack;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.modeling.cmd.RemoveElementsHandler;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Removing a node removes the edges attached to it: before {@code elements.remove} runs, this removes those
 * edges (the ones not already being removed) as a follow-up command, so one undo brings back both.
 */
public final class RemoveAttachedEdgesInterceptor {
    public RemoveAttachedEdgesInterceptor(CommandStack stack, DiagramModel model, Modeling modeling) {
        stack.preExecute(Modeling.REMOVE, RemoveElementsHandler.Context.class, 1000, context -> {
            Set<DiagramElement> removing = new HashSet<>(context.elements());
            Set<DiagramEdge> attached = new LinkedHashSet<>();
            for (DiagramElement element : context.elements()) {
                if (element instanceof DiagramNode node) {
                    model.edgesOf(node.id()).stream().filter(e -> !removing.contains(e)).forEach(attached::add);
                }
            }
            if (!attached.isEmpty()) {
                modeling.removeElements(attached);
            }
        });
    }
}
