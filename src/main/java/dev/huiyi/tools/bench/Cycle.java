package dev.huiyi.tools.bench;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** The same documents over and over until a deadline: a measurement of fixed length. */
final class Cycle<T> implements Iterator<T> {
    private final List<T> items;
    private final long deadlineNanos;
    private int next;

    Cycle(List<T> items, double seconds) {
        this.items = items;
        this.deadlineNanos = System.nanoTime() + (long) (seconds * 1e9);
    }

    @Override
    public synchronized boolean hasNext() {
        return System.nanoTime() < deadlineNanos;
    }

    @Override
    public synchronized T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = items.get(next);
        next = (next + 1) % items.size();
        return item;
    }
}
