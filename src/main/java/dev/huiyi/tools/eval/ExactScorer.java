package dev.huiyi.tools.eval;

import dev.huiyi.api.MeetingDate;
import dev.huiyi.api.MeetingMode;
import dev.huiyi.api.MeetingRecord;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The exact-match fields. Gold null and predicted null is a match: the report says nothing and neither do we. */
final class ExactScorer {
    private ExactScorer() {
    }

    static Map<ExactField, ExactResult> score(GoldRecord gold, MeetingRecord predicted) {
        Map<ExactField, ExactResult> results = new EnumMap<>(ExactField.class);
        results.put(ExactField.MEETING_DATE, meetingDate(gold.meetingDate(), predicted.meetingDate()));
        results.put(ExactField.PUBLISHED_AT, text(gold.publishedAt(), Objects.toString(predicted.publishedAt(), null)));
        results.put(ExactField.MODE, mode(gold.mode(), predicted.mode()));
        results.put(ExactField.TITLE, text(gold.title(), predicted.title()));
        results.put(ExactField.MEETING_NAME, meetingName(gold.meetingName(), predicted.meetingName()));
        results.put(ExactField.LOCATION, text(gold.location(), predicted.location()));
        return results;
    }

    /** Compared in the gold notation; an end equal to the start is a one-day meeting either way. */
    private static ExactResult meetingDate(GoldDate gold, MeetingDate predicted) {
        String goldText = gold == null ? null : format(gold.start(), gold.end());
        String predictedText = predicted == null || predicted.start() == null
                ? null : format(predicted.start(), predicted.end());
        return new ExactResult(Objects.equals(goldText, predictedText), goldText, predictedText);
    }

    private static String format(LocalDate start, LocalDate end) {
        return end == null || end.equals(start) ? start.toString() : start + "/" + end;
    }

    private static ExactResult text(String gold, String predicted) {
        return new ExactResult(Objects.equals(Keys.plain(gold), Keys.plain(predicted)), gold, predicted);
    }

    private static ExactResult mode(MeetingMode gold, MeetingMode predicted) {
        return new ExactResult(gold == predicted,
                gold == null ? null : gold.name(), predicted == null ? null : predicted.name());
    }

    private static ExactResult meetingName(List<String> goldAliases, String predicted) {
        String predictedKey = Keys.unquoted(predicted);
        List<String> goldKeys = goldAliases.stream().map(Keys::unquoted).filter(Objects::nonNull).toList();
        boolean matched = goldKeys.isEmpty() ? predictedKey == null : goldKeys.contains(predictedKey);
        return new ExactResult(matched, goldAliases.isEmpty() ? null : Keys.label(goldAliases), predicted);
    }
}
