package dev.huiyi.pipeline;

/** A typed, named place in the per-document {@link Context}. */
public record Slot<T>(String name, Class<?> type) {
}
