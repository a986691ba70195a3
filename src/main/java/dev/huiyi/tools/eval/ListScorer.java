package dev.huiyi.tools.eval;

import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Slogan;
import dev.huiyi.api.Unit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The quote-insensitive alias sets: participating units, slogans and organizers. */
final class ListScorer {
    private static final SetMatcher<String> MATCHER = SetMatcher.byEquality();

    private ListScorer() {
    }

    static Map<Metric, FieldScore> score(GoldRecord gold, MeetingRecord predicted) {
        Map<Metric, FieldScore> scores = new EnumMap<>(Metric.class);
        // Organisers also appear among the participating units (the contract), so an organiser a careful reader could
        // include or leave out is such a unit too, whether or not the gold file repeats it under optionalUnits.
        List<GoldEntry<String>> optionalUnits = entries(gold.optionalUnits());
        optionalUnits.addAll(entries(gold.optionalOrganizers()));
        scores.put(Metric.PARTICIPATING_UNITS, MATCHER.match(entries(gold.participatingUnits()),
                optionalUnits, units(predicted.participatingUnits())));
        scores.put(Metric.SLOGANS, MATCHER.match(entries(gold.slogans()),
                entries(gold.optionalSlogans()), slogans(predicted.slogans())));
        scores.put(Metric.ORGANIZERS, MATCHER.match(entries(gold.organizers()),
                entries(gold.optionalOrganizers()), units(predicted.organizers())));
        return scores;
    }

    private static List<GoldEntry<String>> entries(List<List<String>> gold) {
        List<GoldEntry<String>> entries = new ArrayList<>();
        for (List<String> aliases : gold) {
            List<String> keys = aliases.stream().map(Keys::unquoted).filter(k -> k != null).distinct().toList();
            if (!keys.isEmpty()) {
                entries.add(new GoldEntry<>(keys, Keys.label(aliases)));
            }
        }
        return entries;
    }

    private static List<PredictedItem<String>> units(List<Unit> units) {
        return units.stream()
                .map(u -> new PredictedItem<>(Keys.unquoted(u.name()), u.name(), Keys.first(u.mentions())))
                .toList();
    }

    private static List<PredictedItem<String>> slogans(List<Slogan> slogans) {
        return slogans.stream()
                .map(s -> new PredictedItem<>(Keys.unquoted(s.text()), s.text(), Keys.first(s.mentions())))
                .toList();
    }
}
