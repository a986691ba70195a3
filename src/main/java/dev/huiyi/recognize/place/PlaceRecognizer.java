package dev.huiyi.recognize.place;

import dev.huiyi.api.Span;
import dev.huiyi.recognize.RecognitionInput;
import dev.huiyi.recognize.Recognizer;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;
import dev.huiyi.text.Mention;
import dev.huiyi.text.MentionType;

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
    private static final Pattern HELD = Pattern.compile(
            "(?<subject>会议|座谈会|会)?(在|主会场设在)(?<place>[^\\s,。;、]{1,30}?)(以[^,。;]{1,8}(形式|方式))?(隆重|胜利)?(主持)?"
            + "(召开|举行|举办|开幕|闭幕|开展|开班|。|,|$)");
    /** Administrative suffixes: 定西市安定区, 于都县梓山镇石坑村. */
    private static final Pattern ADMINISTRATIVE = Pattern.compile(".{2,}(省|市|县|区|州|镇|乡|村)");
    /** What a free-form 会议在X举行 place may not contain: circumstances, not places (在热烈的氛围中). */
    private static final Pattern NOT_A_PLACE = Pattern.compile("[的了中下里之]$|的|氛围|期间|之际|基础|背景|框架");
    private final Map<String, String> shortForms;
    private final List<Pattern> venues;
    private final Map<String, String> names;

    private PlaceRecognizer(Map<String, String> shortForms, Map<String, String> names, List<Pattern> venues) {
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
        List<Pattern> venues = new ArrayList<>();
        for (TsvRow row : TsvReader.rows(models.read("place/venues.tsv"), 1)) {
            venues.add(row.regex(0));
        }
        return new PlaceRecognizer(shortForms, names, venues);
    }

    @Override
    public MentionType type() {
        return MentionType.PLACE;
    }

    @Override
    public List<Mention> recognize(RecognitionInput input, List<Mention> earlier) {
        String text = input.text();
        List<Mention> places = new ArrayList<>();
        Matcher held = HELD.matcher(text);
        while (held.find()) {
            String place = held.group("place");
            int start = held.start("place");
            int end = held.end("place");
            String value = shortForms.get(place);
            boolean freeForm = held.group("subject") != null && !NOT_A_PLACE.matcher(place).find();
            if (value != null || names.containsKey(place) || isVenue(place) || composedOfPlaces(place)
                    || ADMINISTRATIVE.matcher(place).matches() || freeForm) {
                places.add(new Mention(MentionType.PLACE, new Span(start, end), place,
                        value != null ? value : place, "place:held", 0.9));
            }
        }
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
        return venues.stream().anyMatch(p -> p.matcher(place).matches());
    }
}
