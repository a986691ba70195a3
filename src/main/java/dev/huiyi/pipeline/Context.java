package dev.huiyi.pipeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Per-document state flowing through the stages; never shared between documents or threads. */
public final class Context {
    private final Map<Slot<?>, Object> values = new HashMap<>();
    private final LocalDate callerReferenceDate;

    public Context(LocalDate callerReferenceDate) {
        this.callerReferenceDate = callerReferenceDate;
    }

    public <T> void put(Slot<T> slot, T value) {
        values.put(slot, value);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Slot<T> slot) {
        Object v = values.get(slot);
        if (v == null && !values.containsKey(slot)) {
            throw new IllegalStateException("slot '" + slot.name() + "' not filled yet");
        }
        return (T) v;
    }

    /**
     * The value, dropped from the context: a stage that is the last reader of a large intermediate (the tokens)
     * takes it, so that it is garbage before the later stages build their own.
     */
    public <T> T take(Slot<T> slot) {
        T value = get(slot);
        values.remove(slot);
        return value;
    }

    public Optional<LocalDate> callerReferenceDate() {
        return Optional.ofNullable(callerReferenceDate);
    }
}
