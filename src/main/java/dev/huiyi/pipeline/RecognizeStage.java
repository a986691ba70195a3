package dev.huiyi.pipeline;

import dev.huiyi.recognize.RecognitionInput;
import dev.huiyi.recognize.Recognizer;
import dev.huiyi.recognize.date.DateExpression;
import dev.huiyi.recognize.date.DateRecognizer;
import dev.huiyi.text.Document;
import dev.huiyi.text.Mention;
import dev.huiyi.text.MentionTable;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the recognisers in order (each sees the mentions of those before it) after fixing the reference
 * date: the page's date line, else the caller's date, else the report's first date with a year. Never the clock.
 */
public record RecognizeStage(DateRecognizer dates, List<Recognizer> recognizers) implements Stage {
    /** How far into the text a date with a year is looked for when nothing else gives the year (a page's head). */
    private static final int FULL_DATE_REACH = 3000;

    public RecognizeStage {
        recognizers = List.copyOf(recognizers);
    }

    @Override
    public String name() {
        return "recognize";
    }

    @Override
    public Set<Slot<?>> requires() {
        return Set.of(Slots.DOCUMENT, Slots.TOKENS);
    }

    @Override
    public Set<Slot<?>> provides() {
        return Set.of(Slots.MENTIONS, Slots.PUBLISHED_AT);
    }

    @Override
    public void apply(Context context) {
        Document doc = context.get(Slots.DOCUMENT);
        Optional<DateExpression> published = doc.dateLine() == null ? Optional.empty()
                : dates.firstIn(doc.text(), doc.dateLine().start(), doc.dateLine().end());
        LocalDate reference = published.map(DateExpression::start)
                .or(() -> context.callerReferenceDate())
                .orElseGet(() -> firstFullDate(doc.text()));
        context.put(Slots.PUBLISHED_AT, published.map(RecognizeStage::iso).orElse(null));
        // the last reader of the tokens: once the recognisers are done, they are garbage
        MentionTable mentions = recognizeAll(new RecognitionInput(doc, context.take(Slots.TOKENS), reference));
        mentions.sortBySpan();
        context.put(Slots.MENTIONS, mentions);
    }

    /** Every recogniser's mentions, in a table of the document's text (they are most of a hostile document's heap). */
    private MentionTable recognizeAll(RecognitionInput input) {
        MentionTable mentions = new MentionTable(input.text());
        // a read-only view, not a copy per recogniser: recognisers read it during their call only
        List<Mention> earlier = Collections.unmodifiableList(mentions);
        for (Recognizer r : recognizers) {
            mentions.addAll(r.recognize(input, earlier));
        }
        return mentions;
    }

    /**
     * With no date line and no caller's date, a month-day (8 月 23 日) takes its year from the report's first date
     * that gives one (a bulletin's issue date, 竹山县人大常委会办公室编 2007 年 8 月 24 日) rather than staying unread.
     */
    private LocalDate firstFullDate(String text) {
        return dates.firstIn(text, 0, Math.min(text.length(), FULL_DATE_REACH)).map(DateExpression::start).orElse(null);
    }

    private static String iso(DateExpression d) {
        return d.time() == null ? d.start().toString() : d.start() + "T" + d.time();
    }
}
