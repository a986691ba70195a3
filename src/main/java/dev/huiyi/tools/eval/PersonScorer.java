package dev.huiyi.tools.eval;

import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Person;
import dev.huiyi.api.Span;
import dev.huiyi.api.Speaker;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The person metrics: attendee, speaker and host names, (speaker, speech type) and (person, title) pairs. */
final class PersonScorer {
    private static final SetMatcher<String> NAMES = SetMatcher.byEquality();
    private static final SetMatcher<KeyPair> PAIRS = SetMatcher.byEquality();
    private static final SetMatcher<KeyPair> SPEECH_TYPES = new SetMatcher<>(
            (gold, predicted) -> gold.first().equals(predicted.first())
                    && speechTypeMatches(gold.second(), predicted.second()));

    private PersonScorer() {
    }

    static Map<Metric, FieldScore> score(GoldRecord gold, MeetingRecord predicted) {
        Map<Metric, FieldScore> scores = new EnumMap<>(Metric.class);
        scores.put(Metric.ATTENDEES, NAMES.match(goldNames(gold.attendees()), List.of(), personNames(predicted.attendees())));
        scores.put(Metric.SPEAKERS, NAMES.match(goldNames(gold.speakers()), List.of(), speakerNames(predicted.speakers())));
        scores.put(Metric.HOSTS, NAMES.match(goldNames(gold.hosts()), List.of(), personNames(predicted.hosts())));
        scores.put(Metric.SPEAKER_SPEECH_TYPE, SPEECH_TYPES.match(goldSpeechTypes(gold), List.of(), speechTypes(predicted)));
        scores.put(Metric.PERSON_TITLES, PAIRS.match(goldTitles(gold, false), goldTitles(gold, true), titles(predicted)));
        return scores;
    }

    /**
     * Speech types match when equal or when one ends with the other ({@code 工作报告} ~ {@code 报告}): the contract
     * accepts a prediction that keeps or drops the genre modifier. An absent type only matches an absent one,
     * because the empty string would otherwise be a suffix of everything.
     */
    static boolean speechTypeMatches(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return gold == null && predicted == null;
        }
        return gold.endsWith(predicted) || predicted.endsWith(gold);
    }

    private static List<GoldEntry<String>> goldNames(List<GoldPerson> persons) {
        List<GoldEntry<String>> entries = new ArrayList<>();
        for (GoldPerson person : persons) {
            String key = Keys.plain(person.name());
            if (key != null) {
                entries.add(new GoldEntry<>(List.of(key), person.name()));
            }
        }
        return entries;
    }

    private static List<PredictedItem<String>> personNames(List<Person> persons) {
        return persons.stream()
                .map(p -> new PredictedItem<>(Keys.plain(p.name()), p.name(), Keys.first(p.mentions())))
                .toList();
    }

    private static List<PredictedItem<String>> speakerNames(List<Speaker> speakers) {
        return speakers.stream()
                .map(s -> new PredictedItem<>(Keys.plain(s.name()), s.name(), Keys.first(s.mentions())))
                .toList();
    }

    private static List<GoldEntry<KeyPair>> goldSpeechTypes(GoldRecord gold) {
        List<GoldEntry<KeyPair>> entries = new ArrayList<>();
        for (GoldPerson speaker : gold.speakers()) {
            String name = Keys.plain(speaker.name());
            if (name != null) {
                entries.add(new GoldEntry<>(List.of(new KeyPair(name, Keys.plain(speaker.speechType()))),
                        speaker.name() + " / " + speaker.speechType()));
            }
        }
        return entries;
    }

    private static List<PredictedItem<KeyPair>> speechTypes(MeetingRecord predicted) {
        List<PredictedItem<KeyPair>> items = new ArrayList<>();
        for (Speaker speaker : predicted.speakers()) {
            String name = Keys.plain(speaker.name());
            if (name != null) {
                items.add(new PredictedItem<>(new KeyPair(name, Keys.plain(speaker.speechType())),
                        speaker.name() + " / " + speaker.speechType(), Keys.first(speaker.mentions())));
            }
        }
        return items;
    }

    /** (name, title) over gold attendees, hosts and speakers; the same pair from two lists is one entry. */
    private static List<GoldEntry<KeyPair>> goldTitles(GoldRecord gold, boolean optional) {
        List<GoldEntry<KeyPair>> entries = new ArrayList<>();
        for (List<GoldPerson> persons : List.of(gold.attendees(), gold.hosts(), gold.speakers())) {
            for (GoldPerson person : persons) {
                for (String title : optional ? person.optionalTitles() : person.titles()) {
                    KeyPair key = pair(person.name(), title);
                    if (key != null) {
                        GoldEntry<KeyPair> entry = new GoldEntry<>(List.of(key), person.name() + ": " + title);
                        if (!entries.contains(entry)) {
                            entries.add(entry);
                        }
                    }
                }
            }
        }
        return entries;
    }

    private static List<PredictedItem<KeyPair>> titles(MeetingRecord predicted) {
        List<PredictedItem<KeyPair>> items = new ArrayList<>();
        for (List<Person> persons : List.of(predicted.attendees(), predicted.hosts())) {
            for (Person person : persons) {
                addTitles(items, person.name(), person.titles(), Keys.first(person.mentions()));
            }
        }
        for (Speaker speaker : predicted.speakers()) {
            addTitles(items, speaker.name(), speaker.titles(), Keys.first(speaker.mentions()));
        }
        return items;
    }

    private static void addTitles(List<PredictedItem<KeyPair>> items, String name, List<String> titles, Span span) {
        for (String title : titles) {
            KeyPair key = pair(name, title);
            if (key != null) {
                items.add(new PredictedItem<>(key, name + ": " + title, span));
            }
        }
    }

    private static KeyPair pair(String name, String title) {
        String nameKey = Keys.plain(name);
        String titleKey = Keys.plain(title);
        return nameKey == null || titleKey == null ? null : new KeyPair(nameKey, titleKey);
    }
}
