package dev.huiyi.recognize.place;

import dev.huiyi.text.Deadline;
import dev.huiyi.api.Span;
import dev.huiyi.recognize.RecognitionInput;
import dev.huiyi.recognize.Recognizer;
import dev.huiyi.resources.KeyedValues;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.ScanPattern;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;
import dev.huiyi.text.Mention;
import dev.huiyi.api.MentionType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a meeting was held: {@code 在X召开/举行} with X a province-level short form (京 → 北京), a place
 * name, or a venue (…会议室, …宾馆). The value is the place as a reader would write it.
 */
public final class PlaceRecognizer implements Recognizer {
    private final Map<String, String> shortForms;
    private final List<Pattern> venues;
    private final Map<String, String> names;
    private final ScanPattern held;
    private final Pattern administrative;
    private final Pattern notAPlace;
    private final ScanPattern formLine;

    private PlaceRecognizer(Map<String, String> shortForms, Map<String, String> names, List<Pattern> venues,
                            KeyedValues rules) {
        this.held = ScanPattern.of(rules.regex("held"));
        this.administrative = rules.regex("administrative");
        this.notAPlace = rules.regex("not_a_place");
        this.formLine = ScanPattern.of(rules.regex("form_line"));
        this.shortForms = Map.copyOf(shortForms);
        this.names = Map.copyOf(names);
        this.venues = List.copyOf(venues);
    }

    public static PlaceRecognizer load(ModelSource models) {
        Map<String, String> shortForms = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (TsvRow row : TsvReader.rows(models.read("place/places.tsv"), 2)) {
            String name = row.get(0).strip();
            names.put(name, row.get(1).strip());
            if (!row.get(2).isBlank()) {
                shortForms.put(row.get(2).strip(), name.replaceAll("(市|省|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$", ""));
            }
        }
        // Every division of the country (generated from a maintained package), also without its level word:
        // 在梓山镇召开, 在莒南召开.
        for (TsvRow row : TsvReader.rows(models.read("place/divisions.tsv"), 2)) {
            String level = row.get(1);
            names.putIfAbsent(row.get(0), level);
            if (!row.get(2).isEmpty()) {
                names.putIfAbsent(row.get(2), level);
            }
        }
        List<Pattern> venues = new ArrayList<>();
        for (TsvRow row : TsvReader.rows(models.read("place/venues.tsv"), 1)) {
            venues.add(row.regex(0));
        }
        return new PlaceRecognizer(shortForms, names, venues,
                KeyedValues.read(models.read("place/held.tsv"), "models/place/held.tsv"));
    }

    @Override
    public MentionType type() {
        return MentionType.PLACE;
    }

    @Override
    public List<Mention> recognize(RecognitionInput input, List<Mention> earlier) {
        String text = input.text();
        List<Mention> places = new ArrayList<>();
        Matcher phrase = held.matcher(Deadline.guard(text));
        for (int at = 0; held.find(phrase, text, at, text.length()); at = ScanPattern.resumeAfter(phrase)) {
            String place = phrase.group("place");
            int start = phrase.start("place");
            int end = phrase.end("place");
            String value = shortForms.get(place);
            boolean freeForm = phrase.group("subject") != null && !notAPlace.matcher(Deadline.guard(place)).find();
            if (value != null || names.containsKey(place) || isVenue(place) || composedOfPlaces(place)
                    || administrative.matcher(Deadline.guard(place)).matches() || freeForm) {
                places.add(new Mention(MentionType.PLACE, new Span(start, end), place,
                        value != null ? value : place, "place:held", 0.9));
            }
        }
        // Minutes in form layout: 会议地点: 村委会议室 — the label says what the rest of the line is.
        Matcher form = formLine.matcher(Deadline.guard(text));
        for (int at = 0; formLine.find(form, text, at, text.length()); at = ScanPattern.resumeAfter(form)) {
            String place = form.group("place").strip();
            int start = form.start("place") + form.group("place").indexOf(place);
            String value = shortForms.getOrDefault(place, place);
            places.add(new Mention(MentionType.PLACE, new Span(start, start + place.length()), place, value,
                    "place:form", 0.9));
        }
        places.sort(java.util.Comparator.comparingInt(Mention::start));
        return places;
    }

    /** 浙江杭州, 湖北武汉: known places written one after the other. */
    private boolean composedOfPlaces(String place) {
        int at = 0;
        while (at < place.length()) {
            int len = 0;
            for (int end = place.length(); end > at; end--) {
                if (names.containsKey(place.substring(at, end))) {
                    len = end - at;
                    break;
                }
            }
            if (len == 0) {
                return false;
            }
            at += len;
        }
        return true;
    }

    private boolean isVenue(String place) {
        return venues.stream().anyMatch(p -> p.matcher(Deadline.guard(place)).matches());
    }
}
