package dev.huiyi.relate;

import dev.huiyi.text.Deadline;
import dev.huiyi.text.Scripts;
import dev.huiyi.api.KeyPoint;
import dev.huiyi.api.ModelException;
import dev.huiyi.api.Span;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.ScanGroup;
import dev.huiyi.resources.ScanPattern;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.Map;
import java.util.HashMap;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Key points: after a lead-in (王志刚部长在讲话中强调, / 他指出, / 会议要求,) the rest of the paragraph is split
 * into sentences and enumerated items, each attributed to the lead-in's subject: the person named before
 * the verb in the same sentence, the last speaker for 他/她, or {@code 会议}.
 */
final class KeyPointExtractor {
    private static final String MEETING = "会议";
    private static final int MIN_LENGTH = 6;
    /** How many Han characters a key point holds at least: a statement, not a code or noise between sentences. */
    private static final int MIN_HAN = 4;
    /** How long a pronoun's clause may run to its verb (她对新一年度重点工作|提出). */
    private static final int PRONOUN_REACH = 24;
    /** A connective that may open a pronoun's sentence (同时,|她…), or null (leadins.tsv kind=connective). */
    private final Pattern connective;
    /** What carries a pronoun's subject on to a later clause (他回顾了…,并|对…提出), or null (kind=continuation). */
    private final Pattern continuation;
    /** A whole clause before a lead-in that is the meeting itself (会上|强调, 全会|指出), or null (kind=meeting). */
    private final Pattern meetingSubject;
    private final List<ScanPattern> leadIns;
    /** The lead-ins' patterns, in order, read through a text in one pass. */
    private final ScanGroup leadInPatterns;
    /** Per lead-in: the meeting's own when no speaker stands before it (达成一致意见: kind=consensus). */
    private final List<Boolean> meetingsOwn;
    private final List<Pattern> stops;
    /** Sentences that are no key point but leave the run going (a ceremony's act between a speaker's words). */
    private final List<Pattern> skips;
    private final Pattern enumerator;
    /** The first item of an enumeration (一是, 一要: 一 and its marker): leadins.tsv kind=first_item. */
    private final Pattern firstItem;
    /** A paragraph that is itself a resolution of the meeting ((一)审议通过《…》): the match is the key point. */
    private final List<Pattern> resolutions;
    /** A paragraph opening with an item marker ((一), 1、, 一是) continues a lead-in that ended its paragraph. */
    private final Pattern itemStart;
    /**
     * What opens each point of a run whose paragraphs go on in parallel (会议强调,要统一思想…。⏎要对标对表…。⏎要全面动员…):
     * leadins.tsv kind=parallel.
     */
    private final Pattern parallel;

    private KeyPointExtractor(List<ScanPattern> leadIns, List<Boolean> meetingsOwn, List<Pattern> stops,
                              List<Pattern> skips, Pattern enumerator, List<Pattern> resolutions, Pattern itemStart, Pattern connective,
                              Pattern continuation, Pattern meetingSubject, Pattern firstItem, Pattern parallel) {
        this.firstItem = firstItem;
        this.parallel = parallel;
        this.continuation = continuation;
        this.meetingSubject = meetingSubject;
        this.meetingsOwn = List.copyOf(meetingsOwn);
        this.connective = connective;
        this.leadIns = List.copyOf(leadIns);
        this.leadInPatterns = ScanGroup.of(this.leadIns);
        this.stops = List.copyOf(stops);
        this.skips = List.copyOf(skips);
        this.enumerator = enumerator;
        this.resolutions = List.copyOf(resolutions);
        this.itemStart = itemStart;
    }

