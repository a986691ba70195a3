package dev.huiyi.pipeline;

import dev.huiyi.api.InputException;
import dev.huiyi.normalize.Normalizer;
import dev.huiyi.text.Document;

import java.util.Set;

/**
 * Source bytes → normalised {@link dev.huiyi.text.Document}, refused past {@code maxChars}: every later stage costs
 * time and memory in proportion to the text, so the cap is what bounds a document's budget.
 */
public record NormalizeStage(Normalizer normalizer, int maxChars) implements Stage {
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
        Document doc = normalizer.normalize(context.get(Slots.SOURCE));
        if (doc.text().length() > maxChars) {
            throw new InputException("normalised text of " + doc.text().length()
                    + " characters is over the cap of " + maxChars + " characters");
        }
        context.put(Slots.DOCUMENT, doc);
    }
}
