package dev.huiyi.tools.review;

import dev.huiyi.MeetingExtractor;
import dev.huiyi.api.Extraction;
import dev.huiyi.api.InputException;
import dev.huiyi.api.RecognisedMention;
import dev.huiyi.api.Source;
import dev.huiyi.tools.eval.Evaluator;
import dev.huiyi.tools.eval.GoldReader;
import dev.huiyi.tools.eval.GoldRecord;
import dev.huiyi.tools.eval.ReportScore;
import dev.huiyi.tools.eval.ReportScorer;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Gathers what one page shows: the extraction, the mentions behind it, and, when {@code NAME.gold.json} sits beside
 * a report read from disk, eval's own score of the record against it ({@link ReportScorer}).
 */
public final class Reviewer {
    private final MeetingExtractor extractor;

    public Reviewer(MeetingExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * Extracts one report. The mentions come from a second run of the pipeline: the API keeps records and mentions
     * apart, and extraction is deterministic, so both describe the same text.
     *
     * @throws InputException   when the report cannot be read
     * @throws dev.huiyi.api.TimeoutException when it goes over the extractor's time budget
     */
    public ReviewedReport review(String id, Source source) {
        Extraction extraction = extractor.extract(source);
        List<RecognisedMention> mentions = extractor.mentions(source);
        Optional<Path> gold = goldFile(id);
        if (gold.isEmpty()) {
            return new ReviewedReport(id, extraction, mentions, null, null);
        }
        GoldRecord goldRecord;
        try {
            goldRecord = GoldReader.read(gold.get());
        } catch (InputException e) {
            return new ReviewedReport(id, extraction, mentions, null, "no diff: " + e.getMessage());
        }
        // named by the report's file name, as eval names it
        String name = Path.of(id).getFileName().toString();
        ReportScore score = ReportScorer.score(name, goldRecord, extraction.record());
        return new ReviewedReport(id, extraction, mentions, score, null);
    }

    /** Ids of files read from disk are their paths; archive entries and stdin have no file beside them. */
    private static Optional<Path> goldFile(String id) {
        if (id.contains("!/")) {
            return Optional.empty();
        }
        try {
            return Evaluator.goldFileBeside(Path.of(id));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
