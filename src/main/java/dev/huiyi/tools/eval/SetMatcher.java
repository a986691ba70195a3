package dev.huiyi.tools.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Scores a predicted set against gold entries with aliases and optional entries.
 *
 * <p>Predictions are deduplicated by key first (naming one unit twice is not two answers). Then each prediction is
 * matched to at most one required gold entry and each gold entry at most once; the matching is a maximum bipartite
 * matching, not greedy, so that a prediction that fits two entries through aliases never steals the only entry of
 * another prediction. Unmatched predictions that fit an optional entry are neither true nor false positives.
 *
 * @param <K> the comparison key
 */
public final class SetMatcher<K> {
    private final BiPredicate<K, K> same;

    /** {@code same} is asked (gold alias, predicted key). */
    public SetMatcher(BiPredicate<K, K> same) {
        this.same = Objects.requireNonNull(same, "same");
    }

    /** A matcher on key equality. */
    public static <K> SetMatcher<K> byEquality() {
        return new SetMatcher<>(Objects::equals);
    }

    public FieldScore match(List<GoldEntry<K>> gold, List<GoldEntry<K>> optional, List<PredictedItem<K>> predicted) {
        List<GoldEntry<K>> required = List.copyOf(new LinkedHashSet<>(gold));
        List<PredictedItem<K>> items = dedupe(predicted);
        int[] goldOwner = maximumMatching(required, items);

        boolean[] predictionUsed = new boolean[items.size()];
        List<String> missed = new ArrayList<>();
        int tp = 0;
        for (int g = 0; g < required.size(); g++) {
            if (goldOwner[g] >= 0) {
                predictionUsed[goldOwner[g]] = true;
                tp++;
            } else {
                missed.add(required.get(g).label());
            }
        }
        List<Spurious> spurious = new ArrayList<>();
        for (int p = 0; p < items.size(); p++) {
            PredictedItem<K> item = items.get(p);
            if (!predictionUsed[p] && optional.stream().noneMatch(entry -> fits(entry, item))) {
                spurious.add(new Spurious(item.label(), item.span()));
            }
        }
        return new FieldScore(new Counts(tp, spurious.size(), missed.size()), missed, spurious);
    }

    private List<PredictedItem<K>> dedupe(List<PredictedItem<K>> predicted) {
        Map<K, PredictedItem<K>> byKey = new LinkedHashMap<>();
        for (PredictedItem<K> item : predicted) {
            if (item.key() != null) {
                byKey.putIfAbsent(item.key(), item);
            }
        }
        return List.copyOf(byKey.values());
    }

    private boolean fits(GoldEntry<K> entry, PredictedItem<K> item) {
        return entry.aliases().stream().anyMatch(alias -> same.test(alias, item.key()));
    }

    /** Kuhn's augmenting paths; returns for each gold entry the index of its prediction, or -1. */
    private int[] maximumMatching(List<GoldEntry<K>> gold, List<PredictedItem<K>> items) {
        List<List<Integer>> candidates = new ArrayList<>();
        for (PredictedItem<K> item : items) {
            List<Integer> fitting = new ArrayList<>();
            for (int g = 0; g < gold.size(); g++) {
                if (fits(gold.get(g), item)) {
                    fitting.add(g);
                }
            }
            candidates.add(fitting);
        }
        int[] goldOwner = new int[gold.size()];
        Arrays.fill(goldOwner, -1);
        for (int p = 0; p < items.size(); p++) {
            augment(p, candidates, goldOwner, new boolean[gold.size()]);
        }
        return goldOwner;
    }

    private static boolean augment(int p, List<List<Integer>> candidates, int[] goldOwner, boolean[] seen) {
        for (int g : candidates.get(p)) {
            if (!seen[g]) {
                seen[g] = true;
                if (goldOwner[g] < 0 || augment(goldOwner[g], candidates, goldOwner, seen)) {
                    goldOwner[g] = p;
                    return true;
                }
            }
        }
        return false;
    }
}
