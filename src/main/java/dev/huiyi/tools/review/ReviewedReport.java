package dev.huiyi.tools.review;

import dev.huiyi.api.Extraction;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.RecognisedMention;
import dev.huiyi.tools.eval.ReportScore;

import java.util.List;
import java.util.Objects;

/**
 * Everything one review page shows: the extraction (record and normalised text), the recognisers' mentions, and
 * when a gold file sits beside the report, eval's score of the record against it.
 *
 * @param id          the input's id ({@code samples/a.txt}, {@code x.zip!/a.html})
 * @param extraction  the record and the normalised text its spans point into
 * @param mentions    every mention of the text, with the rule that produced it
 * @param score       eval's score against the gold file, or null without one
 * @param goldProblem why a gold file beside the report could not be used, or null
 */
public record ReviewedReport(String id, Extraction extraction, List<RecognisedMention> mentions, ReportScore score,
                             String goldProblem) {
    public ReviewedReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(extraction, "extraction");
        mentions = List.copyOf(mentions);
    }

    public MeetingRecord record() {
        return extraction.record();
    }

    public String text() {
        return extraction.normalisedText();
    }
}
