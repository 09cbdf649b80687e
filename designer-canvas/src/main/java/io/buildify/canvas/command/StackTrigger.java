package io.buildify.canvas.command;

/** What made the command stack change the model. */
public enum StackTrigger {
    EXECUTE, UNDO, REDO, CLEAR
}