    static KeyPointExtractor load(ModelSource models) {
        List<ScanPattern> leadIns = new ArrayList<>();
        List<Pattern> stops = new ArrayList<>();
        List<Pattern> skips = new ArrayList<>();
        Pattern enumerator = null;
        List<Pattern> resolutions = new ArrayList<>();
        Pattern itemStart = null;
        Pattern firstItem = null;
        Pattern connective = null;
        Pattern continuation = null;
        Pattern meetingSubject = null;
        Pattern parallel = null;
        List<Boolean> meetingsOwn = new ArrayList<>();
        for (TsvRow row : TsvReader.rows(models.read("keypoint/leadins.tsv"), 3)) {
            switch (row.get(1)) {
                case "leadin" -> {
                    leadIns.add(ScanPattern.of(row.regex(2)));
                    meetingsOwn.add(false);
                }
                case "consensus" -> {
                    leadIns.add(ScanPattern.of(row.regex(2)));
                    meetingsOwn.add(true);
                }
                case "stop" -> stops.add(row.regex(2));
                case "skip" -> skips.add(row.regex(2));
                case "enumerator" -> enumerator = row.regex(2);
                case "resolution" -> resolutions.add(row.regex(2));
                case "item" -> itemStart = row.regex(2);
                case "first_item" -> firstItem = row.regex(2);
                case "connective" -> connective = row.regex(2);
                case "continuation" -> continuation = row.regex(2);
                case "meeting" -> meetingSubject = row.regex(2);
                case "parallel" -> parallel = row.regex(2);
                default -> throw row.error("kind must be leadin, consensus, stop, skip, enumerator, resolution, item, "
                        + "connective, continuation, meeting, parallel or first_item");
            }
        }
        if (enumerator == null || itemStart == null || parallel == null) {
            throw new ModelException("models/keypoint/leadins.tsv: an enumerator, an item and a parallel row are required");
        }
        return new KeyPointExtractor(leadIns, meetingsOwn, stops, skips, enumerator, resolutions, itemStart,
                connective, continuation, meetingSubject, firstItem, parallel);
    }

    /** A person mention: who, where. */
    record Subject(String name, Span span) {
    }

    List<KeyPoint> extract(String text, List<Span> paragraphs, List<Subject> speakerMentions) {
        List<KeyPoint> points = new ArrayList<>();
        Speakers speakers = new Speakers(speakerMentions);
        LeadInScan scan = new LeadInScan(text, speakers);
        // only a speaker opening a sentence can start the next lead-in; whether one does is asked once
        Speakers openers = new Speakers(speakerMentions.stream().filter(s -> opensSentence(text, s.span().start())).toList());
        Map<Integer, Boolean> opensLeadIn = new HashMap<>();
        String lastSpeaker = null;
        // A lead-in that ends its paragraph with a colon (会议议定以下事项:) goes on into the item paragraphs after it.
        String listSubject = null;
        // the marker after the numeral of an enumeration opened inside a run (是 of 一是): its item paragraphs use it too
        char listFamily = 0;
        // 会议强调⏎全市法院要…, 温晓霞强调:⏎要旗帜鲜明…: a lead-in that is the whole rest of its paragraph speaks in the
        // next paragraph, whatever opens it
        String lineSubject = null;
        // 会议强调,要统一思想…。⏎要对标对表…。⏎要全面动员…: a run that opens with 要 and fills its paragraph goes on into
        // the paragraphs after it that open with 要 too and have no lead-in of their own
        String parallelSubject = null;
        for (Span para : paragraphs) {
            if (resolution(text, para, points)) {
                lineSubject = null;
                parallelSubject = null;
                continue;
            }
            if (parallelSubject != null && opensWith(parallel, text, para.start(), para.end())
                    && scan.find(para.start(), para.end(), lastSpeaker) == null) {
                if (split(text, para.start(), para.end(), parallelSubject, points) < para.end()) {
                    parallelSubject = null; // a stop sentence (attendance, the chair) ends the speech
                }
                lineSubject = null;
                continue;
            }
            parallelSubject = null;
            if (listSubject != null && startsItem(text, para) && (listFamily == 0 || inFamily(text, para, listFamily))) {
                split(text, para.start(), para.end(), listSubject, points);
                lineSubject = null;
                continue;
            }
            listSubject = null;
            listFamily = 0;
            if (lineSubject != null && scan.find(para.start(), para.end(), lastSpeaker) == null) {
                // a paragraph with a lead-in of its own is read as any other
                split(text, para.start(), para.end(), lineSubject, points);
                lineSubject = null;
                continue;
            }
            lineSubject = null;
            int pos = para.start();
            // where the meeting's own lead-ins open sentences of the paragraph, found once (not once per run)
            int[] meetingLeadIns = null;
            while (pos < para.end()) {
                LeadIn lead = scan.find(pos, para.end(), lastSpeaker);
                if (lead == null) {
                    break;
                }
                if (!lead.subject().equals(MEETING)) {
                    lastSpeaker = lead.subject();
                }
                int byPerson = nextLeadInStart(text, lead.end(), para.end(), openers, at -> opensLeadIn.computeIfAbsent(at,
                        a -> scan.find(a, Sentences.endOf(text, a), null) != null));
                // the run ends at the next speaker's lead-in or the meeting's, whichever comes first
                if (meetingLeadIns == null) {
                    meetingLeadIns = meetingLeadIns(text, para, scan);
                }
                int next = firstWithin(meetingLeadIns, lead.end() + 1, byPerson);
                int stoppedAt = split(text, lead.end(), next, lead.subject(), points);
                // …要认真贯彻…精神,重点抓好三方面工作: — the run's own last sentence may open the items, too
                // 会议要求,一是要…。全会指出,…\n二是要…: a run that opens an enumeration goes on into the item paragraphs
                // of the same kind (二是…, not a heading 二、…)
                if (next == para.end() && stoppedAt == next) {
                    if (opensWith(parallel, text, lead.end(), para.end())) {
                        parallelSubject = lead.subject();
                    }
                    if (endsParagraph(text, lead.end(), para.end())) {
                        lineSubject = lead.subject();
                        listSubject = lead.subject();
                    } else if (closesWithColonOrStop(text, lead.end(), para.end()) || endsWithColon(text, para)) {
                        listSubject = lead.subject();
                    } else {
                        listFamily = enumerationFamily(text, lead.end(), para.end());
                        listSubject = listFamily == 0 ? null : lead.subject();
                    }
                }
                pos = Math.min(next, stoppedAt);
            }
        }
        return points;
    }

