package dev.huiyi.pipeline;

import java.util.Set;

/** One step of the pipeline: what it needs in the context, what it adds, and the work. */
public interface Stage {
    String name();

    Set<Slot<?>> requires();

    Set<Slot<?>> provides();

    void apply(Context context);
}
