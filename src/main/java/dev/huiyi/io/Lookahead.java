package dev.huiyi.io;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that finds its next element only when asked, so that a walk reads no input before its consumer wants
 * it (the walks of this package: {@link InputWalker}, {@link StreamInputs}).
 */
abstract class Lookahead<T> implements Iterator<T> {
    private T next;

    /** The next element, or null at the end. */
    protected abstract T advance();

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = next;
        next = null;
        return item;
    }
}
