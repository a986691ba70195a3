package dev.huiyi.relate;

import dev.huiyi.api.KeyPoint;
import dev.huiyi.api.Span;
import dev.huiyi.recognize.person.FormLines;
import dev.huiyi.recognize.title.TitleLexicon;
import dev.huiyi.recognize.unit.UnitKinds;
import dev.huiyi.recognize.unit.UnitLexicon;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.text.Document;
import dev.huiyi.text.Mention;
import dev.huiyi.api.MentionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Mentions → relations: runs the people, units, key point and meeting-fact builders in order. */
public final class Relater {
    private final PeopleBuilder people;
    private final UnitsBuilder units;
    private final KeyPointExtractor keyPoints;
    private final MeetingFactsFinder facts;
    private final RepresentedUnits represented;

    private Relater(PeopleBuilder people, UnitsBuilder units, KeyPointExtractor keyPoints, MeetingFactsFinder facts,
                    RepresentedUnits represented) {
        this.people = people;
        this.represented = represented;
        this.units = units;
        this.keyPoints = keyPoints;
        this.facts = facts;
    }

    public static Relater load(ModelSource models, TitleLexicon titles, UnitLexicon unitLexicon, FormLines formLines) {
        RoleRules roles = RoleRules.load(models);
        UnitKinds kinds = new UnitKinds(unitLexicon);
        UnitListReader lists = UnitListReader.load(models, kinds);
        return new Relater(new PeopleBuilder(titles, roles, formLines, PeopleBuilder.loadOpeners(models),
                new Affiliations(titles, kinds), PeopleBuilder.loadShortForms(models),
                Set.copyOf(TsvReader.words(models.read("person/honorifics.tsv")))),
                UnitsBuilder.load(models, kinds, lists, roles, formLines),
                KeyPointExtractor.load(models), MeetingFactsFinder.load(models, lists, kinds),
                RepresentedUnits.load(models, kinds));
    }

    public Relations relate(Document doc, List<Mention> mentions, String publishedAt) {
        String text = doc.text();
        List<Mention> personMentions = of(mentions, MentionType.PERSON); // one list for both builders, not a copy each
        List<PersonFacts> persons = people.build(text, personMentions, of(mentions, MentionType.TITLE),
                of(mentions, MentionType.UNIT));
        MeetingFacts meeting = facts.find(doc, mentions, publishedAt);
        List<UnitFacts> unitFacts = units.build(text, personMentions, of(mentions, MentionType.UNIT), meeting.organizers(),
                meeting.nameSpan(), represented.find(text, persons, personMentions.stream().map(Mention::span).toList()));
        List<KeyPointExtractor.Subject> subjects = new ArrayList<>();
        for (PersonFacts p : persons) {
            if (p.present()) {
                p.mentions().forEach(s -> subjects.add(new KeyPointExtractor.Subject(p.name(), s)));
            }
        }
        // 巫副县长指出,…: a short repeat of a present person leads in that person's points
        for (KeyPointExtractor.Subject repeat : ShortRepeats.find(text, persons)) {
            if (subjects.stream().noneMatch(s -> s.span().overlaps(repeat.span()))) {
                subjects.add(repeat);
            }
        }
        subjects.sort((a, b) -> a.span().compareTo(b.span()));
        List<Span> body = doc.paragraphs();
        List<KeyPoint> points = keyPoints.extract(text, body, subjects);
        // 副县长房作荣深入县疾控中心视察…: a visit the headline reports is no meeting unless the report names one or
        // its convenor (…调研并召开座谈会 does)
        boolean visitOnly = meeting.meetingName() == null && meeting.organizers().isEmpty() && facts.headlinesAVisit(doc)
                && !facts.saysAMeetingWasHeld(doc);
        boolean isMeeting = (meeting.meetingName() != null || !meeting.organizers().isEmpty()
                || persons.stream().anyMatch(PersonFacts::present)) && !facts.headlinesADocument(doc) && !visitOnly;
        return new Relations(persons, unitFacts, points, meeting, isMeeting);
    }

    private static List<Mention> of(List<Mention> mentions, MentionType type) {
        return TypedMentions.of(mentions, type);
    }
}
