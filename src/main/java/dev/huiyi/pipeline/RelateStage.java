package dev.huiyi.pipeline;

import dev.huiyi.relate.Relater;
import dev.huiyi.text.Mention;

import java.util.List;
import java.util.Set;

/** Mentions → people, roles, units in roles, key points and meeting facts. */
public record RelateStage(Relater relater) implements Stage {
    @Override
    public String name() {
        return "relate";
    }

    @Override
    public Set<Slot<?>> requires() {
        return Set.of(Slots.DOCUMENT, Slots.MENTIONS, Slots.PUBLISHED_AT);
    }

    @Override
    public Set<Slot<?>> provides() {
        return Set.of(Slots.RELATIONS);
    }

    @Override
    public void apply(Context context) {
        context.put(Slots.RELATIONS, relater.relate(context.get(Slots.DOCUMENT),
                context.get(Slots.MENTIONS), context.get(Slots.PUBLISHED_AT)));
    }
}
