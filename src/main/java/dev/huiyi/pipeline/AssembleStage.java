package dev.huiyi.pipeline;

import dev.huiyi.api.KeyPoint;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Person;
import dev.huiyi.api.PersonRole;
import dev.huiyi.api.PublishedAt;
import dev.huiyi.api.Slogan;
import dev.huiyi.api.SourceInfo;
import dev.huiyi.api.Span;
import dev.huiyi.api.Speaker;
import dev.huiyi.api.Unit;
import dev.huiyi.api.UnitRole;
import dev.huiyi.relate.MeetingFacts;
import dev.huiyi.relate.PersonFacts;
import dev.huiyi.relate.Relations;
import dev.huiyi.relate.UnitFacts;
import dev.huiyi.text.Document;
import dev.huiyi.text.Mention;
import dev.huiyi.api.MentionType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Relations → the contract's {@link MeetingRecord}. A text that is not a meeting report keeps only title and date. */
public final class AssembleStage implements Stage {
    static final String NOT_A_MEETING = "not a meeting report";

    @Override
    public String name() {
        return "assemble";
    }

    @Override
    public Set<Slot<?>> requires() {
        return Set.of(Slots.DOCUMENT, Slots.MENTIONS, Slots.RELATIONS, Slots.PUBLISHED_AT);
    }

    @Override
    public Set<Slot<?>> provides() {
        return Set.of(Slots.RECORD);
    }

    @Override
    public void apply(Context context) {
        Document doc = context.get(Slots.DOCUMENT);
        Relations rel = context.get(Slots.RELATIONS);
        List<Mention> mentions = context.get(Slots.MENTIONS);
        SourceInfo source = new SourceInfo(doc.id(), doc.format(), doc.encoding(), doc.inputText().length(), doc.sha256());
        String title = doc.titleLine() == null ? null : doc.slice(doc.titleLine());
        List<String> warnings = new ArrayList<>(doc.warnings());
        if (!rel.isMeeting()) {
            warnings.add(NOT_A_MEETING);
            context.put(Slots.RECORD, new MeetingRecord(MeetingRecord.SCHEMA_VERSION, source, title, null,
                    PublishedAt.parse(context.get(Slots.PUBLISHED_AT)), null, null, null, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), null, warnings));
            return;
        }
        MeetingFacts facts = rel.facts();
        if (facts.meetingDate() == null) {
            warnings.add("no date found");
        }
        List<Person> hosts = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>();
        List<Person> attendees = new ArrayList<>();
        for (PersonFacts p : rel.people()) {
            if (!p.present()) {
                continue;
            }
            Person person = new Person(p.name(), p.titles(), p.affiliation(), p.roles(), p.mentions());
            attendees.add(person);
            if (p.roles().contains(PersonRole.HOST)) {
                hosts.add(person);
            }
            if (p.roles().contains(PersonRole.SPEAKER)) {
                List<KeyPoint> own = rel.keyPoints().stream().filter(k -> p.name().equals(k.speaker())).toList();
                speakers.add(new Speaker(p.name(), p.titles(), p.affiliation(), p.speechType(), own, p.mentions()));
            }
        }
        List<Unit> organizers = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        for (UnitFacts u : rel.units()) {
            Unit unit = new Unit(u.name(), u.kind(), u.roles(), u.mentions());
            units.add(unit);
            if (u.roles().contains(UnitRole.ORGANIZER)) {
                organizers.add(unit);
            }
        }
        context.put(Slots.RECORD, new MeetingRecord(MeetingRecord.SCHEMA_VERSION, source, title, facts.meetingName(),
                PublishedAt.parse(facts.publishedAt()), facts.meetingDate(), facts.location(), facts.mode(), organizers, hosts, speakers,
                attendees, units, slogans(mentions), rel.keyPoints(), null, warnings));
    }

    private static List<Slogan> slogans(List<Mention> mentions) {
        Map<String, List<Span>> byText = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.SLOGAN) {
                byText.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(m.span());
            }
        }
        List<Slogan> slogans = new ArrayList<>();
        byText.forEach((text, spans) -> slogans.add(new Slogan(text, spans.size(), spans)));
        return slogans;
    }
}
