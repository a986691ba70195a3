package dev.huiyi.tools.eval;

import dev.huiyi.api.KeyPoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores key points by {@link KeyPointRule}. Unlike the other sets this is not one-to-one, as the contract says:
 * a gold point is found when some prediction finds it, a prediction is precise when it finds some gold point, and
 * a prediction that only finds an optional point is neither right nor wrong. Attribution is judged on each found
 * gold point against the prediction that holds most of it.
 */
final class KeyPointScorer {
    private KeyPointScorer() {
    }

    static KeyPointScore score(List<GoldKeyPoint> gold, List<String> optional, List<KeyPoint> predicted) {
        List<KeyPoint> items = dedupe(predicted);
        List<String> predictedKeys = items.stream().map(k -> TextKey.of(k.text())).toList();
        boolean[] precise = new boolean[items.size()];
        List<String> missed = new ArrayList<>();
        List<SpeakerMismatch> mismatches = new ArrayList<>();
        int found = 0;
        int attributed = 0;
        for (GoldKeyPoint point : gold) {
            int best = bestFinder(TextKey.of(point.text()), predictedKeys, precise);
            if (best < 0) {
                missed.add(point.text());
                continue;
            }
            found++;
            KeyPoint match = items.get(best);
            if (Objects.equals(TextKey.of(point.speaker()), TextKey.of(match.speaker()))) {
                attributed++;
            } else {
                mismatches.add(new SpeakerMismatch(point.text(), point.speaker(), match.speaker(), match.span()));
            }
        }
        List<String> optionalKeys = optional.stream().map(TextKey::of).toList();
        List<Spurious> spurious = new ArrayList<>();
        int correct = 0;
        for (int p = 0; p < items.size(); p++) {
            if (precise[p]) {
                correct++;
            } else if (!findsAny(predictedKeys.get(p), optionalKeys)) {
                spurious.add(new Spurious(items.get(p).text(), items.get(p).span()));
            }
        }
        Counts counts = new Counts(found, spurious.size(), missed.size(), correct);
        return new KeyPointScore(new FieldScore(counts, missed, spurious),
                new ExactCounts(attributed, found), mismatches);
    }

    /** Index of the prediction with the longest common subsequence among those that find the gold point, or -1. */
    private static int bestFinder(String goldKey, List<String> predictedKeys, boolean[] precise) {
        int best = -1;
        int bestLcs = -1;
        for (int p = 0; p < predictedKeys.size(); p++) {
            String key = predictedKeys.get(p);
            int lcs = KeyPointRule.lcs(goldKey, key);
            if (KeyPointRule.finds(lcs, goldKey.length(), key.length())) {
                precise[p] = true;
                if (lcs > bestLcs) {
                    best = p;
                    bestLcs = lcs;
                }
            }
        }
        return best;
    }

    private static boolean findsAny(String predictedKey, List<String> goldKeys) {
        return goldKeys.stream().anyMatch(gold -> KeyPointRule.finds(predictedKey, gold));
    }

    private static List<KeyPoint> dedupe(List<KeyPoint> predicted) {
        Map<String, KeyPoint> byKey = new LinkedHashMap<>();
        for (KeyPoint point : predicted) {
            String key = TextKey.of(point.text());
            if (key != null && !key.isEmpty()) {
                byKey.putIfAbsent(key, point);
            }
        }
        return List.copyOf(byKey.values());
    }
}
