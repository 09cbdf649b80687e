package io.buildify.canvas.model;

/** Whether edges may leave a port, enter it, or both. */
public enum PortDirection {
    IN, OUT, BOTH;

    public boolean canBeSource() {
        return this != IN;
    }

    public boolean canBeTarget() {
        return this != OUT;
    }
}