    /** (一)审议通过《关于…的议案》: the paragraph opens with a resolution of the meeting. */
    private boolean resolution(String text, Span para, List<KeyPoint> out) {
        for (Pattern p : resolutions) {
            Matcher m = p.matcher(Deadline.guard(text)).region(para.start(), para.end());
            if (m.lookingAt()) {
                add(text, m.start(), m.end(), MEETING, out);
                return true;
            }
        }
        return false;
    }

    /** Whether {@code pattern} matches where {@code [from, to)} opens, past white space and a lead-in's comma or colon. */
    private static boolean opensWith(Pattern pattern, String text, int from, int to) {
        int at = from;
        while (at < to && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',' || text.charAt(at) == ':')) {
            at++;
        }
        return pattern.matcher(Deadline.guard(text)).region(at, to).lookingAt();
    }

    private boolean startsItem(String text, Span para) {
        return itemStart.matcher(Deadline.guard(text)).region(para.start(), para.end()).lookingAt();
    }

    /**
     * The text after the lead-in is nothing but a colon (and space), or the lead-in itself consumed a colon or full
     * stop: the items follow in the next paragraphs.
     */
    private static boolean closesWithColonOrStop(String text, int from, int to) {
        String rest = text.substring(from, to).strip();
        // …提出三点要求。 / …达成一致意见。 then 一是… paragraphs: a lead-in that consumed its full stop ends like one with a colon
        return rest.isEmpty() ? from > 0 && (text.charAt(from - 1) == ':' || text.charAt(from - 1) == '。') : rest.equals(":");
    }

    /**
     * Whether nothing but a colon or comma follows the lead-in in its paragraph (会议强调⏎, 温晓霞强调:⏎, 张珂要求,⏎); a
     * lead-in that closed its sentence (…提出了具体要求。) has said what it says.
     */
    private static boolean endsParagraph(String text, int from, int to) {
        String rest = text.substring(from, to).strip();
        return (rest.isEmpty() || rest.equals(":") || rest.equals(",")) && from > 0 && text.charAt(from - 1) != '。';
    }

    /**
     * The marker after the numeral of the enumeration's first item (是 of 一是) where the run {@code [from, to)} opens
     * with one or holds one after a clause break, else 0.
     */
    private char enumerationFamily(String text, int from, int to) {
        if (firstItem == null) {
            return 0;
        }
        Matcher m = firstItem.matcher(Deadline.guard(text)).region(from, to);
        while (m.find()) {
            if (m.start() == from || ",:;。".indexOf(text.charAt(m.start() - 1)) >= 0) {
                return text.charAt(m.start() + 1);
            }
        }
        return 0;
    }

    /** Whether the paragraph opens with a later item of the same kind (二是 after 一是). */
    private static boolean inFamily(String text, Span para, char family) {
        int at = para.start();
        while (at < para.end() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at + 1 < para.end() && "二三四五六七八九十".indexOf(text.charAt(at)) >= 0 && text.charAt(at + 1) == family;
    }

    /** Whether the paragraph's last character (past white space) is a colon. */
    private static boolean endsWithColon(String text, Span para) {
        int end = para.end();
        while (end > para.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > para.start() && text.charAt(end - 1) == ':';
    }

    private record LeadIn(String subject, int end, int start) {
    }

    /**
     * The earliest lead-in of {@code [from, to)} over one document. Each pattern's first lead-in at or after a
     * position is remembered: it is still the first at or after a later position that does not pass it, so a
     * paragraph of a million characters is searched once per pattern, not once per key point.
     */
    private static final int LOOKBEHIND_REACH = 16;

    private final class LeadInScan {
        private final String text;
        private final Speakers speakers;
        private final ScanGroup.Starts starts;
        private final int[] cachedFrom = new int[leadIns.size()];
        private final int[] cachedTo = new int[leadIns.size()];
        private final String[] cachedLast = new String[leadIns.size()];
        private final LeadIn[] cachedLead = new LeadIn[leadIns.size()];

        LeadInScan(String text, Speakers speakers) {
            this.text = text;
            this.starts = leadInPatterns.startsIn(text);
            this.speakers = speakers;
            Arrays.fill(cachedFrom, -1);
        }

        LeadIn find(int from, int to, String lastSpeaker) {
            LeadIn best = null;
            for (int i = 0; i < leadIns.size(); i++) {
                LeadIn lead = firstOf(i, from, to, lastSpeaker);
                if (lead != null && (best == null || lead.start() < best.start())) {
                    best = lead;
                }
            }
            return best;
        }

        private LeadIn firstOf(int i, int from, int to, String lastSpeaker) {
            ScanPattern p = leadIns.get(i);
            boolean reusable = !p.anchoredAtStart() && cachedFrom[i] >= 0 && cachedFrom[i] <= from
                    && cachedTo[i] == to && Objects.equals(cachedLast[i], lastSpeaker);
            // a lead-in may look behind (?<=会议) and a search cannot see before its start: one found just after the
            // new start is searched again rather than trusted
            if (reusable && (cachedLead[i] == null || cachedLead[i].start() >= from + LOOKBEHIND_REACH)) {
                return cachedLead[i];
            }
            LeadIn found = null;
            Matcher m = p.matcher(Deadline.guard(text));
            for (int at = from; starts.find(i, m, text, at, to); at = ScanPattern.resumeAfter(m)) {
                String subject = subjectBefore(text, m.start(), speakers, lastSpeaker);
                if (subject == null && meetingsOwn.get(i)) {
                    subject = MEETING; // 各参会单位…达成一致意见。: the participants agree, the points are the meeting's
                }
                if (subject != null) {
                    found = new LeadIn(subject, m.end(), m.start());
                    break;
                }
            }
            cachedFrom[i] = from;
            cachedTo[i] = to;
            cachedLast[i] = lastSpeaker;
            cachedLead[i] = found;
            return found;
        }
    }

    private static int nextLeadInStart(String text, int from, int to, Speakers openers, IntPredicate opensLeadIn) {
        for (Subject s : openers.startingIn(from, to)) {
            if (opensLeadIn.test(s.span().start())) {
                return s.span().start();
            }
        }
        return to;
    }

    /**
     * Where sentences of the paragraph open with the meeting's own lead-in (会议指出,…。会议强调,|…), ascending: each
     * starts a run of its own, its lead-in no part of the key point before it.
     */
    private int[] meetingLeadIns(String text, Span para, LeadInScan scan) {
        if (meetingSubject == null) {
            return new int[0];
        }
        IntStream.Builder starts = IntStream.builder();
        for (int at = para.start() + 1; at < para.end(); at++) {
            if (!opensSentence(text, at)) {
                continue;
            }
            Matcher subject = meetingSubject.matcher(Deadline.guard(text)).region(at, para.end());
            if (subject.lookingAt() || text.startsWith(MEETING, at)) {
                LeadIn lead = scan.find(at, Sentences.endOf(text, at), null);
                if (lead != null && lead.subject().equals(MEETING) && lead.start() - at <= MAX_MEETING_SUBJECT) {
                    starts.add(at);
                }
            }
        }
        return starts.build().toArray();
    }

    /** The first of the ascending {@code positions} in {@code [from, to)}, or {@code to}. */
    private static int firstWithin(int[] positions, int from, int to) {
        int i = Arrays.binarySearch(positions, from);
        int at = i >= 0 ? i : -i - 1;
        return at < positions.length && positions[at] < to ? positions[at] : to;
    }

    /** The longest clause before a lead-in that names the meeting itself (本次会议还, 会议认为). */
    private static final int MAX_MEETING_SUBJECT = 6;

    private static boolean opensSentence(String text, int at) {
        return at == 0 || "。;\n".indexOf(text.charAt(at - 1)) >= 0;
    }

    /** Who a lead-in verb at {@code verbAt} belongs to, or null when it is not a lead-in of a speaker. */
    private String subjectBefore(String text, int verbAt, Speakers speakers, String lastSpeaker) {
        int sentence = Sentences.startOf(text, verbAt);
        String clause = text.substring(sentence, verbAt);
        Subject best = speakers.lastWithin(sentence, verbAt);
        if (best != null) {
            return best.name();
        }
        if (clause.endsWith(MEETING) || meetingSubject != null && meetingSubject.matcher(clause).matches()) {
            return MEETING;
        }
        if (clause.startsWith("会议")) {
            return MEETING;
        }
        // 同时,她对新一年度重点工作|提出三点要求: a connective may open the sentence, and a short object (对…, 就…)
        // stand between the pronoun and its verb; 他们 is no one speaker.
        String opened = connective == null ? clause : connective.matcher(Deadline.guard(clause)).replaceFirst("");
        if ((opened.startsWith("他") || opened.startsWith("她")) && !opened.startsWith("他们") && !opened.startsWith("她们")
                && (opened.length() <= PRONOUN_REACH || continuedClause(opened) <= PRONOUN_REACH)
                || (clause.startsWith("报告") || clause.startsWith("讲话")) && clause.length() <= 8) {
            String previous = speakers.lastEndingBy(verbAt);
            return previous != null ? previous : lastSpeaker;
        }
        return null;
    }

    /**
     * How long the last clause of a pronoun's sentence runs to the verb when it goes on with the same subject
     * (他回顾了…成绩,并|对新学期工作提出三点要求: leadins.tsv kind=continuation), or the whole length.
     */
    private int continuedClause(String opened) {
        int clauseStart = 0;
        if (continuation != null) {
            Matcher m = continuation.matcher(Deadline.guard(opened));
            while (m.find()) {
                clauseStart = m.end();
            }
        }
        return opened.length() - clauseStart;
    }

    /** Splits {@code [from, to)} into key points; returns where it stopped (a stop sentence) or {@code to}. */
    private int split(String text, int from, int to, String speaker, List<KeyPoint> out) {
        int start = from;
        for (int i = from; i <= to; i++) {
            boolean end = i == to || "。;!?".indexOf(text.charAt(i)) >= 0 || Sentences.isHalfWidthStop(text, i);
            boolean itemStarts = false;
            if (!end && i > start) {
                Matcher m = enumerator.matcher(Deadline.guard(text)).region(i, Math.min(to, i + 4));
                itemStarts = text.charAt(i - 1) == ',' && m.lookingAt() && m.end() == i;
            }
            if (end || itemStarts) {
                String sentence = text.substring(start, i);
                if (isStop(sentence)) {
                    return start;
                }
                if (!isSkip(sentence)) {
                    add(text, start, i, speaker, out);
                }
                // A sentence end is consumed; an enumerator (二是…) belongs to the next key point.
                start = itemStarts ? i : i + 1;
            }
        }
        return to;
    }

    private boolean isStop(String sentence) {
        return stops.stream().anyMatch(p -> p.matcher(Deadline.guard(sentence)).find());
    }

    private boolean isSkip(String sentence) {
        return skips.stream().anyMatch(p -> p.matcher(Deadline.guard(sentence)).find());
    }

    private static void add(String text, int start, int end, String speaker, List<KeyPoint> out) {
        while (start < end && (text.charAt(start) == ',' || text.charAt(start) == ':' || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        if (end - start >= MIN_LENGTH && hanCount(text, start, end) >= MIN_HAN) {
            out.add(new KeyPoint(text.substring(start, end), speaker, new Span(start, end)));
        }
    }

    /** How many Han characters {@code [start, end)} holds: a forum's anti-copy noise (1 c# f. v8 M4 O3 R) holds none. */
    private static int hanCount(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (Scripts.isHan(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
