package dev.huiyi.tools.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huiyi.api.Span;
import dev.huiyi.io.Json;

import java.io.UncheckedIOException;

/**
 * Corpus scores as one JSON object for tools:
 * {@code {"reports":N,"failed":[..],"metrics":{name:{precision,recall,f1,tp,fp,fn}},"exact":{name:{rate,matched,total}},
 * "keyPointSpeaker":{rate,matched,total}}}, optionally with per-report {@code "details"}.
 * The numbers are unrounded so that a baseline written from them compares exactly.
 */
public final class ScoreJson {
    private ScoreJson() {
    }

    public static String format(CorpusScores scores, boolean details) {
        try {
            return Json.pretty().writeValueAsString(toJson(scores, details));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toJson(CorpusScores scores, boolean details) {
        ObjectNode root = Json.object();
        root.put("reports", scores.reportCount());
        ArrayNode failed = root.putArray("failed");
        for (ReportScore failure : scores.failures()) {
            failed.addObject().put("report", failure.report()).put("error", failure.error());
        }
        ObjectNode metrics = root.putObject("metrics");
        for (Metric metric : Metric.values()) {
            Counts c = scores.counts(metric);
            ObjectNode node = metrics.putObject(metric.key())
                    .put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1())
                    .put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn());
            if (metric == Metric.KEY_POINTS) {
                node.put("predictedTp", c.predictedTp());
            }
        }
        ObjectNode exact = root.putObject("exact");
        for (ExactField field : ExactField.values()) {
            putExact(exact.putObject(field.key()), scores.exact(field));
        }
        putExact(root.putObject("keyPointSpeaker"), scores.keyPointSpeaker());
        if (details) {
            ArrayNode reports = root.putArray("details");
            scores.reports().forEach(report -> reports.add(details(report)));
        }
        return root;
    }

    private static void putExact(ObjectNode node, ExactCounts counts) {
        node.put("rate", counts.rate()).put("matched", counts.matched()).put("total", counts.total());
    }

    /** One report's errors only: metrics with something missed or spurious, exact fields that did not match. */
    private static ObjectNode details(ReportScore report) {
        ObjectNode node = Json.object();
        node.put("report", report.report());
        node.put("error", report.error());
        ObjectNode metrics = node.putObject("metrics");
        report.metrics().forEach((metric, score) -> {
            if (!score.perfect()) {
                ObjectNode m = metrics.putObject(metric.key());
                ArrayNode missed = m.putArray("missed");
                score.missed().forEach(missed::add);
                ArrayNode spurious = m.putArray("spurious");
                score.spurious().forEach(s -> putSpan(spurious.addObject().put("text", s.text()), s.span()));
            }
        });
        ObjectNode exact = node.putObject("exact");
        report.exact().forEach((field, result) -> {
            if (!result.matched()) {
                exact.putObject(field.key()).put("gold", result.gold()).put("predicted", result.predicted());
            }
        });
        ArrayNode speakers = node.putArray("keyPointSpeaker");
        for (SpeakerMismatch m : report.speakerMismatches()) {
            putSpan(speakers.addObject().put("text", m.text())
                    .put("gold", m.goldSpeaker()).put("predicted", m.predictedSpeaker()), m.span());
        }
        return node;
    }

    private static void putSpan(ObjectNode node, Span span) {
        if (span != null) {
            node.put("start", span.start()).put("end", span.end());
        }
    }
}
