package dev.huiyi.pipeline;

import dev.huiyi.normalize.Normalizer;

import java.util.Set;

/** Source bytes → normalised {@link dev.huiyi.text.Document}. */
public record NormalizeStage(Normalizer normalizer) implements Stage {
    @Override
    public String name() {
        return "normalize";
    }

    @Override
    public Set<Slot<?>> requires() {
        return Set.of(Slots.SOURCE);
    }

    @Override
    public Set<Slot<?>> provides() {
        return Set.of(Slots.DOCUMENT);
    }

    @Override
    public void apply(Context context) {
        context.put(Slots.DOCUMENT, normalizer.normalize(context.get(Slots.SOURCE)));
    }
}
