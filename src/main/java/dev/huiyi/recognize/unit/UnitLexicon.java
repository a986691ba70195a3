package dev.huiyi.recognize.unit;

import dev.huiyi.api.UnitKind;
import dev.huiyi.resources.KeyedValues;
import dev.huiyi.resources.Lexicon;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.ArrayList;

/**
 * The unit gazetteer, the suffix grammar's head nouns with their kinds, stop words, scope words and generic prefixes;
 * the kinds of business that lists name in place of units (unit/sectors.tsv).
 */
public record UnitLexicon(Lexicon<UnitKind> gazetteer, Lexicon<UnitKind> suffixes, Lexicon<Boolean> stops,
                          Lexicon<Boolean> scopeWords, List<String> genericPrefixes, Lexicon<String> places,
                          Lexicon<Boolean> notEndings,
                          Lexicon<Boolean> rightAnchors, KeyedValues grammar, Set<String> divisions,
                          Set<String> divisionHeads, Lexicon<Boolean> fullDivisions, Lexicon<Boolean> sectors) {

    public static UnitLexicon load(ModelSource models) {
        Lexicon<UnitKind> suffixes = kinds(models, "unit/suffixes.tsv");
        List<TsvRow> divisionRows = TsvReader.rows(models.read("place/divisions.tsv"), 2);
        Set<String> divisions = divisions(divisionRows);
        List<String> scopeWords = TsvReader.words(models.read("unit/scope_words.tsv"));
        List<String> stops = new ArrayList<>(TsvReader.words(models.read("unit/stops.tsv")));
        stops.addAll(scopeWords); // a scope word ends a reading as a stop word does
        return new UnitLexicon(kinds(models, "unit/gazetteer.tsv"), suffixes, flags(stops), flags(scopeWords),
                TsvReader.words(models.read("unit/generic.tsv")), placeNames(models),
                flags(TsvReader.words(models.read("unit/not_endings.tsv"))),
                flags(TsvReader.words(models.read("unit/right_anchors.tsv"))),
                KeyedValues.read(models.read("unit/grammar.tsv"), "models/unit/grammar.tsv"), divisions,
                divisionHeads(suffixes, divisions), fullDivisions(divisionRows),
                flags(TsvReader.words(models.read("unit/sectors.tsv"))));
    }

    /**
     * Every division by its full name, level word and all (屯门区, 淡水区, 莒南县; place/divisions.tsv): a clause that
     * opens with one opens a unit's name, though HanLP knows no place there (屯门区|议会, 淡水区|公所).
     */
    private static Lexicon<Boolean> fullDivisions(List<TsvRow> divisionRows) {
        Map<String, Boolean> names = new HashMap<>();
        for (TsvRow row : divisionRows) {
            if (row.get(0).strip().length() >= 3) {
                names.put(row.get(0).strip(), Boolean.TRUE);
            }
        }
        return Lexicon.of(names);
    }

    /**
     * Every division's two-character short name that ends in a one-character head noun (新乡, 内乡, 萍乡 end in 乡,
     * 固镇 in 镇): before its level word (新乡|市妇产医院, 内乡|县卫生健康委) that head noun ends no unit.
     */
    private static Set<String> divisionHeads(Lexicon<UnitKind> suffixes, Set<String> divisions) {
        Set<String> heads = new HashSet<>();
        for (String d : divisions) {
            if (d.length() == 2 && suffixes.contains(d.substring(1))) {
                heads.add(d);
            }
        }
        return Set.copyOf(heads);
    }

    /**
     * Every division of the country with and without its level word (佛山市, 佛山; place/divisions.tsv, generated from
     * a maintained package): an item of a list of units may be a bare division (佛山、江门、云浮和清远四家特色分行).
     */
    private static Set<String> divisions(List<TsvRow> divisionRows) {
        Set<String> names = new HashSet<>();
        for (TsvRow row : divisionRows) {
            names.add(row.get(0).strip());
            if (!row.get(2).isBlank()) {
                names.add(row.get(2).strip());
            }
        }
        return Set.copyOf(names);
    }

    private static Lexicon<UnitKind> kinds(ModelSource models, String file) {
        Map<String, UnitKind> map = new HashMap<>();
        for (TsvRow row : TsvReader.rows(models.read(file), 2)) {
            try {
                map.put(row.get(0).strip(), UnitKind.valueOf(row.get(1).strip()));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown unit kind '" + row.get(1) + "'");
            }
        }
        return Lexicon.of(map);
    }

    private static Lexicon<String> placeNames(ModelSource models) {
        Map<String, String> map = new HashMap<>();
        for (TsvRow row : TsvReader.rows(models.read("place/places.tsv"), 2)) {
            map.put(row.get(0).strip(), row.get(1).strip());
        }
        return Lexicon.of(map);
    }

    private static Lexicon<Boolean> flags(List<String> words) {
        Map<String, Boolean> map = new HashMap<>();
        words.forEach(w -> map.put(w, Boolean.TRUE));
        return Lexicon.of(map);
    }
}
