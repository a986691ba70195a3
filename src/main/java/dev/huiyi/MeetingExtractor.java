package dev.huiyi;

import dev.huiyi.api.Extraction;
import dev.huiyi.api.InputException;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.ModelException;
import dev.huiyi.api.NormalisedText;
import dev.huiyi.api.RecognisedMention;
import dev.huiyi.api.Source;
import dev.huiyi.api.TimeoutException;
import dev.huiyi.hanlp.HanlpDictionaries;
import dev.huiyi.hanlp.HanlpScriptConverter;
import dev.huiyi.hanlp.HanlpSegmenter;
import dev.huiyi.normalize.CharsetDetector;
import dev.huiyi.normalize.LayoutRules;
import dev.huiyi.normalize.Normalizer;
import dev.huiyi.pipeline.AssembleStage;
import dev.huiyi.pipeline.Context;
import dev.huiyi.pipeline.NormalizeStage;
import dev.huiyi.pipeline.Pipeline;
import dev.huiyi.pipeline.RecognizeStage;
import dev.huiyi.pipeline.RelateStage;
import dev.huiyi.pipeline.SegmentStage;
import dev.huiyi.pipeline.Slots;
import dev.huiyi.recognize.Recognizer;
import dev.huiyi.recognize.date.DateRecognizer;
import dev.huiyi.recognize.person.FormLines;
import dev.huiyi.recognize.person.PersonRecognizer;
import dev.huiyi.recognize.place.PlaceRecognizer;
import dev.huiyi.recognize.slogan.SloganRecognizer;
import dev.huiyi.recognize.title.TitleLexicon;
import dev.huiyi.recognize.title.TitleRecognizer;
import dev.huiyi.recognize.unit.UnitLexicon;
import dev.huiyi.recognize.unit.UnitRecognizer;
import dev.huiyi.relate.Relater;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.text.Deadline;
import dev.huiyi.text.Document;
import dev.huiyi.text.Mention;
import org.apache.commons.lang3.Validate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The library's entry point. Build once ({@link #builder()}), share everywhere: the instance is immutable
 * and thread-safe, all models are loaded by {@link Builder#build()}, which fails fast with a
 * {@link ModelException} naming {@code file:line}.
 */
public final class MeetingExtractor {
    /** Default cap on one report's size. */
    public static final int DEFAULT_MAX_BYTES = Source.DEFAULT_MAX_BYTES;
    /** Default cap on one report's normalised text, in characters (a long report has tens of thousands). */
    public static final int DEFAULT_MAX_CHARS = 2_000_000;

    private final Pipeline pipeline;
    private final Normalizer normalizer;
    private final int maxBytes;
    private final boolean includeText;
    private final LocalDate referenceDate;
    private final Duration timeout;

    private MeetingExtractor(Pipeline pipeline, Normalizer normalizer, int maxBytes, boolean includeText,
                             LocalDate referenceDate, Duration timeout) {
        this.timeout = timeout;
        this.pipeline = pipeline;
        this.normalizer = normalizer;
        this.maxBytes = maxBytes;
        this.includeText = includeText;
        this.referenceDate = referenceDate;
    }

    /**
     * Starts configuring an extractor.
     *
     * @return a builder with every default (bundled models, 10 MiB, 2,000,000 characters, no time budget)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Extracts the record of one report.
     *
     * @param source the report
     * @return its record, the normalised text its spans point into, and the map back to the input
     * @throws InputException when the input is empty, undecodable or larger than the size caps
     * @throws TimeoutException when the report takes longer than the builder's {@link Builder#timeout}, or the
     *                          calling thread is interrupted: the work on it has stopped
     */
    public Extraction extract(Source source) {
        return extract(source, timeout);
    }

    /**
     * Like {@link #extract(Source)} with a time budget of its own.
     *
     * @param source the report
     * @param budget its time budget; {@code null} or zero: none
     * @return its record, the normalised text its spans point into, and the map back to the input
     * @throws InputException   when the input is empty, undecodable or larger than the size caps
     * @throws TimeoutException when the report takes longer than {@code budget}, or the calling thread is
     *                          interrupted
     */
    public Extraction extract(Source source, Duration budget) {
        checkSize(source);
        Outcome outcome = Deadline.after(budget).run(() -> Outcome.of(run(source)));
        Document doc = outcome.document();
        MeetingRecord record = outcome.record();
        if (includeText) {
            record = record.withText(doc.text());
        }
        // Extraction copies the offsets in: handing it the map's own array saves a copy of them
        return new Extraction(record, doc.text(), doc.normalised().map().toArrayForCopy(), doc.inputText());
    }

    /**
     * What an extraction returns from its context: the rest (mentions, relations) is garbage before the offsets are
     * copied out, where the context held it until the method returned.
     */
    private record Outcome(Document document, MeetingRecord record) {
        static Outcome of(Context context) {
            return new Outcome(context.get(Slots.DOCUMENT), context.get(Slots.RECORD));
        }
    }

    /**
     * One report normalised only (decoded, stripped of markup and chrome, simplified, width-folded), without
     * running extraction: the text that a record's spans would point into, and the decoded input. Gold checks use
     * it on reports the extractor must not see yet.
     *
     * @param source the report
     * @return its normalised text and decoded input
     * @throws InputException when the input is empty, undecodable or larger than the size cap
     */
    public NormalisedText normalise(Source source) {
        checkSize(source);
        Document doc = normalizer.normalize(source);
        return new NormalisedText(doc.text(), doc.inputText());
    }

    private void checkSize(Source source) {
        if (source.size() > maxBytes) {
            throw InputException.overCap(source.size(), maxBytes);
        }
    }

    /**
     * Every mention the recognisers found, for debugging a wrong record ({@code huiyi explain}), under the same
     * caps and time budget as {@link #extract(Source)}.
     *
     * @param source the report
     * @return the mentions in text order, each with the rule that produced it
     * @throws InputException   when the input is empty, undecodable or larger than the size caps
     * @throws TimeoutException when the report takes longer than the builder's time budget
     */
    public List<RecognisedMention> mentions(Source source) {
        checkSize(source);
        Context context = Deadline.after(timeout).run(() -> run(source));
        return context.get(Slots.MENTIONS).stream().map(MeetingExtractor::published).toList();
    }

    /** The internal mention as the API's value: the pipeline's type may change, this one may not. */
    private static RecognisedMention published(Mention m) {
        return new RecognisedMention(m.type(), m.span(), m.surface(), m.value(), m.provenance(), m.confidence());
    }

    private Context run(Source source) {
        Context context = new Context(referenceDate);
        context.put(Slots.SOURCE, source);
        pipeline.run(context);
        return context;
    }

    /**
     * Convenience: the record of a text given as a string.
     *
     * @param id   the report's id (a file name, a URL)
     * @param text the report
     * @return its record
     * @throws InputException   when the text is empty or longer than the caps
     * @throws TimeoutException when the report takes longer than the builder's time budget
     */
    public MeetingRecord extract(String id, String text) {
        return extract(Source.ofText(id, text)).record();
    }

    /**
     * The names of the pipeline's stages in the order they run, for diagnostics.
     *
     * @return normalize, segment, recognize, relate, assemble
     */
    public List<String> stageNames() {
        return pipeline.stageNames();
    }

    /**
     * Optional: starts loading HanLP's own dictionaries (most of a cold {@link Builder#build()}) on a daemon
     * thread and returns at once, so that a program can overlap that load with its own start-up. A later
     * {@code build()} waits for it instead of loading again. Safe to call more than once.
     */
    public static void preload() {
        HanlpDictionaries.preloadInBackground();
    }

    /** Configures and builds a {@link MeetingExtractor}. */
    public static final class Builder {
        private Path userModels;
        private int maxBytes = DEFAULT_MAX_BYTES;
        private boolean includeText;
        private LocalDate referenceDate;
        private int maxChars = DEFAULT_MAX_CHARS;
        private Duration timeout;

        private Builder() {
        }

        /**
         * Adds the user's lexicons to the bundled ones.
         *
         * @param dir a directory laid out like {@code models/} (see {@code models/README.md})
         * @return this builder
         */
        public Builder userModels(Path dir) {
            this.userModels = dir;
            return this;
        }

        /**
         * The size cap of one input.
         *
         * @param bytes the largest accepted input in bytes (default 10 MiB); larger ones raise {@link InputException}
         * @return this builder
         * @throws IllegalArgumentException when {@code bytes} is not positive
         */
        public Builder maxBytes(int bytes) {
            Validate.isTrue(bytes > 0, "maxBytes must be positive");
            this.maxBytes = bytes;
            return this;
        }

        /**
         * The cap on one normalised text.
         *
         * @param chars the largest accepted normalised text in characters (default 2,000,000); a longer one raises
         *              {@link InputException}
         * @return this builder
         * @throws IllegalArgumentException when {@code chars} is not positive
         */
        public Builder maxChars(int chars) {
            Validate.isTrue(chars > 0, "maxChars must be positive");
            this.maxChars = chars;
            return this;
        }

        /**
         * Time budget of one report (default: none). Past it the extraction stops where it is and throws
         * {@link TimeoutException}; an interrupt of the calling thread does the same with or without a budget.
         *
         * @param budget the time budget, or {@code null} for none
         * @return this builder
         * @throws IllegalArgumentException when {@code budget} is negative
         */
        public Builder timeout(Duration budget) {
            Validate.isTrue(budget == null || !budget.isNegative(), "timeout must not be negative");
            this.timeout = budget;
            return this;
        }

        /**
         * Whether records carry the normalised text.
         *
         * @param include true: every record's {@code text} field holds it (default false: absent)
         * @return this builder
         */
        public Builder includeText(boolean include) {
            this.includeText = include;
            return this;
        }

        /**
         * The date that 29日 / 3月5日 resolve against when a report has no date line.
         *
         * @param date the reference date, or {@code null} for none (such dates then stay unresolved)
         * @return this builder
         */
        public Builder referenceDate(LocalDate date) {
            this.referenceDate = date;
            return this;
        }

        /**
         * Loads every model and builds the extractor.
         *
         * @return an immutable, thread-safe extractor: build once, share
         * @throws ModelException when a bundled or user lexicon is broken (the message names {@code file:line}) or
         *                        the user's directory is missing
         */
        public MeetingExtractor build() {
            ModelSource models = userModels == null ? ModelSource.bundled() : ModelSource.withUserDir(userModels);
            // HanLP's dictionaries take most of the build: load them on a second thread while ours load here
            // (HanLP's classes are initialised only through HanlpDictionaries, so never on two threads at once).
            FutureTask<HanlpSegmenter> segmenter = new FutureTask<>(() -> HanlpSegmenter.load(models));
            Thread loader = new Thread(segmenter, "huiyi-hanlp-load");
            loader.setDaemon(true);
            loader.start();
            CharsetDetector charsets = new CharsetDetector(frequentChars(models));
            Normalizer normalizer = new Normalizer(charsets, LayoutRules.load(models), HanlpScriptConverter.load());
            TitleLexicon titles = TitleLexicon.load(models);
            FormLines formLines = FormLines.load(models); // read by the person recogniser and the people builder
            UnitLexicon units = UnitLexicon.load(models); // shared by the unit and person recognisers and the relate stage
            DateRecognizer dates = DateRecognizer.load(models);
            List<Recognizer> recognizers = List.of(
                    dates,
                    PersonRecognizer.load(models, titles, formLines, units),
                    new TitleRecognizer(titles),
                    new UnitRecognizer(units),
                    PlaceRecognizer.load(models),
                    SloganRecognizer.load(models));
            Pipeline pipeline = new Pipeline(List.of(
                    new NormalizeStage(normalizer, maxChars),
                    new SegmentStage(await(segmenter)),
                    new RecognizeStage(dates, recognizers),
                    new RelateStage(Relater.load(models, titles, units, formLines)),
                    new AssembleStage()), Set.of(Slots.SOURCE));
            return new MeetingExtractor(pipeline, normalizer, maxBytes, includeText, referenceDate, timeout);
        }

        private static HanlpSegmenter await(FutureTask<HanlpSegmenter> segmenter) {
            try {
                return segmenter.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelException("interrupted while loading HanLP", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new ModelException("HanLP failed to load: " + e.getCause(), e.getCause());
            }
        }

        private static Set<Character> frequentChars(ModelSource models) {
            Set<Character> chars = new HashSet<>();
            for (var file : models.read("normalize/frequent_chars.txt")) {
                for (String line : file.content().split("\n")) {
                    if (!line.startsWith("#")) {
                        line.strip().chars().forEach(c -> chars.add((char) c));
                    }
                }
            }
            return chars;
        }
    }
}
