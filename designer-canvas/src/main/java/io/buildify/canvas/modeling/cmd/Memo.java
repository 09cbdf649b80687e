package io.buildify.canvas.modeling.cmd;

/**
 * A slot in an otherwise immutable context record where {@code execute} leaves what {@code revert} needs (the
 * old value), the way diagram-js handlers write {@code oldBounds} into their context.
 */
public final class Memo<T> {
    private T value;
    private boolean set;

    public void save(T newValue) {
        value = newValue;
        set = true;
    }

    public boolean isSaved() {
        return set;
    }

    public T get() {
        if (!set) {
            throw new IllegalStateException("nothing saved: revert ran before execute");
        }
        return value;
    }
}
