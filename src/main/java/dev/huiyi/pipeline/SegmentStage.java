package dev.huiyi.pipeline;

import dev.huiyi.segment.Segmenter;

import java.util.Set;

/** Normalised text → tokens with offsets. */
public record SegmentStage(Segmenter segmenter) implements Stage {
    @Override
    public String name() {
        return "segment";
    }

    @Override
    public Set<Slot<?>> requires() {
        return Set.of(Slots.DOCUMENT);
    }

    @Override
    public Set<Slot<?>> provides() {
        return Set.of(Slots.TOKENS);
    }

    @Override
    public void apply(Context context) {
        context.put(Slots.TOKENS, segmenter.segment(context.get(Slots.DOCUMENT).text()));
    }
}
